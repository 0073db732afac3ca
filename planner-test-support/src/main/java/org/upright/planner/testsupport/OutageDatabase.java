package org.upright.planner.testsupport;

import java.io.IOException;

/**
 * The database of outage tests: a {@link PostgresCluster} of its own (one per JVM, so test classes
 * that share it also share their Spring context), never the shared {@link TestDatabase} — stopping
 * that one would fail every other test running in the JVM.
 *
 * <p>A test that stops it must start it again before it ends: {@link #ensureRunning()} in an
 * {@code @AfterEach} does so whatever happened.
 */
public final class OutageDatabase {

    private static PostgresCluster cluster;

    private OutageDatabase() {}

    public static synchronized PostgresCluster get() {
        if (cluster == null) {
            try {
                cluster = PostgresCluster.start();
            } catch (IOException e) {
                throw new IllegalStateException(
                        "Outage tests need the PostgreSQL server binaries to stop and start a cluster of their"
                                + " own: " + e.getMessage(),
                        e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the outage tests' PostgreSQL", e);
            }
        }
        return cluster;
    }

    /** Starts the cluster again if a test left it stopped. */
    public static void ensureRunning() throws IOException, InterruptedException {
        PostgresCluster current = get();
        if (!current.isRunning()) {
            current.restart();
        }
    }
}
