package org.upright.planner.ui.security;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Forgery protection, including the sign-in form (ADR 0011). Vaadin's security configurer exempts
 * its own requests (they carry Vaadin's per-page token instead) and also the whole sign-in path, so
 * another site could post the form and sign a visitor in as someone else (login forgery). Here
 * only Vaadin's own requests are exempt; the sign-in form posts the page's token (the login form
 * component reads it from the page).
 */
final class SignInFormProtection {

    static final String LOGIN_PATH = "/login";
    /** Where a sign-in post without a valid token is sent: the sign-in page, saying to try again. */
    static final String EXPIRED_URL = LOGIN_PATH + "?expired";

    private static final RequestMatcher SIGN_IN_POST =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH);

    private SignInFormProtection() {}

    static void configure(CsrfConfigurer<HttpSecurity> csrf, RequestUtil vaadinRequests) {
        csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(refusal());
                        return filter;
                    }
                });
    }

    /**
     * A sign-in post without the page's token is not signed in. A person (not an attacker) gets
     * here when their sign-in page outlived its session, so they are sent back to a fresh one with
     * a sentence instead of a bare "403 Forbidden".
     */
    private static AccessDeniedHandler refusal() {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (SIGN_IN_POST.matches(request)) {
                response.sendRedirect(request.getContextPath() + EXPIRED_URL);
            } else {
                forbidden.handle(request, response, denied);
            }
        };
    }
}
