package org.upright.planner.ui.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;

/**
 * A separate process holding the app's bulk-download part, for tests that crash it: it starts
 * {@link BulkReviews} as the app does, begins writing a ZIP as a running job would, prints the
 * folder it writes into and then waits: for {@code kill -9}, for "sweep" on its input (runs the
 * scheduled sweep once and answers "swept"), or for "stop".
 */
final class ReviewNode {

    private ReviewNode() {}

    public static void main(String[] args) throws IOException {
        BulkReviews bulk = new BulkReviews(null, null, null, Clock.systemUTC(), task -> {}, job -> {});
        try (OutputStream zip = Files.newOutputStream(bulk.folder().resolve("coach-1-half-written.zip"))) {
            zip.write(new byte[64 * 1024]);
        }
        System.out.println("folder=" + bulk.folder());
        System.out.flush();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("sweep")) {
                bulk.sweepLeftovers();
                System.out.println("swept");
                System.out.flush();
            }
            if (line.equals("stop")) {
                bulk.shutDown();
                return;
            }
        }
    }
}
