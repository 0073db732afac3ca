package org.upright.planner.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
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
 * Headers, cookies and error text (issue 11, point 5), as the production build serves them: real
 * server on a random port, PostgreSQL, plain HTTP. Behind an HTTPS proxy the app sees
 * {@code X-Forwarded-Proto: https} from a loopback address, as from the proxy in docker/.
 */
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import(TestDatabaseConfiguration.class)
class SecurityHeadersIT {

    private static final String PASSWORD = "a sturdy passphrase";
    private static final List<String> EXCEPTION_TEXT = List.of(
            "Exception", "exception", "\tat ", "java.", "org.springframework", "org.upright", "rejected", "trace");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void pagesForVisitorsCarryTheContentSecurityPolicyAndNoSniff() {
        try (HttpVisitor visitor = new HttpVisitor(port)) {
            for (String path : List.of("/login", "/signup", "/?v-r=init&location=login")) {
                assertProtected(path, visitor.get(path));
            }
        }
    }

    @Test
    void pagesForSignedInPeopleCarryTheContentSecurityPolicyAndNoSniff() {
        try (HttpVisitor visitor = signedInVisitor()) {
            for (String path : List.of("/week", "/settings", "/journal")) {
                assertProtected(path, visitor.get(path));
            }
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
        try (HttpVisitor visitor = new HttpVisitor(port)) {
            HttpResponse<String> page = visitor.get("/login");

            String cookie = sessionCookie(page);
            assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
            assertThat(cookie).as("no Secure flag over plain HTTP").doesNotContainIgnoringCase("Secure;");
            assertThat(cookie).doesNotEndWithIgnoringCase("Secure");
            assertThat(page.headers().firstValue("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP")
                    .isEmpty();
        }
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecureAndBrowsersAreToldToStayOnHttps() {
        try (HttpVisitor visitor = new HttpVisitor(port)) {
            HttpResponse<String> page =
                    visitor.get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "upright.example");

            assertThat(sessionCookie(page)).containsIgnoringCase("Secure").contains("HttpOnly");
            assertThat(page.headers().firstValue("Strict-Transport-Security"))
                    .get()
                    .asString()
                    .contains("max-age=31536000");

            HttpResponse<String> redirect =
                    visitor.get("/week", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "upright.example");
            assertThat(redirect.headers().firstValue("Location"))
                    .as("redirects keep the address the browser used")
                    .get()
                    .asString()
                    .startsWith("https://upright.example/");
        }
    }

    @Test
    void aSessionIdIsNeverTakenFromOrPutIntoAnAddress() {
        String signedInSession;
        try (HttpVisitor owner = signedInVisitor()) {
            signedInSession = owner.sessionId().orElseThrow();
            try (HttpVisitor stranger = new HttpVisitor(port)) {
                HttpResponse<String> week = stranger.get("/week;jsessionid=" + signedInSession);
                assertThat(week.statusCode())
                        .as("a session id in the address is not a session")
                        .isNotEqualTo(200);
                assertThat(week.body()).doesNotContain("week-title");
            }
        }
        try (HttpVisitor fresh = new HttpVisitor(port)) {
            for (String path : List.of("/week", "/login", "/?v-r=init&location=login")) {
                HttpResponse<String> answer = fresh.get(path);
                assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
                assertThat(answer.body()).as(path).doesNotContainIgnoringCase("jsessionid");
            }
        }
    }

    @Test
    void errorAnswersShowNoExceptionText() {
        try (HttpVisitor visitor = signedInVisitor()) {
            for (String path :
                    List.of("//week", "/week;x=y", "/error", "/no-such-page", "/clients/not-a-number/week")) {
                for (String accept : List.of("text/html", "application/json")) {
                    HttpResponse<String> answer = visitor.get(path, "Accept", accept);
                    for (String text : EXCEPTION_TEXT) {
                        assertThat(answer.body())
                                .as("%s (%s) answered %d", path, accept, answer.statusCode())
                                .doesNotContain(text);
                    }
                }
            }
        }
    }

    private HttpVisitor signedInVisitor() {
        String email = "headers-" + UUID.randomUUID() + "@example.com";
        accounts.createConfirmed(new SignUpCommand(email, PASSWORD, "Hana Headers", Role.LIFTER));
        HttpVisitor visitor = new HttpVisitor(port);
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    private static void assertProtected(String path, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                .as("%s: X-Content-Type-Options", path)
                .contains("nosniff");
        String policy = answer.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow(() -> new AssertionError(path + ": no Content-Security-Policy"));
        assertThat(policy)
                .as(path)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
                .contains("form-action 'self'")
                .doesNotContain("*", "http:", "https:");
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie set: " + answer.headers()));
    }
}
