package org.upright.planner.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.UprightApplication;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.Role;
import org.upright.planner.review.BulkJobStatus;
import org.upright.planner.review.BulkReviewJobs;
import org.upright.planner.ui.TestPeople;

/**
 * The job engine on the embedded H2 default (no PostgreSQL configured): the demo coach's bulk
 * download is prepared, stored in H2 and read back, and a second start on the same database runs
 * the engine again without repeating its schedule.
 */
class EmbeddedBulkReviewsTest {

    @TempDir
    Path home;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDemoCoachsReviewsArePreparedAndStoredInTheEmbeddedDatabase() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            AccountSummary coach = jdbc.queryForObject(
                    "select id, email, display_name from account where email = 'coach@upright.demo'",
                    (rs, n) -> new AccountSummary(rs.getLong(1), rs.getString(2), rs.getString(3), Role.COACH));
            TestPeople.signIn(coach);
            BulkReviewJobs bulk = app.getBean(BulkReviewJobs.class);

            bulk.start(List.of(), null, 4, "A4");
            var context = SecurityContextHolder.getContext();
            BulkJobStatus ended = await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(
                            () -> {
                                SecurityContextHolder.setContext(context);
                                return bulk.myJob().orElseThrow();
                            },
                            status -> !status.active());

            assertThat(ended.state()).isEqualTo(BulkJobStatus.State.FINISHED);
            List<String> names = new ArrayList<>();
            try (InputStream in = bulk.myZip().orElseThrow().content().get();
                    ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    names.add(entry.getName());
                    assertThat(new String(zip.readNBytes(5))).isEqualTo("%PDF-");
                }
            }
            assertThat(names).hasSize(2).allSatisfy(name -> assertThat(name).endsWith(".pdf"));
        }
        try (ConfigurableApplicationContext again = start()) {
            assertThat(again.getBean(JdbcTemplate.class)
                            .queryForObject(
                                    "select count(*) from scheduled_tasks where task_name = 'bulk-review-expiry'",
                                    Integer.class))
                    .isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(UprightApplication.class)
                .run("--user.home=" + home, "--server.port=0", "--spring.main.banner-mode=off");
    }
}
