package org.upright.planner.ui.review;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A process that writes a bulk ZIP as the release before ADR 0016 did (into a folder under the
 * temporary directory named after the process), prints that folder and then waits to be killed.
 * Tests kill it with {@code kill -9} mid-write, as a crash would.
 */
final class ReviewNode {

    private ReviewNode() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        ProcessHandle me = ProcessHandle.current();
        long started = me.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))
                .resolve(DownloadFolders.PREFIX + me.pid() + "-" + started));
        try (OutputStream zip = Files.newOutputStream(folder.resolve("coach-1-half-written.zip"))) {
            zip.write(new byte[64 * 1024]);
        }
        System.out.println("folder=" + folder);
        System.out.flush();
        Thread.currentThread().join(); // until killed
    }
}
