package org.upright.planner.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.upright.planner.UprightApplication;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.ui.security.SignInProbe;
import org.upright.planner.ui.security.SignInStorm;
import org.upright.planner.ui.security.SignInStorm.Outcome;

/**
 * The lock-out's counting on the embedded default (H2 in PostgreSQL mode), which runs its own SQL
 * dialect: parallel first attempts must not collide on the new row, and the count must hold.
 */
@ExtendWith(KeepsSecurityStrategy.class)
class EmbeddedParallelSignInTest {

    private static final String PASSWORD = "the right long password";

    @TempDir
    Path home;

    @Test
    void parallelAttemptsOnTheEmbeddedDatabaseGetAtMostFivePasswordChecksAndNoErrors() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(
                        UprightApplication.class, SignInProbe.class)
                .run(
                        "--user.home=" + home,
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--upright.demo-data=never")) {
            String email = "embedded-storm@example.com";
            app.getBean(AccountService.class)
                    .createConfirmed(new SignUpCommand(email, PASSWORD, "Stormy", Role.LIFTER));
            int checksBefore = SignInProbe.PASSWORD_CHECKS.get();

            SignInStorm.Result result = new SignInStorm(EmbeddedApp.port(app)).run(email, PASSWORD, 39, 5);

            int checks = SignInProbe.PASSWORD_CHECKS.get() - checksBefore;
            System.out.printf(
                    "[figures] H2: 40 parallel sign-ins: %d password checks, %d errored, right password %s%n",
                    checks, result.errored(), result.rightPassword());
            assertThat(result.errors()).as("requests that errored").isEmpty();
            assertThat(checks).as("password checks performed").isLessThanOrEqualTo(5);
            assertThat(result.rightPassword()).isEqualTo(Outcome.REFUSED_LOCKED);
            assertThat(List.copyOf(result.wrongAttempts()))
                    .containsOnly(Outcome.REFUSED_WRONG_PASSWORD, Outcome.REFUSED_LOCKED);
        }
    }
}
