package org.upright.planner.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.upright.planner.UprightApplication;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.testsupport.TestDatabaseConfiguration;

/**
 * Login forgery (issue 11, point 3): another site must not be able to sign a visitor's browser
 * into an account of its choosing by posting the sign-in form itself. Only a post that carries the
 * token of the visitor's own sign-in page signs in. Real server, PostgreSQL, plain HTTP.
 */
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import(TestDatabaseConfiguration.class)
class LoginForgeryIT {

    private static final String PASSWORD = "the attacker's own passphrase";
    private static final String FOREIGN_SITE = "https://attacker.example";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private String email;

    @BeforeEach
    void anAccountExists() {
        email = "forgery-" + UUID.randomUUID() + "@example.com";
        accounts.createConfirmed(new SignUpCommand(email, PASSWORD, "Fred Forger", Role.LIFTER));
    }

    @Test
    void aSignInPostedWithoutTheFormTokenDoesNotSignIn() {
        try (HttpVisitor visitor = new HttpVisitor(port)) {
            HttpResponse<String> answer = visitor.postForm("/login", credentials());

            assertRefused(answer);
            assertThat(signedIn(visitor)).as("signed in without a form token").isFalse();
        }
    }

    @Test
    void aSignInPostedFromAnotherSiteDoesNotSignInEvenWhenTheVisitorHasASession() {
        try (HttpVisitor victim = new HttpVisitor(port)) {
            // The visitor has the sign-in page open in another tab: a session with a token exists,
            // but the other site cannot read the token, so its post arrives without it.
            victim.signInFormToken();

            HttpResponse<String> answer =
                    victim.postForm("/login", credentials(), "Origin", FOREIGN_SITE, "Referer", FOREIGN_SITE + "/");

            assertRefused(answer);
            assertThat(signedIn(victim))
                    .as("signed in by a post from another site")
                    .isFalse();
        }
    }

    @Test
    void aTokenFromAnotherSessionDoesNotCount() {
        try (HttpVisitor attacker = new HttpVisitor(port);
                HttpVisitor victim = new HttpVisitor(port)) {
            HttpVisitor.FormToken attackersToken = attacker.signInFormToken();
            victim.signInFormToken();

            HttpResponse<String> answer = victim.postForm(
                    "/login", credentials(attackersToken), "Origin", FOREIGN_SITE, "Referer", FOREIGN_SITE + "/");

            assertRefused(answer);
            assertThat(signedIn(victim))
                    .as("signed in with a token of another session")
                    .isFalse();
        }
    }

    @Test
    void theSignInPagesOwnTokenSignsIn() {
        try (HttpVisitor visitor = new HttpVisitor(port)) {
            HttpVisitor.FormToken token = visitor.signInFormToken();

            HttpResponse<String> answer = visitor.postForm("/login", credentials(token));

            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).get().asString().doesNotContain("/login");
            assertThat(signedIn(visitor))
                    .as("signed in with the page's own token")
                    .isTrue();
        }
    }

    private Map<String, String> credentials() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", email);
        fields.put("password", PASSWORD);
        return fields;
    }

    private Map<String, String> credentials(HttpVisitor.FormToken token) {
        Map<String, String> fields = credentials();
        fields.put(token.parameter(), token.value());
        return fields;
    }

    /** Refused: sent back to the sign-in page, which asks to sign in again; never let in. */
    private static void assertRefused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as("status of a refused sign-in").isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .as("where a refused sign-in is sent")
                .get()
                .asString()
                .endsWith(SignInFormProtection.EXPIRED_URL);
    }

    /** A page only signed-in people may open answers with the page, not with the way to sign in. */
    private static boolean signedIn(HttpVisitor visitor) {
        HttpResponse<String> week = visitor.get("/week");
        if (week.statusCode() == 302) {
            assertThat(week.headers().firstValue("Location")).get().asString().contains("/login");
            return false;
        }
        assertThat(week.statusCode()).isEqualTo(200);
        return true;
    }
}
