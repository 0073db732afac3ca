package org.upright.planner.ui.load;

import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.UprightApplication;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.report.PaperSize;
import org.upright.planner.review.ReviewPeriod;
import org.upright.planner.testsupport.TestDatabase;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.coaching.ClientsView;
import org.upright.planner.ui.review.ReviewData;
import org.upright.planner.ui.review.ReviewPrinter;
import org.upright.planner.ui.week.MyWeekView;

/**
 * Load script (not a test: timings belong to a measured run, not to CI). N simulated people use
 * the application at the same moment, in-process through Vaadin's browserless harness: the
 * server-side cost of each action, without HTTP, the browser or the UIDL JSON. The application
 * runs on the test PostgreSQL as one node; for two nodes run two of these at once against the same
 * database ({@code TEST_JDBC_URL}): two Spring contexts in one JVM do not work (the second replaces
 * the JVM-wide security-context strategy).
 *
 * <p>Each person, all starting together (barrier): signs in (password check, account, first render
 * of the planner), makes {@code edits} planner edits (add a session through the dialog, as a click
 * on "Add session", typing a title and "Save"), and prints one four-week review PDF. Reported: p50,
 * p95 and max per action, planner edits per second per node, and the heap each open planner costs
 * (used heap after a full GC with all N planners open, minus before, divided by N). Each action's
 * CPU time on its own thread is reported too: on a machine shared with other work, wall times
 * measure the queue for the cores, CPU time what the action itself costs. Then the same
 * for coaches' rosters (N/5 coaches with 5 clients each).
 *
 * <pre>
 * ./mvnw -B -o -q -pl planner-ui -am test-compile -DskipTests
 * ./mvnw -B -o -q -pl planner-ui -am dependency:build-classpath -Dmdep.outputFile=/tmp/ui-cp.txt \
 *     -Dmdep.includeScope=test
 * CP=$(tr ':' '\n' &lt; /tmp/ui-cp.txt | grep -v '/org/upright/' | paste -sd:)
 * java -Xmx1g -cp planner-ui/target/test-classes:planner-ui/target/classes:planner-reports/target/classes:\
 * planner-core/target/classes:planner-test-support/target/classes:$CP org.upright.planner.ui.load.UserLoad 25,50,100 10 1
 * </pre>
 *
 * <p>Arguments: numbers of people, one run after the other (default 25,50,100), edits each
 * (default 10), nodes (must be 1). The rosters come first: up to 20 coaches with 5 clients each.
 */
public final class UserLoad {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final ThreadLocal<Long> cpuAtStart = ThreadLocal.withInitial(() -> 0L);

    private UserLoad() {}

    public static void main(String[] args) throws Exception {
        List<Integer> levels = Arrays.stream((args.length > 0 ? args[0] : "25,50,100").split(","))
                .map(Integer::parseInt)
                .toList();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int nodeCount = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        if (nodeCount != 1) {
            // Tried: the second context replaces the JVM-wide security-context strategy (Vaadin's),
            // and the first node's services then see no signed-in person. Two nodes need two JVMs.
            throw new IllegalArgumentException("one node per JVM: run two of these against the same database");
        }
        TestDatabase.Connection db = TestDatabase.get();
        System.setProperty("spring.datasource.url", db.jdbcUrl());
        System.setProperty("spring.datasource.username", db.username());
        System.setProperty("spring.datasource.password", db.password());
        System.setProperty("spring.datasource.driver-class-name", "org.postgresql.Driver");
        System.setProperty("upright.demo-data", "never");
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("server.port", "0");
        System.setProperty("vaadin.productionMode", "true");
        // Enough connections for the people of a node (Hikari's default is 10).
        System.setProperty("spring.datasource.hikari.maximum-pool-size", "20");
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < nodeCount; i++) {
                nodes.add(new SpringApplicationBuilder(UprightApplication.class)
                        .bannerMode(Banner.Mode.OFF)
                        .run());
            }
            new UserLoad().run(nodes, levels, edits);
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
        }
    }

    private void run(List<ConfigurableApplicationContext> nodes, List<Integer> levels, int edits) throws Exception {
        int most = levels.stream().mapToInt(Integer::intValue).max().orElseThrow();
        ConfigurableApplicationContext first = nodes.getFirst();
        TestPeople people = new TestPeople(first.getBean(AccountService.class), first.getBean(CoachingService.class));
        WeekPlanService plans = first.getBean(WeekPlanService.class);
        LocalDate last = ReviewPeriod.lastCompleteWeek(LocalDate.now());
        List<AccountSummary> lifters = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            AccountSummary lifter = people.create("Load Lifter " + i, Role.LIFTER);
            ReviewData.balancedWeeks(plans, lifter, 4);
            lifters.add(lifter);
        }
        List<BrowserlessApplicationContext> browserless = nodes.stream()
                .<BrowserlessApplicationContext>map(
                        node -> SpringBrowserlessApplicationContext.createSecured(node, "org.upright.planner.ui"))
                .toList();
        roster(nodes, browserless, people, lifters);
        // Warm-up, not counted: the first clicks of a fresh JVM run interpreted code.
        level(nodes, browserless, lifters.subList(0, Math.min(10, most)), edits, last);
        report("(the run above was the warm-up)");
        for (int peopleCount : levels) {
            timings.clear();
            level(nodes, browserless, lifters.subList(0, peopleCount), edits, last);
        }
    }

    private void level(
            List<ConfigurableApplicationContext> nodes,
            List<BrowserlessApplicationContext> browserless,
            List<AccountSummary> lifters,
            int edits,
            LocalDate last)
            throws Exception {
        int peopleCount = lifters.size();
        report(
                "%d people, %d edits each, %d node(s); %d cores, load %s",
                peopleCount, edits, nodes.size(), Runtime.getRuntime().availableProcessors(), load());

        long before = usedHeapAfterGc();
        List<BrowserlessUIContext> open = new ArrayList<>();
        long[] editsWindow = {Long.MAX_VALUE, 0};
        runTogether(peopleCount, i -> {
            AccountSummary lifter = lifters.get(i);
            ConfigurableApplicationContext node = nodes.get(i % nodes.size());
            long start = begin();
            Authentication signedIn = node.getBean(AuthenticationManager.class)
                    .authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(lifter.email(), TestPeople.PASSWORD));
            BrowserlessUserContext user = ((SecuredBrowserlessApplicationContext<Authentication>)
                            browserless.get(i % nodes.size()))
                    .newUser(signedIn);
            BrowserlessUIContext ui = user.newWindow();
            ui.navigate(MyWeekView.class);
            record("sign-in + planner", start);
            synchronized (editsWindow) {
                editsWindow[0] = Math.min(editsWindow[0], System.nanoTime());
            }
            for (int k = 0; k < edits; k++) {
                long editStart = begin();
                ui.test(ui.find(Button.class).withClassName("add-session").all().get(k % 7))
                        .click();
                ui.test(ui.find(TextField.class).withCaption("Title").single())
                        .setValue("Load " + peopleCount + "/" + k);
                ui.test(ui.find(Button.class).withText("Save").single()).click();
                record("planner edit", editStart);
            }
            synchronized (editsWindow) {
                editsWindow[1] = Math.max(editsWindow[1], System.nanoTime());
            }
            long pdfStart = begin();
            SecurityContextHolder.getContext().setAuthentication(signedIn);
            ReviewPrinter printer = node.getBean(ReviewPrinter.class);
            printer.write(
                    printer.prepare(lifter.id(), last, 4, PaperSize.A4, Locale.ENGLISH)
                            .sheet(),
                    OutputStream.nullOutputStream());
            record("review PDF", pdfStart);
            synchronized (open) {
                open.add(ui);
            }
        });
        long after = usedHeapAfterGc();
        // An edit the database refused (the screen says "couldn't save") must not count as fast.
        WeekPlanService plans = nodes.getFirst().getBean(WeekPlanService.class);
        LocalDate today = LocalDate.now();
        long saved = lifters.stream()
                .mapToLong(lifter -> TestPeople.as(
                        lifter,
                        () -> plans.week(lifter.id(), today)
                                .plan()
                                .sessions()
                                .filter(session -> session.title().startsWith("Load " + peopleCount + "/"))
                                .count()))
                .sum();
        report("edits saved: %d of %d", saved, lifters.size() * edits);
        for (String action : List.of("sign-in + planner", "planner edit", "review PDF")) {
            report("%-18s %s", action, percentiles(action));
            report("%-18s %s", "  its CPU", percentiles(action + " (CPU of its thread)"));
        }
        double editSeconds = (editsWindow[1] - editsWindow[0]) / 1e9;
        report(
                "planner edits: %.1f per second per node (%d edits from the first to the last, %.1f s, %d node(s);"
                        + " sign-ins still going at the start)",
                completedEdits() / editSeconds / nodes.size(), completedEdits(), editSeconds, nodes.size());
        report(
                "heap per open planner: %.0f KiB (used heap after full GC: %d MiB before, %d MiB with %d open)",
                (after - before) / 1024.0 / Math.max(1, open.size()), before >> 20, after >> 20, open.size());
        report("load after: %s", load());
        // These people stay signed in (a session can only be closed on its own thread); the next
        // run's heap is measured from what they hold.
    }

    private void roster(
            List<ConfigurableApplicationContext> nodes,
            List<BrowserlessApplicationContext> browserless,
            TestPeople people,
            List<AccountSummary> lifters)
            throws Exception {
        int coachCount = Math.max(1, Math.min(20, lifters.size() / 5));
        List<AccountSummary> coaches = new ArrayList<>();
        for (int c = 0; c < coachCount; c++) {
            AccountSummary coach = people.create("Load Coach " + c, Role.COACH);
            for (int k = 0; k < 5 && c * 5 + k < lifters.size(); k++) {
                people.link(coach, lifters.get(c * 5 + k));
            }
            coaches.add(coach);
        }
        long before = usedHeapAfterGc();
        List<BrowserlessUIContext> open = new ArrayList<>();
        runTogether(coachCount, c -> {
            ConfigurableApplicationContext node = nodes.get(c % nodes.size());
            AccountSummary coach = coaches.get(c);
            long start = begin();
            Authentication signedIn = node.getBean(AuthenticationManager.class)
                    .authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(coach.email(), TestPeople.PASSWORD));
            BrowserlessUIContext ui = ((SecuredBrowserlessApplicationContext<Authentication>)
                            browserless.get(c % nodes.size()))
                    .newUser(signedIn)
                    .newWindow();
            ui.navigate(ClientsView.class);
            record("sign-in + roster", start);
            synchronized (open) {
                open.add(ui);
            }
        });
        long after = usedHeapAfterGc();
        report("%-18s %s", "sign-in + roster", percentiles("sign-in + roster"));
        report("%-18s %s", "  its CPU", percentiles("sign-in + roster (CPU of its thread)"));
        report(
                "heap per open roster (5 clients): %.0f KiB (%d coaches)",
                (after - before) / 1024.0 / coachCount, open.size());
        timings.clear();
    }

    /** Runs {@code work} for 0..n-1 on n threads that start at the same moment. */
    private static void runTogether(int n, ThrowingIntConsumer work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        ConcurrentLinkedQueue<Throwable> failed = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            threads.add(Thread.ofPlatform().name("person-" + i).start(() -> {
                try {
                    start.await(5, TimeUnit.MINUTES);
                    work.accept(index);
                } catch (Throwable e) {
                    failed.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failed.isEmpty()) {
            // Reported, not fatal: under overload a page may fail ("the database cannot be reached"
            // when no pooled connection frees up within 3 s, docs/adr/0008); that is a result too.
            report("%d of %d people stopped with an error, first: %s", failed.size(), n, failed.peek());
        }
    }

    @FunctionalInterface
    private interface ThrowingIntConsumer {
        void accept(int index) throws Exception;
    }

    private int completedEdits() {
        return timings.getOrDefault("planner edit", new ConcurrentLinkedQueue<>())
                .size();
    }

    private void record(String action, long start) {
        timings.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuAtStart.get();
        timings.computeIfAbsent(action + " (CPU of its thread)", a -> new ConcurrentLinkedQueue<>())
                .add(cpu);
    }

    /** Marks the start of an action; returns the wall clock, and notes the thread's CPU time. */
    private long begin() {
        cpuAtStart.set(THREADS.getCurrentThreadCpuTime());
        return System.nanoTime();
    }

    private String percentiles(String action) {
        if (!timings.containsKey(action)) {
            return "none completed";
        }
        long[] sorted =
                timings.get(action).stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(
                Locale.ROOT,
                "n=%d p50=%.0f ms p95=%.0f ms max=%.0f ms",
                sorted.length,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String load() {
        return Arrays.toString(
                new double[] {ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()});
    }

    private static void report(String format, Object... args) {
        System.out.println("[load] " + String.format(Locale.ROOT, format, args));
    }
}
