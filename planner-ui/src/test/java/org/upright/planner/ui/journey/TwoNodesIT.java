package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.upright.planner.embedded.DemoSignIns;
import org.upright.planner.testsupport.TestDatabase;
import org.upright.planner.ui.review.Pdfs;

/**
 * Two Upright nodes on one PostgreSQL behind nginx with the sticky configuration the compose
 * profile {@code cluster} ships (docs/adr/0017), without Docker: the packaged jar twice, Debian's
 * nginx, a real Chromium. A coach signs in through the proxy, plans a client's week and starts a
 * bulk review download; then the node holding the coach's session is killed ({@code kill -9}). The
 * coach is asked to sign in again, finds the plan as saved, and downloads the finished ZIP through
 * the proxy from the node that is left, which took the job over if the killed node was running it.
 *
 * <p>The timings are configured short (job heartbeats every second, a pause between two clients so
 * that the job is still running when its node dies) and every wait is on a condition with a
 * generous limit: this runs on a busy 2-core machine.
 */
class TwoNodesIT {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesIT.class);
    private static final long START_SECONDS = 900;
    private static final String COACH = "coach@upright.demo";
    private static final String PLANNED = "Rowing before the node went down";
    private static final Pattern ROUTE = Pattern.compile("\\.([ab])$");

    @TempDir
    Path dir;

    @Test
    void aCoachSignsInAgainAfterTheirNodeIsKilledAndGetsTheZipFromTheOtherNode() throws Exception {
        TestDatabase.Connection server = TestDatabase.get();
        String database = "two_nodes_" + UUID.randomUUID().toString().replace("-", "");
        execute(server.jdbcUrl(), server, "create database " + database);
        String jdbcUrl = onDatabase(server.jdbcUrl(), database);
        try {
            runScenario(server, jdbcUrl);
        } finally {
            execute(server.jdbcUrl(), server, "drop database if exists " + database + " with (force)");
        }
    }

    private void runScenario(TestDatabase.Connection server, String jdbcUrl) throws Exception {
        Map<String, String> shared = Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", server.username(),
                "spring.datasource.password", server.password(),
                "server.forward-headers-strategy", "native",
                // A dead node's job is taken over after 4 missed heartbeats: about 4 s, not 40.
                "upright.jobs.heartbeat", "PT1S",
                "upright.jobs.missed-heartbeats", "4",
                // Keeps the job running long enough to kill its node in the middle of it.
                "upright.reviews.bulk-pause", "PT5S");
        try (AppNode a = AppNode.start("a", Files.createDirectories(dir.resolve("a")), with(shared, "always"));
                AppNode b = AppNode.start("b", Files.createDirectories(dir.resolve("b")), with(shared, "never"))) {
            long launched = System.nanoTime();
            int portA = a.awaitStarted(START_SECONDS);
            int portB = b.awaitStarted(START_SECONDS);
            log.info("Both nodes started side by side in {} s", (System.nanoTime() - launched) / 1_000_000_000);
            String password = DemoSignIns.password(a.console(), COACH)
                    .orElseThrow(() -> new AssertionError("node a printed no demo sign-in for " + COACH));
            try (NginxProxy proxy = NginxProxy.start(Files.createDirectories(dir.resolve("nginx")), portA, portB)) {
                proxy.awaitServing(60);
                String base = proxy.baseUrl();
                assertThat(redirectOf(base + "/"))
                        .as("redirects name the proxy, not the node (forwarded headers are honoured)")
                        .startsWith(base + "/login");
                try (BrowserSession browser = new BrowserSession();
                        BrowserContext context =
                                browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
                    Page page = context.newPage();
                    walkThrough(page, context, base, password, Map.of("a", a, "b", b), jdbcUrl, server);
                }
            }
        }
    }

    private void walkThrough(
            Page page,
            BrowserContext context,
            String base,
            String password,
            Map<String, AppNode> nodes,
            String jdbcUrl,
            TestDatabase.Connection server)
            throws Exception {
        signIn(page, base, password);
        AppNode holder = nodes.get(route(context));
        AppNode other = nodes.get(holder.route().equals("a") ? "b" : "a");

        page.navigate(base + "/clients");
        page.locator("vaadin-grid-cell-content").getByText("Alex Moreau").click();
        assertThat(page.locator("#week-title")).containsText("Alex Moreau");
        Locator wednesday = page.locator(".day-column").nth(2);
        wednesday.locator(".add-session").click();
        page.getByLabel("Title").fill(PLANNED);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(sessionTitled(wednesday, PLANNED)).isVisible();
        assertThat(route(context)).as("the session stayed on its node").isEqualTo(holder.route());

        page.navigate(base + "/clients");
        page.locator("#bulk-reviews-open").click();
        page.locator("#start-bulk-reviews").click();
        assertThat(page.locator("#bulk-reviews[data-state=RUNNING]")).isVisible(longer());
        Optional<String> runner = jobRunner(jdbcUrl, server);
        boolean holderRanTheJob = runner.equals(Optional.of(nodeName(holder)));
        log.info(
                "The session is on node {} (pid {}); the job runs on {} ({})",
                holder.route(),
                holder.pid(),
                runner.orElse("no node yet"),
                holderRanTheJob ? "the node to be killed" : "the other node");

        holder.kill();

        // The page polls for progress; the other node does not know the session: sign in again.
        assertThat(page)
                .hasURL(
                        Pattern.compile(".*/login.*"),
                        new PageAssertions.HasURLOptions().setTimeout(BrowserSession.PATIENCE_MS));
        signIn(page, base, password);
        assertThat(route(context)).as("the new session is on the node left").isEqualTo(other.route());

        page.navigate(base + "/clients");
        assertThat(page.locator("#bulk-reviews[data-state=FINISHED]")).isVisible(longer());
        assertThat(page.locator("#bulk-status")).hasText("2 reviews are ready.");
        Download zip = page.waitForDownload(() -> page.locator("#bulk-download").click());
        Map<String, byte[]> entries;
        try (InputStream in = Files.newInputStream(zip.path())) {
            entries = Pdfs.unzip(in);
        }
        assertThat(entries.keySet())
                .hasSize(2)
                .anySatisfy(name -> assertThat(name).contains("Alex Moreau"))
                .anySatisfy(name -> assertThat(name).contains("Sam Okafor"));
        for (byte[] pdf : entries.values()) {
            assertThat(Pdfs.read(pdf).text()).contains("Morgan Reyes");
        }
        if (holderRanTheJob) {
            assertThat(finishedAttempt(jdbcUrl, server))
                    .as("the killed node's attempt was taken over by the node left")
                    .isGreaterThan(1);
        }

        page.navigate(base + "/clients");
        page.locator("vaadin-grid-cell-content").getByText("Alex Moreau").click();
        assertThat(sessionTitled(page.locator(".day-column").nth(2), PLANNED)).isVisible();
    }

    private static void signIn(Page page, String base, String password) {
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(COACH);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("h2").first()).containsText("Morgan Reyes’s clients");
    }

    /** The node named at the end of the browser's session cookie ("a" or "b"). */
    private static String route(BrowserContext context) {
        String session = context.cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
        Matcher route = ROUTE.matcher(session);
        assertThat(route.find())
                .as("the session id %s ends with its node's route", session)
                .isTrue();
        return route.group(1);
    }

    private static Locator sessionTitled(Locator day, String title) {
        return day.locator(".session-title").filter(new Locator.FilterOptions().setHasText(title));
    }

    private static LocatorAssertions.IsVisibleOptions longer() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(BrowserSession.PATIENCE_MS);
    }

    private static Map<String, String> with(Map<String, String> shared, String demoData) {
        var all = new java.util.HashMap<>(shared);
        all.put("upright.demo-data", demoData);
        return all;
    }

    /** The job engine's name for a node: host and process id (JobEngine). */
    private static String nodeName(AppNode node) throws java.net.UnknownHostException {
        return java.net.InetAddress.getLocalHost().getHostName() + "-" + node.pid();
    }

    private static Optional<String> jobRunner(String jdbcUrl, TestDatabase.Connection server) throws SQLException {
        return single(
                jdbcUrl,
                server,
                "select picked_by from scheduled_tasks where task_name = 'bulk-review-zip' and picked");
    }

    private static int finishedAttempt(String jdbcUrl, TestDatabase.Connection server) throws SQLException {
        return Integer.parseInt(single(jdbcUrl, server, "select attempt from bulk_review_job where state = 'FINISHED'")
                .orElseThrow());
    }

    private static Optional<String> single(String jdbcUrl, TestDatabase.Connection server, String sql)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, server.username(), server.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
        }
    }

    private static void execute(String jdbcUrl, TestDatabase.Connection server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, server.username(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The same server's URL with another database name. */
    static String onDatabase(String jdbcUrl, String database) {
        Matcher url =
                Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(.*)$").matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL with a database: " + jdbcUrl);
        }
        return url.group(1) + database + url.group(3);
    }

    private static String redirectOf(String url) throws Exception {
        try (HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            HttpResponse<Void> response =
                    http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as("GET %s", url).isEqualTo(302);
            return response.headers().firstValue("Location").orElse("");
        }
    }
}
