package org.upright.planner.ui.review;

import java.io.IOException;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Download folders that earlier versions left in the temporary directory. Up to ADR 0016 a bulk ZIP
 * was written to a folder under the temporary directory, named after the process (and before that,
 * at random); a process killed with {@code kill -9} left its folder behind. ZIPs now live in the
 * database, so nothing new appears here, but machines that ran those versions still hold such
 * folders: they are cleared at start and on schedule, except those of a process still running (an
 * older node beside this one during an upgrade).
 */
@Component
final class DownloadFolders {

    static final String PREFIX = "upright-reviews-";

    private static final Logger log = LoggerFactory.getLogger(DownloadFolders.class);
    private static final Pattern OWNED = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-(\\d+)");
    /** A folder with no owner in its name is left for this long after its last change. */
    private static final Duration KEEP_UNKNOWN = Duration.ofHours(1);

    private final Path parent;
    private final Clock clock;

    @Autowired
    DownloadFolders(Clock clock) {
        this(Path.of(System.getProperty("java.io.tmpdir")), clock);
    }

    DownloadFolders(Path parent, Clock clock) {
        this.parent = parent;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void onStartAndHourly() {
        clearLeftovers();
    }

    /** Deletes the download folders of processes that are gone. */
    void clearLeftovers() {
        try (Stream<Path> folders = Files.list(parent)) {
            folders.filter(Files::isDirectory)
                    .filter(folder -> folder.getFileName().toString().startsWith(PREFIX))
                    .filter(this::abandoned)
                    .forEach(DownloadFolders::deleteTree);
        } catch (IOException e) {
            log.warn("Could not look for leftover review downloads in {}", parent, e);
        }
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
        return modifiedBefore(folder, clock.instant().minus(KEEP_UNKNOWN));
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
