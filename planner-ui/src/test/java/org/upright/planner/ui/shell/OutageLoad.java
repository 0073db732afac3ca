package org.upright.planner.ui.shell;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.upright.planner.UprightApplication;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.PainEntry;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.testsupport.PostgresCluster;
import org.upright.planner.ui.TestPeople;

/**
 * Load script (not a test: timings belong to a quiet machine, not to CI). Starts the application
 * on a PostgreSQL cluster of its own and takes the database away and back N times, measuring:
 *
 * <ol>
 *   <li><b>time to fail a save</b>: a pain check-in started right after the database stopped, until
 *       it throws (what the person then sees is {@link DatabaseTrouble#NOT_SAVED});
 *   <li>readiness while the database is away: its HTTP status and how long the answer took;
 *   <li><b>time to recover</b>: from the moment PostgreSQL accepts connections again until the first
 *       save succeeds (one save attempt after the other, each bounded by the pool's timeout), and
 *       until readiness is UP.
 * </ol>
 *
 * From the repository root, with JAVA_HOME on a JDK 21+ (same class path recipe as {@code
 * ReviewLoad}):
 *
 * <pre>
 * ./mvnw -B -o -q -pl planner-ui -am test-compile -DskipTests
 * ./mvnw -B -o -q -pl planner-ui -am dependency:build-classpath -Dmdep.outputFile=/tmp/ui-cp.txt \
 *     -Dmdep.includeScope=test
 * CP=$(tr ':' '\n' &lt; /tmp/ui-cp.txt | grep -v '/org/upright/' | paste -sd:)
 * java -cp planner-ui/target/test-classes:planner-ui/target/classes:planner-reports/target/classes:\
 * planner-core/target/classes:planner-test-support/target/classes:$CP org.upright.planner.ui.shell.OutageLoad 5
 * </pre>
 *
 * <p>Argument: outages (default 5). Every loop is bounded: an attempt that does not recover within
 * 60 s ends the script with an error.
 */
public final class OutageLoad {

    private static final Logger log = LoggerFactory.getLogger(OutageLoad.class);
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private OutageLoad() {}

    public static void main(String[] args) throws Exception {
        int outages = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (PostgresCluster database = PostgresCluster.start()) {
            // System properties, because they win over application.properties.
            System.setProperty("spring.datasource.url", database.jdbcUrl());
            System.setProperty("spring.datasource.username", database.username());
            System.setProperty("spring.datasource.password", database.password());
            System.setProperty("upright.demo-data", "never");
            // No Vaadin development mode: it would write generated frontend files into the current folder.
            System.setProperty("vaadin.productionMode", "true");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(UprightApplication.class)
                    .run("--server.port=0", "--spring.main.banner-mode=off")) {
                run(app, database, outages);
            }
        }
    }

    private static void run(ConfigurableApplicationContext app, PostgresCluster database, int outages)
            throws Exception {
        AccountSummary lifter = app.getBean(AccountService.class)
                .createConfirmed(new SignUpCommand(
                        "outage-" + UUID.randomUUID() + "@example.com",
                        "a long enough password",
                        "Olu Outage",
                        Role.LIFTER));
        CheckInService checkIns = app.getBean(CheckInService.class);
        Runnable save = () -> TestPeople.as(
                lifter,
                () -> checkIns.checkIn(
                        lifter.id(), new PainEntry(LocalDate.now(), PainTiming.AFTER, 2, null, "", null), Set.of()));
        URI readiness = URI.create("http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port")
                + "/actuator/health/readiness");
        save.run(); // warm

        List<Long> toFail = new ArrayList<>();
        List<Long> readinessDownMillis = new ArrayList<>();
        List<Long> toSave = new ArrayList<>();
        List<Long> toReady = new ArrayList<>();
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (int i = 0; i < outages; i++) {
                database.stop();
                long started = System.nanoTime();
                boolean failed = false;
                try {
                    save.run();
                } catch (RuntimeException expected) {
                    failed = DatabaseTrouble.isUnreachable(expected);
                    if (!failed) {
                        throw expected;
                    }
                }
                if (!failed) {
                    throw new IllegalStateException("a save succeeded with the database stopped");
                }
                toFail.add(millisSince(started));

                long asked = System.nanoTime();
                HttpResponse<String> down =
                        http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.ofString());
                readinessDownMillis.add(millisSince(asked));
                log.info(
                        "outage {}: save failed after {} ms; readiness {} {} in {} ms",
                        i + 1,
                        toFail.getLast(),
                        down.statusCode(),
                        down.body(),
                        readinessDownMillis.getLast());

                database.restart();
                long back = System.nanoTime();
                while (true) {
                    try {
                        save.run();
                        break;
                    } catch (RuntimeException stillAway) {
                        if (millisSince(back) > GIVE_UP.toMillis()) {
                            throw new IllegalStateException("no save within " + GIVE_UP + " of the restart", stillAway);
                        }
                    }
                }
                toSave.add(millisSince(back));
                while (http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        != 200) {
                    if (millisSince(back) > GIVE_UP.toMillis()) {
                        throw new IllegalStateException("readiness not UP within " + GIVE_UP + " of the restart");
                    }
                }
                toReady.add(millisSince(back));
                log.info(
                        "outage {}: first save {} ms after the restart, readiness UP after {} ms",
                        i + 1,
                        toSave.getLast(),
                        toReady.getLast());
            }
        }
        log.info(String.format(
                Locale.ROOT,
                "%n%d outages. Time to fail a save (ms): %s%nReadiness answer while away (ms): %s"
                        + "%nTime to the first successful save after the restart (ms): %s"
                        + "%nTime to readiness UP after the restart (ms): %s%n",
                outages,
                stats(toFail),
                stats(readinessDownMillis),
                stats(toSave),
                stats(toReady)));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static String stats(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "min %d, median %d, max %d (all: %s)",
                sorted.getFirst(),
                sorted.get(sorted.size() / 2),
                sorted.getLast(),
                values);
    }
}
