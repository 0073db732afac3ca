package org.upright.planner.ui.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;

/**
 * A download that a service refuses (a coach whose client has just ended the coaching asks for the
 * client's review PDF) is expected, not a fault: it is answered 403 and logged in one line. Without
 * this, Vaadin hands the refusal on to the servlet container, which logs it as an ERROR with a
 * stack trace of some 150 lines. Anything else that escapes a request is left alone.
 *
 * <p>Vaadin's servlet is reached by a forward from Spring's dispatcher, and the container logs an
 * exception where the forward throws it, so this filter also runs on forwards, right around
 * Vaadin's servlet.
 */
class RefusedRequests implements Filter {

    private static final Logger log = LoggerFactory.getLogger(RefusedRequests.class);
    /** The name Vaadin's Spring integration registers its servlet under. */
    private static final String VAADIN_SERVLET = "springServlet";
    /** Vaadin serves downloads (PDF, ZIP, calendar) under this path. */
    private static final String DOWNLOADS = "/VAADIN/dynamic/resource/";

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<RefusedRequests> refusedRequests() {
            FilterRegistrationBean<RefusedRequests> registration = new FilterRegistrationBean<>(new RefusedRequests());
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD);
            // Spring forwards to Vaadin's servlet by its name, and a forward by name only passes
            // filters mapped to that name.
            registration.setUrlPatterns(java.util.List.of("/*"));
            registration.setServletNames(java.util.List.of(VAADIN_SERVLET));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            AccessDeniedException refusal = refusal(failure);
            if (refusal == null) {
                throw failure;
            }
            // The address is left out: it carries the download's key.
            log.warn(
                    "{} refused: {}",
                    request.getRequestURI().contains(DOWNLOADS) ? "Download" : "Request",
                    refusal.getMessage());
            if (!response.isCommitted()) {
                response.resetBuffer();
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
        }
    }

    private static AccessDeniedException refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException denied) {
                return denied;
            }
        }
        return null;
    }
}
