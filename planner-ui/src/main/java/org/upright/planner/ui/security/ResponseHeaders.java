package org.upright.planner.ui.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The security headers every answer carries (ADR 0011): a Content-Security-Policy, {@code
 * X-Content-Type-Options: nosniff}, no framing, and HSTS when the browser came over HTTPS (also
 * through a proxy: see {@code server.forward-headers-strategy}).
 */
final class ResponseHeaders {

    /**
     * Only this site's own scripts, styles, images and connections; no plugins, no framing, forms
     * post only here. Vaadin needs two allowances: its start page carries inline scripts and styles,
     * and its client runs the small JavaScript snippets the server sends ({@code new Function}), so
     * {@code 'unsafe-inline'} and {@code 'unsafe-eval'} stay for scripts. Everything foreign is
     * still refused, which is what keeps injected markup from loading or sending anything elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private ResponseHeaders() {}

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                // Spring writes its headers when the answer is committed; Vaadin's pages commit
                // their answer in a way that skips that, so they went out without any. Written up
                // front instead; Vaadin may still set its own Cache-Control over Spring's.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
