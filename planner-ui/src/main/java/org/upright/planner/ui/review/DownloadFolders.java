package org.upright.planner.ui.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folders under the temporary directory where bulk ZIPs are written until they are collected.
 *
 * <p>Each running process writes into a folder named after itself (process id and start time), so
 * a later start can tell a crashed process's leftovers from those of a neighbour still running on
 * the same machine (two nodes, or a test run beside the app). A process killed with {@code kill
 * -9} never runs its shutdown hooks; its folder is cleared by the next process that starts or
 * sweeps on this machine, whichever comes first.
 */
final class DownloadFolders {

    static final String PREFIX = "upright-reviews-";

    private static final Logger log = LoggerFactory.getLogger(DownloadFolders.class);
    private static final Pattern OWNED = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-(\\d+)");

    private final Path parent;
    private final Clock clock;
    private final Duration keep;
    private final Path own;

    /**
     * @param parent where the folders live (the system's temporary directory in production)
     * @param keep how long a file may lie in a folder with no known owner (folders made by versions
     *     that named them at random) before it is cleared
     */
    DownloadFolders(Path parent, Clock clock, Duration keep) {
        this.parent = parent;
        this.clock = clock;
        this.keep = keep;
        this.own = parent.resolve(PREFIX + ProcessHandle.current().pid() + "-" + startMillis(ProcessHandle.current()));
        try {
            Files.createDirectories(own);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for review downloads", e);
        }
    }

    static DownloadFolders inTemporaryDirectory(Clock clock, Duration keep) {
        return new DownloadFolders(Path.of(System.getProperty("java.io.tmpdir")), clock, keep);
    }

    /** This process's folder. */
    Path own() {
        return own;
    }

    /**
     * Deletes the folders of processes that are gone, and files in this process's folder older than
     * {@code keep} (a ZIP whose job was already cleared away but whose delete failed).
     */
    void clearLeftovers() {
        try (Stream<Path> folders = Files.list(parent)) {
            folders.filter(Files::isDirectory)
                    .filter(folder -> folder.getFileName().toString().startsWith(PREFIX))
                    .filter(folder -> !folder.equals(own))
                    .filter(this::abandoned)
                    .forEach(DownloadFolders::deleteTree);
        } catch (IOException e) {
            log.warn("Could not look for leftover review downloads in {}", parent, e);
        }
        Instant cutoff = clock.instant().minus(keep);
        try (Stream<Path> files = Files.list(own)) {
            files.filter(file -> modifiedBefore(file, cutoff)).forEach(DownloadFolders::deleteTree);
        } catch (IOException e) {
            log.warn("Could not sweep {}", own, e);
        }
    }

    /** Deletes this process's folder with everything in it, on an orderly shutdown. */
    void deleteOwn() {
        deleteTree(own);
    }

    private boolean abandoned(Path folder) {
        Matcher owner = OWNED.matcher(folder.getFileName().toString());
        if (owner.matches()) {
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(owner.group(1)));
            // The same id with another start time is a new process that reused the number.
            return process.isEmpty()
                    || !process.get().isAlive()
                    || startMillis(process.get()) != Long.parseLong(owner.group(2));
        }
        // Named by an older version, at random: its owner is unknown, so only age tells.
        return modifiedBefore(folder, clock.instant().minus(keep));
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static boolean modifiedBefore(Path path, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false; // gone already, or not ours to read
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    log.warn("Could not delete {}", path, e);
                }
            });
        } catch (IOException e) {
            log.warn("Could not clear {}", root, e);
        }
    }
}
