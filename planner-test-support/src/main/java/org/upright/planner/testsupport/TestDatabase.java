package org.upright.planner.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
            return LocalCluster.start();
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

    /** A cluster of our own in a temporary directory; as root it runs as the postgres user. */
    static final class LocalCluster {

        static Connection start() throws IOException, InterruptedException {
            Path bin = findServerBinaries()
                    .orElseThrow(() -> new IOException("initdb/pg_ctl not found on PATH or under /usr/lib/postgresql"));
            boolean root = "root".equals(System.getProperty("user.name"));
            Path dir = Files.createTempDirectory("upright-test-pg");
            if (root) {
                run(List.of("chown", "postgres", dir.toString()), List.of());
            }
            List<String> asOwner = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
            Path data = dir.resolve("data");
            run(
                    asOwner,
                    List.of(
                            bin.resolve("initdb").toString(),
                            "-D",
                            data.toString(),
                            "-U",
                            "postgres",
                            "--auth=trust",
                            "-E",
                            "UTF8",
                            "--locale=C.UTF-8"));
            int port = freePort();
            run(
                    asOwner,
                    List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            data.toString(),
                            "-l",
                            dir.resolve("log").toString(),
                            "-w",
                            "-o",
                            "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                    + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                            "start"));
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    run(
                                            asOwner,
                                            List.of(
                                                    bin.resolve("pg_ctl").toString(),
                                                    "-D",
                                                    data.toString(),
                                                    "-m",
                                                    "immediate",
                                                    "stop"));
                                } catch (IOException | InterruptedException e) {
                                    // The JVM is exiting; the temp directory is all that is left behind.
                                } finally {
                                    deleteQuietly(dir);
                                }
                            },
                            "stop-test-postgres"));
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
            waitUntilAccepting(url);
            return new Connection(url, "postgres", "", "a throwaway local cluster (" + bin + ")");
        }

        private static Optional<Path> findServerBinaries() throws IOException {
            String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
            for (String entry : path.split(":")) {
                Path initdb = Path.of(entry, "initdb");
                if (Files.isExecutable(initdb) && Files.isExecutable(Path.of(entry, "pg_ctl"))) {
                    return Optional.of(initdb.toRealPath().getParent());
                }
            }
            Path root = Path.of("/usr/lib/postgresql");
            if (!Files.isDirectory(root)) {
                return Optional.empty();
            }
            try (Stream<Path> versions = Files.list(root)) {
                return versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(
                                b -> b.getParent().getFileName().toString(),
                                Comparator.comparingInt(LocalCluster::versionNumber)));
            }
        }

        private static int versionNumber(String name) {
            try {
                return Integer.parseInt(name);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private static int freePort() throws IOException {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        private static void waitUntilAccepting(String url) throws IOException {
            // pg_ctl -w already waited for the server; this only proves the JDBC route works.
            try (var ignored = DriverManager.getConnection(url, "postgres", "")) {
                // connected
            } catch (SQLException e) {
                throw new IOException("the local cluster started but refuses connections: " + e.getMessage(), e);
            }
        }

        private static void run(List<String> prefix, List<String> command) throws IOException, InterruptedException {
            List<String> full = new ArrayList<>(prefix);
            full.addAll(command);
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command.subList(0, 1)) + " failed: " + output.strip());
            }
        }

        private static void deleteQuietly(Path dir) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // best effort at JVM exit
            }
        }
    }
}
