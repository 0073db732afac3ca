package org.upright.planner.ui.journey;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Makes the JVM-wide security strategy the one of this test class's own application context
 * before each test. Vaadin gives each context a strategy of its own and makes the newest one
 * JVM-wide; a journey that signs in for a service call in the test thread ({@code TestPeople.as})
 * then wrote to another context's strategy whenever a class with a different context (mail
 * journeys import {@code JourneyMail}) had started in between, and the service's method security
 * found nobody signed in (ReviewJourneyIT after PasswordResetJourneyIT, CI on 3be7453).
 */
public final class SignsInAsItsOwnContext implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        SecurityContextHolderStrategy own =
                app.getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (own != null) {
            SecurityContextHolder.setContextHolderStrategy(own);
        }
    }
}
