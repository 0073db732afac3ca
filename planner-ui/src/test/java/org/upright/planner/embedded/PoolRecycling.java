package org.upright.planner.embedded;

import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What the connection pool does to a long-running embedded database, made to happen now: every
 * connection the application holds — among them the one Flyway created the schema with — is
 * retired and replaced by new ones.
 *
 * <p>In a running app Hikari retires connections one by one when they reach {@code maxLifetime}
 * (30 minutes by default), so the H2 database itself stays open throughout. Here all of them are
 * retired at once, so a witness connection outside the pool keeps the database open until the
 * pool's new connections have taken over; otherwise H2 would close the database with the last
 * connection and open it afresh, which is not what happens in use.
 */
public final class PoolRecycling {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private PoolRecycling() {}

    /** Retires every connection of the pool and returns once only new ones are open. */
    public static void retireEveryConnection(DataSource dataSource) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        try (Connection witness =
                DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
            Set<Integer> before = otherSessions(witness);
            if (before.isEmpty()) {
                throw new IllegalStateException("the pool holds no connection to retire");
            }
            pool.getHikariPoolMXBean().softEvictConnections();
            await("every connection the pool held is closed, and new ones are open")
                    .atMost(LIMIT)
                    .until(() -> {
                        Set<Integer> now = otherSessions(witness);
                        return !now.isEmpty() && now.stream().noneMatch(before::contains);
                    });
        }
    }

    /** The database sessions other than the witness's own: the pool's connections. */
    private static Set<Integer> otherSessions(Connection witness) throws SQLException {
        Set<Integer> sessions = new HashSet<>();
        try (var statement = witness.createStatement();
                var rows = statement.executeQuery(
                        "select session_id from information_schema.sessions where session_id <> session_id()")) {
            while (rows.next()) {
                sessions.add(rows.getInt(1));
            }
        }
        return sessions;
    }
}
