package org.upright.planner.ui.review;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.upright.planner.UprightApplication;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.balance.Session;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.LoggedSession;
import org.upright.planner.journal.PainEntry;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.ExistingSessions;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.report.PaperSize;
import org.upright.planner.report.ReviewPdf;
import org.upright.planner.report.ReviewSheet;
import org.upright.planner.review.BulkReviewJobs;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.testsupport.TestDatabase;
import org.upright.planner.ui.TestPeople;

/**
 * Load script (not a test: timings belong to a quiet machine, not to CI). Starts the application
 * on the test PostgreSQL (its web server on a random port, unused), gives one coach N clients with
 * six weeks of plans, logged sessions and pain check-ins, then measures:
 *
 * <ol>
 *   <li>one six-week review from the database to PDF bytes (load, calculate, map, render), warm;
 *   <li>rendering alone from the assembled sheet, warm, for comparison;
 *   <li>the bulk ZIP of all N clients as a background job: wall time and heap (used heap after a
 *       full GC before the job, peak used heap sampled every 5 ms while it runs, used heap after a
 *       full GC once it is done).
 * </ol>
 *
 * From the repository root, with JAVA_HOME on a JDK 21+:
 *
 * <pre>
 * ./mvnw -B -o -q -pl planner-ui -am test-compile -DskipTests
 * ./mvnw -B -o -q -pl planner-ui -am dependency:build-classpath -Dmdep.outputFile=/tmp/ui-cp.txt \
 *     -Dmdep.includeScope=test
 * # our own modules from target/classes, not whatever was installed in ~/.m2
 * CP=$(tr ':' '\n' &lt; /tmp/ui-cp.txt | grep -v '/org/upright/' | paste -sd:)
 * java -Xmx512m -cp planner-ui/target/test-classes:planner-ui/target/classes:planner-reports/target/classes:\
 * planner-core/target/classes:planner-test-support/target/classes:$CP org.upright.planner.ui.review.ReviewLoad 200 300
 * </pre>
 *
 * <p>The bulk job's memory should not depend on the number of clients: run it again with a heap
 * only a little above the application's own (for example {@code -Xmx128m}) and it still finishes.
 *
 * <p>Arguments: clients (default 200), timed single reviews (default 300).
 */
public final class ReviewLoad {

    private ReviewLoad() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        TestDatabase.Connection db = TestDatabase.get();
        // System properties, because they win over application.properties (builder defaults do not).
        System.setProperty("spring.datasource.url", db.jdbcUrl());
        System.setProperty("spring.datasource.username", db.username());
        System.setProperty("spring.datasource.password", db.password());
        System.setProperty("spring.datasource.driver-class-name", "org.postgresql.Driver");
        System.setProperty("upright.demo-data", "never");
        System.setProperty("logging.level.root", "WARN");
        // The security configuration needs a servlet context; no request reaches this port.
        System.setProperty("server.port", "0");
        // No Vaadin development mode: it would write generated frontend files into the current folder.
        System.setProperty("vaadin.productionMode", "true");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(UprightApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .run()) {
            new ReviewLoad().run(app, clients, runs);
        }
    }

    private void run(ConfigurableApplicationContext app, int clientCount, int runs) throws Exception {
        AccountService accounts = app.getBean(AccountService.class);
        CoachingService coaching = app.getBean(CoachingService.class);
        TestPeople people = new TestPeople(accounts, coaching);
        LocalDate end = Weeks.startOf(LocalDate.now());
        int weeks = 6;

        long seedStart = System.nanoTime();
        AccountSummary coach = people.create("Load Coach", Role.COACH);
        List<AccountSummary> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            AccountSummary client = people.create("Klient Łukasz-" + i + " Ångström", Role.LIFTER);
            people.link(coach, client);
            seed(app, client, end, weeks);
            clients.add(client);
        }
        report("seeded %d clients with %d weeks each in %.1f s", clientCount, weeks, seconds(seedStart));

        TestPeople.signIn(coach);
        ReviewPrinter printer = app.getBean(ReviewPrinter.class);
        long[] endToEnd = new long[runs];
        for (int i = 0; i < runs * 2 + runs; i++) {
            AccountSummary client = clients.get(i % clients.size());
            long start = System.nanoTime();
            ReviewPrinter.Printable printable = printer.prepare(client.id(), end, weeks, PaperSize.A4, Locale.ENGLISH);
            printer.write(printable.sheet(), OutputStream.nullOutputStream());
            if (i >= runs * 2) {
                endToEnd[i - runs * 2] = System.nanoTime() - start;
            }
        }
        report("one %d-week review, database to PDF: %s", weeks, percentiles(endToEnd));

        ReviewSheet sheet = printer.prepare(clients.getFirst().id(), end, weeks, PaperSize.A4, Locale.ENGLISH)
                .sheet();
        ReviewPdf pdf = new ReviewPdf();
        long[] renderOnly = new long[runs];
        for (int i = 0; i < runs * 3; i++) {
            long start = System.nanoTime();
            pdf.render(sheet, OutputStream.nullOutputStream());
            if (i >= runs * 2) {
                renderOnly[i - runs * 2] = System.nanoTime() - start;
            }
        }
        report("one %d-week review, render from the assembled sheet: %s", weeks, percentiles(renderOnly));

        bulk(app.getBean(BulkReviewJobs.class), clientCount, end, weeks);
    }

    private static void bulk(BulkReviewJobs bulk, int clientCount, LocalDate end, int weeks) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        // Heap is sampled and the job watched on a schedule, like the screen's poll; the main
        // thread waits for the job to report that it has finished.
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
        timer.scheduleAtFixedRate(
                () -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0,
                5,
                TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        var securityContext = org.springframework.security.core.context.SecurityContextHolder.getContext();
        bulk.start(List.of(), end, weeks, PaperSize.A4.name());
        CountDownLatch finished = new CountDownLatch(1);
        timer.scheduleAtFixedRate(
                () -> {
                    org.springframework.security.core.context.SecurityContextHolder.setContext(securityContext);
                    if (!bulk.myJob().orElseThrow().active()) {
                        finished.countDown();
                    }
                },
                20,
                20,
                TimeUnit.MILLISECONDS);
        if (!finished.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the bulk job did not finish within 5 minutes");
        }
        double took = seconds(start);
        timer.shutdownNow();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        long size = bulk.myZip().map(BulkReviewJobs.StoredZip::size).orElse(-1L);
        report(
                "bulk of %d clients: %s in %.2f s, ZIP %d KB; heap used %d MB before, peak %d MB during"
                        + " (+%d MB), %d MB after GC (max heap %d MB)",
                clientCount,
                bulk.myJob().orElseThrow().state(),
                took,
                size / 1024,
                before >> 20,
                peak.get() >> 20,
                (peak.get() - before) >> 20,
                after >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        bulk.dismiss();
    }

    /** Six weeks of the balanced template, most sessions done, two check-ins in the recent weeks. */
    private static void seed(ConfigurableApplicationContext app, AccountSummary client, LocalDate end, int weeks) {
        WeekPlanService plans = app.getBean(WeekPlanService.class);
        SessionLogService logs = app.getBean(SessionLogService.class);
        CheckInService checkIns = app.getBean(CheckInService.class);
        LocalDate today = LocalDate.now();
        TestPeople.as(client, () -> {
            for (int back = weeks - 1; back >= 0; back--) {
                LocalDate monday = end.minusWeeks(back);
                PlannedWeek week = plans.applyTemplate(
                        client.id(),
                        monday,
                        PlannedWeek.NOT_SAVED,
                        BuiltInTemplates.BALANCED_THREE_DAY,
                        ExistingSessions.KEEP);
                List<Session> sessions = week.plan().sessions().toList();
                for (int s = 0; s < sessions.size() - 1; s++) {
                    if (!monday.isAfter(today)) {
                        logs.markDoneAsPlanned(
                                client.id(), monday, sessions.get(s).id(), LoggedSession.NOT_LOGGED);
                    }
                }
                if (!monday.isBefore(today.minusDays(27))) {
                    checkIns.checkIn(client.id(), PainEntry.of(monday, PainTiming.BEFORE, 3 + back / 2), Set.of());
                    checkIns.checkIn(client.id(), PainEntry.of(monday, PainTiming.AFTER, 2 + back / 2), Set.of());
                }
            }
            return null;
        });
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "median %.2f ms, p90 %.2f ms, min %.2f ms (%d runs)",
                sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 9 / 10] / 1e6,
                sorted[0] / 1e6,
                sorted.length);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void report(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
