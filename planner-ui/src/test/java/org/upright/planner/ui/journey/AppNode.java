package org.upright.planner.ui.journey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Upright node as production runs it: the packaged jar ({@code target/upright.jar}, built by
 * {@code package} before Failsafe runs) in a JVM of its own, so that a test can {@code kill -9} it.
 * Its console goes to {@code <dir>/console.log} and is kept in memory for the test to read.
 */
final class AppNode implements AutoCloseable {

    static final Path JAR = Path.of("target", "upright.jar");
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final String STARTED = "Started UprightApplication";

    private final String route;
    private final Process process;
    private final StringBuffer console = new StringBuffer();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    private AppNode(String route, Process process, Path log) {
        this.route = route;
        this.process = process;
        Thread.ofPlatform().daemon().name("node-" + route + "-console").start(() -> copyConsole(log));
    }

    /**
     * Starts the jar with {@code settings} as Spring properties (on a free port, with its own home
     * and temporary directory under {@code dir}); returns at once, see {@link #awaitStarted}.
     */
    static AppNode start(String route, Path dir, Map<String, String> settings) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath()
                    + " is missing: run this test with `./mvnw verify` (it needs the packaged jar)");
        }
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Small and quick to start: two of these share a busy 2-core machine with the test.
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + dir,
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                JAR.toAbsolutePath().toString(),
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--upright.node.route=" + route));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        // A test JVM that is stopped must not leave its nodes running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-node-" + route));
        return new AppNode(route, process, dir.resolve("console.log"));
    }

    /** Waits until the node serves requests and returns its port; fails if it stopped instead. */
    int awaitStarted(long seconds) throws InterruptedException {
        try {
            return port.get(seconds, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "node " + route + " did not start within " + seconds + " s; its console ends with:\n" + tail(), e);
        }
    }

    String route() {
        return route;
    }

    long pid() {
        return process.pid();
    }

    String console() {
        return console.toString();
    }

    /** What {@code kill -9} does: the node stops at once, without any shutdown work. */
    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void copyConsole(Path log) {
        try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            int portSeen = 0;
            String line;
            while ((line = in.readLine()) != null) {
                console.append(line).append('\n');
                out.write(line);
                out.write('\n');
                out.flush();
                Matcher found = PORT.matcher(line);
                if (found.find()) {
                    portSeen = Integer.parseInt(found.group(1));
                }
                if (line.contains(STARTED) && portSeen > 0) {
                    port.complete(portSeen);
                }
            }
        } catch (IOException e) {
            // the node was killed; what it printed so far is kept
        }
        port.completeExceptionally(new IllegalStateException("node " + route + " stopped"));
    }

    private String tail() {
        String all = console.toString();
        return all.substring(Math.max(0, all.length() - 4_000));
    }
}
