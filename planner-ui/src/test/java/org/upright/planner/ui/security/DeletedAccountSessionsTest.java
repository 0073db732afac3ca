package org.upright.planner.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.upright.planner.UprightApplication;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.accountdata.AccountDeletion;
import org.upright.planner.embedded.KeepsSecurityStrategy;
import org.upright.planner.testsupport.TestDatabaseConfiguration;
import org.upright.planner.ui.TestPeople;

/**
 * "Delete my account" ends every session of the account, not only the one that asked: the phone
 * still signed in is sent to the sign-in page at its next request, and the old password no longer
 * signs in. Real server, PostgreSQL, plain HTTP.
 */
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import(TestDatabaseConfiguration.class)
// Starts an application context of its own (a web server): keep the other classes' security strategy.
@ExtendWith(KeepsSecurityStrategy.class)
class DeletedAccountSessionsTest {

    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    AccountDeletion deletion;

    @Test
    void theOtherSessionsOfADeletedAccountEndAtTheirNextRequest() {
        AccountSummary lifter = new TestPeople(accounts, coaching).create("Phoebe Phone", Role.LIFTER);
        try (HttpVisitor laptop = new HttpVisitor(port);
                HttpVisitor phone = new HttpVisitor(port)) {
            laptop.signIn(lifter.email(), PASSWORD);
            phone.signIn(lifter.email(), PASSWORD);
            assertThat(signedInPage(phone)).as("the phone is signed in before").isTrue();

            TestPeople.as(lifter, () -> {
                deletion.deleteMyAccount(PASSWORD);
                return null;
            });

            assertThat(signedInPage(phone))
                    .as("the phone is still signed in after the deletion")
                    .isFalse();
            assertThat(signedInPage(laptop))
                    .as("the laptop is still signed in after the deletion")
                    .isFalse();
            HttpVisitor.FormToken token = phone.signInFormToken();
            HttpResponse<String> again = phone.postForm(
                    "/login",
                    Map.of("username", lifter.email(), "password", PASSWORD, token.parameter(), token.value()));
            assertThat(again.headers().firstValue("Location").orElse(""))
                    .as("signing in again with the old password")
                    .contains("/login");
        }
    }

    /** Whether the visitor is shown a signed-in page rather than sent to sign in. */
    private static boolean signedInPage(HttpVisitor visitor) {
        HttpResponse<String> page = visitor.get("/your-data");
        return page.statusCode() == 200;
    }
}
