package org.upright.planner.ui.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor of the running app over plain HTTP, with a cookie jar of its own (like one browser
 * profile) and no automatic redirects, so tests see exactly what the server answered.
 */
final class HttpVisitor implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern META = Pattern.compile("<meta\\s+name=\"([^\"]+)\"\\s+content=\"([^\"]*)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    HttpVisitor(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** A form post, as a browser sends one; {@code headers} are name/value pairs. */
    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(encode(name)).append('=').append(encode(value));
        });
        return send(request(path, headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** The sign-in page's form token: the name of the field and its value, from the page's meta tags. */
    FormToken signInFormToken() {
        HttpResponse<String> page = get("/login");
        String parameter = null;
        String token = null;
        Matcher meta = META.matcher(page.body());
        while (meta.find()) {
            switch (meta.group(1)) {
                case "_csrf_parameter" -> parameter = meta.group(2);
                case "_csrf" -> token = meta.group(2);
                default -> {}
            }
        }
        if (parameter == null || token == null) {
            throw new AssertionError("The sign-in page carries no form token:\n" + page.body());
        }
        return new FormToken(parameter, token);
    }

    /** Signs in through the sign-in form, with the page's own token; fails the test if refused. */
    void signIn(String email, String password) {
        FormToken token = signInFormToken();
        HttpResponse<String> answer =
                postForm("/login", Map.of("username", email, "password", password, token.parameter(), token.value()));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new AssertionError("Sign-in refused: " + answer.statusCode() + " " + location);
        }
    }

    /** The session cookie this visitor holds, if any. */
    java.util.Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    String url(String path) {
        return baseUrl + path;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(url(path))).timeout(TIMEOUT);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        client.close();
    }

    record FormToken(String parameter, String value) {}
}
