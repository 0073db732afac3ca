package org.upright.planner.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database the test suite runs against, chosen once per JVM from three sources in
 * this order:
 *
 * <ol>
 *   <li>{@code TEST_JDBC_URL} (with {@code TEST_JDBC_USER} and {@code TEST_JDBC_PASSWORD}) when
 *       set — for a developer who already runs PostgreSQL;
 *   <li>a Testcontainers PostgreSQL when a Docker engine answers;
 *   <li>a private, throwaway PostgreSQL cluster started from the server binaries on this machine
 *       ({@code initdb}/{@code pg_ctl} on the PATH or under {@code /usr/lib/postgresql/N/bin}),
 *       on a free port, deleted when the JVM exits.
 * </ol>
 *
 * <p>We never fall back to H2 or a mock: the tests must see the database production runs on.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static volatile Connection instance;

    /** Where to connect; one per JVM. */
    public record Connection(String jdbcUrl, String username, String password, String source) {}

    private TestDatabase() {}

    public static Connection get() {
        Connection current = instance;
        if (current == null) {
            synchronized (TestDatabase.class) {
                current = instance;
                if (current == null) {
                    current = start();
                    instance = current;
                    log.info("Tests use PostgreSQL from {}: {}", current.source(), current.jdbcUrl());
                }
            }
        }
        return current;
    }

    /**
     * A new, empty database on the same server, for app nodes a test starts on their own: the shared
     * test context polls the shared database's job table too, and would take their jobs (a mail
     * sent by a context with no mail server is never seen by the test's SMTP server). Drop it with
     * {@link #drop}.
     */
    public static Connection freshDatabase(String prefix) {
        Connection server = get();
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        execute(server, "create database " + name);
        Matcher url =
                Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(.*)$").matcher(server.jdbcUrl());
        if (!url.matches()) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL with a database: " + server.jdbcUrl());
        }
        return new Connection(
                url.group(1) + name + url.group(3), server.username(), server.password(), server.source());
    }

    /** Drops a database made by {@link #freshDatabase}, closing whatever is still connected to it. */
    public static void drop(Connection database) {
        String name = database.jdbcUrl().replaceAll("^jdbc:postgresql://[^/?]+/([^?]*).*$", "$1");
        execute(get(), "drop database if exists " + name + " with (force)");
    }

    private static void execute(Connection server, String sql) {
        try (java.sql.Connection connection =
                        DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on the test database server", e);
        }
    }

    private static Connection start() {
        List<String> failures = new ArrayList<>();
        String url = System.getenv("TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(
                    url,
                    Optional.ofNullable(System.getenv("TEST_JDBC_USER")).orElse("postgres"),
                    Optional.ofNullable(System.getenv("TEST_JDBC_PASSWORD")).orElse(""),
                    "TEST_JDBC_URL");
        }
        failures.add("TEST_JDBC_URL is not set");
        try {
            if (dockerMayBeThere() && DockerClientFactory.instance().isDockerAvailable()) {
                return startContainer();
            }
            failures.add("no Docker engine answers (Testcontainers)");
        } catch (RuntimeException | LinkageError e) {
            failures.add("Testcontainers failed: " + e.getMessage());
        }
        try {
            return startLocalCluster();
        } catch (IOException | RuntimeException e) {
            failures.add("no local PostgreSQL cluster could be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add("interrupted while starting a local PostgreSQL cluster");
        }
        throw new IllegalStateException("No PostgreSQL for the tests. Tried, in order: "
                + String.join("; ", failures)
                + ". Set TEST_JDBC_URL (+ TEST_JDBC_USER/TEST_JDBC_PASSWORD), start a Docker engine,"
                + " or install the PostgreSQL server binaries (Debian: apt-get install postgresql).");
    }

    /**
     * Asking Testcontainers on a machine without any Docker configuration only produces a page of
     * errors in the log; a socket or DOCKER_HOST is the least a Docker engine needs.
     */
    private static boolean dockerMayBeThere() {
        return System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper at JVM exit
    private static Connection startContainer() {
        var container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        return new Connection(
                container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers");
    }

    @SuppressWarnings("resource") // stopped and deleted by the cluster's own hook at JVM exit
    private static Connection startLocalCluster() throws IOException, InterruptedException {
        PostgresCluster cluster = PostgresCluster.start();
        return new Connection(
                cluster.jdbcUrl(),
                cluster.username(),
                cluster.password(),
                "a throwaway local cluster (PostgresCluster)");
    }
}
