package org.upright.planner.ui.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;

/**
 * Many sign-ins to one address at the same moment, over HTTP, the way an attacker sends them: every
 * request from a visitor of its own (own cookies, own connection), all released together by one
 * latch. The right password is sent while the wrong ones are still in flight, once the first few
 * wrong ones have been answered (so that it cannot simply be the first attempt of all).
 */
public final class SignInStorm {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern META = Pattern.compile("<meta\\s+name=\"([^\"]+)\"\\s+content=\"([^\"]*)\"");

    /** How one sign-in request ended, as the person sending it would see it. */
    public enum Outcome {
        SIGNED_IN,
        /** Back at the sign-in page with "the address and password don't match". */
        REFUSED_WRONG_PASSWORD,
        /** Back at the sign-in page with "sign-in is paused". */
        REFUSED_LOCKED,
        /** Anything else: a server error, a bounce without a reason, "sign-in is unavailable". */
        ERRORED
    }

    public record Result(List<Outcome> wrongAttempts, Outcome rightPassword, List<String> errors) {

        public long errored() {
            return wrongAttempts.stream().filter(o -> o == Outcome.ERRORED).count()
                    + (rightPassword == Outcome.ERRORED ? 1 : 0);
        }
    }

    private final int port;

    public SignInStorm(int port) {
        this.port = port;
    }

    /**
     * Sends {@code wrongAttempts} wrong passwords at once and the right one after the first {@code
     * answeredBeforeRight} wrong ones have been answered.
     */
    public Result run(String email, String rightPassword, int wrongAttempts, int answeredBeforeRight) throws Exception {
        List<Visitor> visitors = new ArrayList<>();
        for (int i = 0; i <= wrongAttempts; i++) {
            visitors.add(new Visitor()); // each opens the sign-in page first, as a browser would
        }
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(answeredBeforeRight);
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(wrongAttempts + 1);
        try {
            List<Future<Outcome>> wrong = new ArrayList<>();
            for (int i = 0; i < wrongAttempts; i++) {
                Visitor visitor = visitors.get(i);
                String guess = "wrong guess number " + i;
                wrong.add(pool.submit(() -> {
                    start.await();
                    try {
                        return visitor.signIn(email, guess, errors);
                    } finally {
                        answered.countDown();
                    }
                }));
            }
            Visitor owner = visitors.get(wrongAttempts);
            Future<Outcome> right = pool.submit(() -> {
                start.await();
                if (!answered.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    throw new AssertionError("the first wrong attempts were not answered in time");
                }
                return owner.signIn(email, rightPassword, errors);
            });
            start.countDown();
            List<Outcome> wrongOutcomes = new ArrayList<>();
            for (Future<Outcome> outcome : wrong) {
                wrongOutcomes.add(outcome.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            }
            return new Result(wrongOutcomes, right.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS), errors);
        } finally {
            pool.shutdownNow();
            visitors.forEach(Visitor::close);
        }
    }

    /** One browser: its own cookie jar and connection, redirects not followed. */
    private final class Visitor implements AutoCloseable {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
        private String tokenParameter;
        private String token;

        Visitor() throws IOException, InterruptedException {
            HttpResponse<String> page =
                    send(HttpRequest.newBuilder(uri("/login")).GET());
            Matcher meta = META.matcher(page.body());
            while (meta.find()) {
                switch (meta.group(1)) {
                    case "_csrf_parameter" -> tokenParameter = meta.group(2);
                    case "_csrf" -> token = meta.group(2);
                    default -> {}
                }
            }
        }

        Outcome signIn(String email, String password, List<String> errors) throws IOException, InterruptedException {
            String form = "username=" + encode(email) + "&password=" + encode(password);
            if (tokenParameter != null && token != null) {
                form += "&" + encode(tokenParameter) + "=" + encode(token);
            }
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302) {
                errors.add("HTTP " + response.statusCode() + ": " + response.body());
                return Outcome.ERRORED;
            }
            if (!location.contains("/login")) {
                return Outcome.SIGNED_IN;
            }
            Class<?> failure = location.contains("error") ? SignInProbe.FAILURES.get(sessionId()) : null;
            if (failure == BadCredentialsException.class) {
                return Outcome.REFUSED_WRONG_PASSWORD;
            }
            if (failure == LockedException.class) {
                return Outcome.REFUSED_LOCKED;
            }
            errors.add("sent to " + location + " after " + failure);
            return Outcome.ERRORED;
        }

        private String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse("");
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        @Override
        public void close() {
            client.close();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
