package org.upright.planner.ui.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.upright.planner.account.SignedInSessions;

/**
 * Web security. Views declare who may open them; services check again on their own (see
 * planner-core), so the screens are never the only guard.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, RequestUtil vaadinRequests, SignedInSessions sessions, Clock clock) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Container health checks must work without a session; they show no details.
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                .requestMatchers("/styles.css", "/images/**", "/favicon.ico")
                .permitAll());
        // Vaadin's own forgery settings leave the sign-in form open to login forgery (ADR 0011).
        http.csrf(csrf -> SignInFormProtection.configure(csrf, vaadinRequests));
        http.headers(ResponseHeaders::configure);
        // A deleted account's or a reset password's other sessions end at their next page load (issue 14).
        http.addFilterBefore(new EndedSessionSignOut(sessions, clock), AnonymousAuthenticationFilter.class);
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }
}
