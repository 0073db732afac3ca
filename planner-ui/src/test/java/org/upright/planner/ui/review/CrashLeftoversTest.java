package org.upright.planner.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, point 7: a process killed with {@code kill -9} in the middle of a bulk download left
 * its ZIP folder in the temporary directory for ever. ZIPs now live in the database (see
 * BulkReviewsTest: a job leaves nothing in the temporary directory); what older versions left is
 * cleared at start and on schedule. Real processes, really killed: each "node" here is a JVM
 * running {@link ReviewNode} with its own temporary directory.
 */
class CrashLeftoversTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path tmp;

    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void theFolderOfANodeKilledMidJobIsCleared() throws Exception {
        Node crashed = start();
        assertThat(crashed.folder())
                .isDirectoryContaining(path -> path.toString().endsWith(".zip"));
        crashed.kill();

        clear(NOW);

        assertThat(reviewFolders()).isEmpty();
    }

    @Test
    void repeatedCrashesLeaveNothing() throws Exception {
        for (int i = 0; i < 3; i++) {
            start().kill();
        }

        clear(NOW);

        assertThat(reviewFolders()).isEmpty();
    }

    @Test
    void aNodeStillRunningOnTheSameMachineKeepsItsFolder() throws Exception {
        Node neighbour = start();

        clear(NOW);

        assertThat(reviewFolders()).containsExactly(neighbour.folder());
        assertThat(neighbour.folder())
                .isDirectoryContaining(path -> path.toString().endsWith(".zip"));
    }

    @Test
    void aFolderNamedAtRandomByAnOldVersionGoesOnceItIsAnHourOld() throws Exception {
        Path old = Files.createDirectory(tmp.resolve("upright-reviews-7129950540143785090"));
        Files.write(old.resolve("coach-1.zip"), new byte[10]);
        Files.setLastModifiedTime(old, FileTime.from(NOW.minus(Duration.ofMinutes(61))));
        Path recent = Files.createDirectory(tmp.resolve("upright-reviews-15971215968614662850"));
        Files.setLastModifiedTime(recent, FileTime.from(NOW.minus(Duration.ofMinutes(5))));

        clear(NOW);

        assertThat(reviewFolders()).containsExactly(recent);
    }

    private void clear(Instant now) {
        new DownloadFolders(tmp, Clock.fixed(now, ZoneOffset.UTC)).clearLeftovers();
    }

    private List<Path> reviewFolders() throws IOException {
        try (Stream<Path> paths = Files.list(tmp)) {
            return paths.filter(p -> p.getFileName().toString().startsWith(DownloadFolders.PREFIX))
                    .toList();
        }
    }

    private Node start() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-Djava.io.tmpdir=" + tmp,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReviewNode.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        started.add(process);
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("folder=")) {
                return new Node(process, Path.of(line.substring("folder=".length())));
            }
        }
        throw new IllegalStateException("the node ended before it said where it writes");
    }

    record Node(Process process, Path folder) {

        /** {@code kill -9}: no shutdown hook, no {@code @PreDestroy}. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        }
    }
}
