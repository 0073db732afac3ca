package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.upright.planner.testsupport.TestDatabase;

/**
 * V12 on a database that already holds a lifter with two current coaches (made before the rule
 * was enforced): the earliest link stays, the others end, and no second current link can be
 * stored afterwards. Runs in a schema of its own on the test PostgreSQL.
 */
class OneCurrentCoachMigrationTest {

    private final String schema = "v12_" + UUID.randomUUID().toString().replace("-", "");
    private final DriverManagerDataSource database = dataSource();
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @AfterEach
    void dropSchema() {
        jdbc.execute("drop schema " + schema + " cascade");
    }

    @Test
    void theEarliestCurrentLinkStaysTheOthersEndAndNoSecondCanBeAdded() {
        migrateTo("11");
        account(1, "COACH");
        account(2, "COACH");
        account(3, "COACH");
        account(10, "LIFTER");
        account(11, "LIFTER");
        link(100, 1, 10, "2026-01-05 10:00:00+00", null); // later, current: ends
        link(101, 2, 10, "2026-01-05 09:00:00+00", null); // earliest current: stays
        link(102, 3, 10, "2026-01-05 09:00:00+00", null); // same start, higher id: ends
        link(103, 3, 10, "2025-06-01 09:00:00+00", "2025-09-01 09:00:00+00"); // ended long ago: untouched
        link(104, 1, 11, "2026-01-05 11:00:00+00", null); // another lifter's only link: stays

        migrateTo("12");

        assertThat(jdbc.queryForList(
                        "select id from " + schema + ".coaching where ended_at is null order by id", Long.class))
                .containsExactly(101L, 104L);
        assertThat(jdbc.queryForMap("select current_lifter_id, ended_at from " + schema + ".coaching where id = 101"))
                .containsEntry("current_lifter_id", 10L);
        assertThat(jdbc.queryForObject(
                        "select ended_at from " + schema + ".coaching where id = 103", java.sql.Timestamp.class))
                .isEqualTo(java.sql.Timestamp.from(java.time.Instant.parse("2025-09-01T09:00:00Z")));
        assertThat(jdbc.queryForList(
                        "select current_lifter_id from " + schema + ".coaching where ended_at is not null"))
                .extracting(row -> row.get("current_lifter_id"))
                .containsOnlyNulls();
        assertThatThrownBy(() -> jdbc.update("insert into " + schema + ".coaching"
                        + " (id, coach_id, lifter_id, started_at, ended_at, version, current_lifter_id)"
                        + " values (105, 3, 10, current_timestamp, null, 0, 10)"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into " + schema + ".coaching"
                        + " (id, coach_id, lifter_id, started_at, ended_at, version, current_lifter_id)"
                        + " values (106, 3, 10, current_timestamp, null, 0, null)"))
                .as("a current link must name its lifter as current")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void migrateTo(String version) {
        Flyway.configure()
                .dataSource(database)
                .schemas(schema)
                .target(version)
                .load()
                .migrate();
    }

    private void account(long id, String role) {
        jdbc.update(
                "insert into " + schema + ".account (id, email, password_hash, display_name, role, created_at, version)"
                        + " values (?, ?, '{noop}unused', ?, ?, current_timestamp, 0)",
                id,
                "person-" + id + "@example.com",
                "Person " + id,
                role);
    }

    private void link(long id, long coachId, long lifterId, String startedAt, String endedAt) {
        jdbc.update(
                "insert into " + schema + ".coaching (id, coach_id, lifter_id, started_at, ended_at, version)"
                        + " values (?, ?, ?, cast(? as timestamp with time zone), cast(? as timestamp with time zone), 0)",
                id,
                coachId,
                lifterId,
                startedAt,
                endedAt);
    }

    private static DriverManagerDataSource dataSource() {
        TestDatabase.Connection db = TestDatabase.get();
        return new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password());
    }
}
