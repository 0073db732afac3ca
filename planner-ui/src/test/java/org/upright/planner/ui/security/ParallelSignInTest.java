package org.upright.planner.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.upright.planner.UprightApplication;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.embedded.KeepsSecurityStrategy;
import org.upright.planner.testsupport.TestDatabaseConfiguration;
import org.upright.planner.ui.security.SignInStorm.Outcome;

/**
 * Guessing a password with many sign-ins at the same moment (issue 11, point 1), over HTTP against
 * the running app on PostgreSQL: the lock-out must ration password checks however the attempts
 * are timed, refuse even the right password once it has set in, and answer every request properly.
 */
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import({TestDatabaseConfiguration.class, SignInProbe.class})
// Starts an application context of its own (other properties): keep the other classes' security strategy.
@ExtendWith(KeepsSecurityStrategy.class)
class ParallelSignInTest {

    private static final String PASSWORD = "the right long password";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void fortyParallelAttemptsGetAtMostFivePasswordChecksAndTheRightPasswordIsRefused() throws Exception {
        String email = "storm-" + UUID.randomUUID() + "@example.com";
        accounts.createConfirmed(new SignUpCommand(email, PASSWORD, "Stormy", Role.LIFTER));
        int checksBefore = SignInProbe.PASSWORD_CHECKS.get();

        SignInStorm.Result result = new SignInStorm(port).run(email, PASSWORD, 39, 5);

        int checks = SignInProbe.PASSWORD_CHECKS.get() - checksBefore;
        System.out.printf(
                "[figures] 40 parallel sign-ins: %d password checks, %d errored, right password %s, wrong %s%n",
                checks, result.errored(), result.rightPassword(), result.wrongAttempts());
        assertThat(result.errors()).as("requests that errored").isEmpty();
        assertThat(checks).as("password checks performed").isLessThanOrEqualTo(5);
        assertThat(result.rightPassword()).isEqualTo(Outcome.REFUSED_LOCKED);
        assertThat(result.wrongAttempts())
                .containsOnly(Outcome.REFUSED_WRONG_PASSWORD, Outcome.REFUSED_LOCKED)
                .filteredOn(o -> o == Outcome.REFUSED_LOCKED)
                .hasSizeGreaterThanOrEqualTo(34);
    }

    @Test
    void firstFailuresAtTheSameMomentOnAnUnknownAddressAreAllCountedWithoutErrors() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
        int checksBefore = SignInProbe.PASSWORD_CHECKS.get();

        SignInStorm.Result result = new SignInStorm(port).run(unknown, PASSWORD, 19, 1);

        int checks = SignInProbe.PASSWORD_CHECKS.get() - checksBefore;
        System.out.printf(
                "[figures] 20 parallel sign-ins, unknown address: %d password checks, %d errored%n",
                checks, result.errored());
        assertThat(result.errors()).as("requests that errored").isEmpty();
        assertThat(checks).as("password checks performed").isLessThanOrEqualTo(5);
        assertThat(result.wrongAttempts())
                .filteredOn(o -> o == Outcome.REFUSED_LOCKED)
                .hasSizeGreaterThanOrEqualTo(14);
    }
}
