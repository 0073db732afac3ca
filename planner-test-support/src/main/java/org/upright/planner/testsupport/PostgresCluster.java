package org.upright.planner.testsupport;

import java.io.IOException;
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

/**
 * A PostgreSQL cluster of our own in a temporary directory, started from the server binaries on
 * this machine ({@code initdb}/{@code pg_ctl} on the PATH or under {@code /usr/lib/postgresql/N/bin};
 * as root they run as the {@code postgres} user), on a free port of the loopback interface.
 *
 * <p>{@link TestDatabase} uses one as the shared test database when nothing else is configured.
 * Outage tests start one of their own with {@link #start()} and {@link #stop()} it and {@link
 * #restart()} it as they please: the shared database is never disturbed. A cluster keeps its port
 * and data across a stop, so the application under test finds it again where it was.
 */
public final class PostgresCluster implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final List<String> asOwner;
    private final int port;
    private volatile boolean running;

    private PostgresCluster(Path bin, Path dir, List<String> asOwner, int port) {
        this.bin = bin;
        this.dir = dir;
        this.asOwner = asOwner;
        this.port = port;
    }

    /** Creates and starts a new cluster; it is stopped and deleted at the latest when the JVM exits. */
    public static PostgresCluster start() throws IOException, InterruptedException {
        Path bin = findServerBinaries()
                .orElseThrow(() -> new IOException("initdb/pg_ctl not found on PATH or under /usr/lib/postgresql"
                        + " (Debian: apt-get install postgresql)"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("upright-test-pg");
        if (root) {
            run(List.of(), List.of("chown", "postgres", dir.toString()));
        }
        List<String> asOwner = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
        run(
                asOwner,
                List.of(
                        bin.resolve("initdb").toString(),
                        "-D",
                        dir.resolve("data").toString(),
                        "-U",
                        "postgres",
                        "--auth=trust",
                        "-E",
                        "UTF8",
                        "--locale=C.UTF-8"));
        PostgresCluster cluster = new PostgresCluster(bin, dir, asOwner, FreePorts.next());
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "stop-test-postgres-" + cluster.port));
        cluster.restart();
        return cluster;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "";
    }

    public boolean isRunning() {
        return running;
    }

    /** Starts the stopped cluster again on the same port, and returns once it accepts connections. */
    public void restart() throws IOException, InterruptedException {
        run(
                asOwner,
                List.of(
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        dir.resolve("data").toString(),
                        "-l",
                        dir.resolve("log").toString(),
                        "-w",
                        "-o",
                        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                        "start"));
        running = true;
        // pg_ctl -w already waited for the server; this only proves the JDBC route works.
        try (var ignored = DriverManager.getConnection(jdbcUrl(), username(), password())) {
            // connected
        } catch (SQLException e) {
            throw new IOException("the local cluster started but refuses connections: " + e.getMessage(), e);
        }
    }

    /**
     * Stops the server as an outage would: open connections are cut ({@code -m fast}) and new ones
     * are refused until {@link #restart()}.
     */
    public void stop() throws IOException, InterruptedException {
        run(
                asOwner,
                List.of(
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        dir.resolve("data").toString(),
                        "-m",
                        "fast",
                        "-w",
                        "stop"));
        running = false;
    }

    /** Stops the server if it runs and deletes its files. */
    @Override
    public void close() {
        try {
            if (running) {
                run(
                        asOwner,
                        List.of(
                                bin.resolve("pg_ctl").toString(),
                                "-D",
                                dir.resolve("data").toString(),
                                "-m",
                                "immediate",
                                "stop"));
                running = false;
            }
        } catch (IOException e) {
            // already stopped, or the JVM is exiting; only the temp directory may be left behind
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(dir);
        }
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
                            Comparator.comparingInt(PostgresCluster::versionNumber)));
        }
    }

    private static int versionNumber(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return -1;
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
            // best effort
        }
    }
}
