package org.upright.planner.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A download that a service refuses (a coach whose client has just ended the coaching asks for the
 * client's review PDF) is expected, not a fault: it is answered 403 and logged in one line. Without
 * this, Vaadin hands the refusal on to the servlet container, which logs it as an ERROR with a
 * stack trace of some 150 lines. Anything else that escapes a request is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RefusedRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RefusedRequests.class);
    /** Vaadin serves downloads (PDF, ZIP, calendar) under this path. */
    private static final String DOWNLOADS = "/VAADIN/dynamic/resource/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
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
