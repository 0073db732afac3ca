package org.upright.planner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.UprightApplication;

/**
 * The README's run command on a bare machine: no database configured, so the app must create an
 * embedded H2 database under the user's home, migrate it, create demo accounts and print their
 * sign-ins once — and serve the sign-in page.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseStartupTest {

    @TempDir
    Path home;

    @Test
    void aBareStartCreatesMigratesAndSeedsTheEmbeddedDatabaseAndPrintsTheDemoSignInsOnce(CapturedOutput output)
            throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            try (Connection connection = app.getBean(DataSource.class).getConnection()) {
                assertThat(connection.getMetaData().getURL())
                        .as("the default database is H2 under the user's home")
                        .startsWith("jdbc:h2:file:" + home);
            }
            assertThat(jdbc.queryForObject(
                            "select count(*) from flyway_schema_history where success = true", Integer.class))
                    .isPositive();
            assertThat(jdbc.queryForList("select email from account order by email", String.class))
                    .containsExactly("alex@upright.demo", "coach@upright.demo", "sam@upright.demo");
            assertThat(jdbc.queryForObject(
                            "select count(distinct week_start) from week_plan p join account a on a.id = p.lifter_id"
                                    + " where a.email = 'alex@upright.demo'",
                            Integer.class))
                    .as("a few weeks of plans for each demo lifter")
                    .isEqualTo(4);
            assertThat(jdbc.queryForObject(
                            "select count(*) from week_plan p join account a on a.id = p.lifter_id"
                                    + " where a.email = 'sam@upright.demo'",
                            Integer.class))
                    .isEqualTo(4);
            assertThat(jdbc.queryForList(
                            "select l.email from coaching c join account l on l.id = c.lifter_id"
                                    + " join account k on k.id = c.coach_id"
                                    + " where k.email = 'coach@upright.demo' and c.ended_at is null order by l.email",
                            String.class))
                    .as("the demo coach coaches both demo lifters")
                    .containsExactly("alex@upright.demo", "sam@upright.demo");
            assertThat(jdbc.queryForObject(
                            "select count(*) from pain_check_in p join account a on a.id = p.lifter_id"
                                    + " where a.email = 'alex@upright.demo'",
                            Integer.class))
                    .as("a journal to look at")
                    .isPositive();

            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            assertThat(get(port, "/login").statusCode()).isEqualTo(200);
            HttpResponse<String> readiness = get(port, "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("UP");
            assertThat(get(port, "/actuator/env").statusCode())
                    .as("nothing but health is open without sign-in")
                    .isNotEqualTo(200);
        }
        assertThat(Files.exists(home.resolve(".upright/db/upright.mv.db"))).isTrue();
        assertThat(output.getOut())
                .contains("Demo accounts created", "coach@upright.demo", "alex@upright.demo")
                .as("the sign-ins name the real folder of the database (under user.home, not $HOME)")
                .contains("delete " + home.resolve(".upright/db") + " and start again");
        int printedAfterFirstStart = countOccurrences(output.getOut(), "Demo accounts created");

        try (ConfigurableApplicationContext again = start()) {
            assertThat(again.getBean(JdbcTemplate.class).queryForObject("select count(*) from account", Integer.class))
                    .isEqualTo(3);
        }
        assertThat(countOccurrences(output.getOut(), "Demo accounts created"))
                .as("the sign-ins are printed on the first start only")
                .isEqualTo(printedAfterFirstStart)
                .isEqualTo(1);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(UprightApplication.class)
                .run("--user.home=" + home, "--server.port=0", "--spring.main.banner-mode=off");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static int countOccurrences(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
