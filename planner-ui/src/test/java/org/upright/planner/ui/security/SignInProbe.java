package org.upright.planner.ui.security;

import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;

/**
 * Watches sign-in from inside the running app, for tests that attack it over HTTP: how many
 * passwords were actually compared (the expensive step a lock-out must ration), and which failure
 * each session was sent back to the sign-in page with.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignInProbe {

    /** Password comparisons so far; the dummy comparison for unknown addresses counts too. */
    public static final AtomicInteger PASSWORD_CHECKS = new AtomicInteger();

    /** The failure saved for each session, by session id. */
    public static final Map<String, Class<?>> FAILURES = new ConcurrentHashMap<>();

    @Bean
    static BeanPostProcessor countPasswordChecks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof PasswordEncoder encoder ? new Counting(encoder) : bean;
            }
        };
    }

    @Bean
    HttpSessionAttributeListener rememberSignInFailures() {
        return new HttpSessionAttributeListener() {
            @Override
            public void attributeAdded(HttpSessionBindingEvent event) {
                remember(event);
            }

            @Override
            public void attributeReplaced(HttpSessionBindingEvent event) {
                remember(event);
            }

            private void remember(HttpSessionBindingEvent event) {
                if (WebAttributes.AUTHENTICATION_EXCEPTION.equals(event.getName())) {
                    Object failure = event.getSession().getAttribute(event.getName());
                    if (failure != null) {
                        FAILURES.put(event.getSession().getId(), failure.getClass());
                    }
                }
            }
        };
    }

    private record Counting(PasswordEncoder delegate) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            PASSWORD_CHECKS.incrementAndGet();
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
