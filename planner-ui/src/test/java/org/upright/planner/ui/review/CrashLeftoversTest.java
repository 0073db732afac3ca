package org.upright.planner.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, point 7: a process killed with {@code kill -9} in the middle of a bulk download leaves
 * its ZIP folder in the temporary directory. Real processes, really killed: each "node" here is a
 * JVM running {@link ReviewNode} with its own temporary directory.
 */
class CrashLeftoversTest {

    @TempDir
    Path tmp;

    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void theFolderOfANodeKilledMidJobIsClearedWhenTheNextNodeStarts() throws Exception {
        Node crashed = start();
        assertThat(crashed.folder())
                .isDirectoryContaining(path -> path.toString().endsWith(".zip"));
        crashed.kill();

        Node next = start();

        assertThat(reviewFolders()).as("only the running node's folder").containsExactly(next.folder());
    }

    @Test
    void repeatedCrashesDoNotPileUpFolders() throws Exception {
        for (int i = 0; i < 3; i++) {
            start().kill();
        }
        Node running = start();

        assertThat(reviewFolders()).containsExactly(running.folder());
    }

    @Test
    void theScheduledSweepClearsTheFolderOfANodeKilledAfterThisOneStarted() throws Exception {
        Node survivor = start();
        Node crashed = start();
        crashed.kill();
        assertThat(reviewFolders()).contains(crashed.folder());

        survivor.sweep();

        assertThat(reviewFolders()).containsExactly(survivor.folder());
    }

    @Test
    void anOrderlyShutdownLeavesNothingBehind() throws Exception {
        Node node = start();

        node.stop();

        assertThat(reviewFolders()).isEmpty();
    }

    @Test
    void aNeighbourStillRunningOnTheSameMachineKeepsItsFolder() throws Exception {
        Node neighbour = start();

        Node next = start();

        assertThat(reviewFolders()).containsExactlyInAnyOrder(neighbour.folder(), next.folder());
        assertThat(neighbour.folder())
                .isDirectoryContaining(path -> path.toString().endsWith(".zip"));
    }

    private List<Path> reviewFolders() throws IOException {
        try (Stream<Path> paths = Files.list(tmp)) {
            return paths.filter(p -> p.getFileName().toString().startsWith("upright-reviews-"))
                    .toList();
        }
    }

    private Node start() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xshare:auto",
                        "-XX:TieredStopAtLevel=1",
                        "-Djava.io.tmpdir=" + tmp,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReviewNode.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        started.add(process);
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = Node.readUntil(out, "folder=");
        return new Node(process, out, Path.of(line.substring("folder=".length())));
    }

    record Node(Process process, BufferedReader out, Path folder) {

        static String readUntil(BufferedReader out, String prefix) throws IOException {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new IllegalStateException("the node ended before it answered " + prefix);
        }

        void sweep() throws IOException {
            say("sweep");
            readUntil(out, "swept");
        }

        void stop() throws IOException, InterruptedException {
            say("stop");
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        }

        private void say(String command) throws IOException {
            process.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        /** {@code kill -9}: no shutdown hook, no {@code @PreDestroy}. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        }
    }
}
