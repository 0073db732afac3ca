package org.upright.planner.benchmarks.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.BenchmarkApplication;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.coaching.ClientRow;
import org.upright.planner.coaching.RosterService;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.WeekEdits;
import org.upright.planner.plan.WeekTemplate;
import org.upright.planner.plan.Weeks;
import org.upright.planner.plan.internal.WeekDocument;

/** Server time to build a coach's roster of 200 clients, each with six weeks of plans. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RosterBenchmark {

    static final int CLIENTS = 200;

    private ConfigurableApplicationContext app;
    private RosterService roster;

    @Setup(Level.Trial)
    public void seedTwoHundredClients() {
        app = BenchmarkApplication.start();
        roster = app.getBean(RosterService.class);
        AccountSummary coach = app.getBean(AccountService.class)
                .createConfirmed(new SignUpCommand(
                        "bench-coach-" + UUID.randomUUID() + "@example.com",
                        "benchmark password",
                        "Bench Coach",
                        Role.COACH));
        seed(app.getBean(JdbcTemplate.class), coach.id());
        SignIn.as(coach);
    }

    @Benchmark
    public List<ClientRow> buildRoster() {
        return roster.roster();
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    /** Straight into the tables: 200 × 6 service calls would take longer than the benchmark. */
    private static void seed(JdbcTemplate jdbc, long coachId) {
        LocalDate thisWeek = Weeks.startOf(LocalDate.now());
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        List<Object[]> plans = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            long id = jdbc.queryForObject("select nextval('account_seq')", Long.class);
            accounts.add(new Object[] {id, "bench-client-" + id + "@example.com", "Client " + id, now});
            links.add(
                    new Object[] {jdbc.queryForObject("select nextval('coaching_seq')", Long.class), coachId, id, now, id});
            for (int weeksAgo = 0; weeksAgo < 6; weeksAgo++) {
                LocalDate monday = thisWeek.minusWeeks(weeksAgo);
                plans.add(new Object[] {
                    jdbc.queryForObject("select nextval('week_plan_seq')", Long.class),
                    id,
                    java.sql.Date.valueOf(monday),
                    balancedWeek(monday),
                    now,
                    id
                });
            }
        }
        jdbc.batchUpdate(
                "insert into account (id, email, password_hash, display_name, role, created_at, version, weight_unit)"
                        + " values (?, ?, '{noop}unused', ?, 'LIFTER', ?, 0, 'KG')",
                accounts);
        jdbc.batchUpdate(
                "insert into coaching (id, coach_id, lifter_id, started_at, ended_at, version, current_lifter_id)"
                        + " values (?, ?, ?, ?, null, 0, ?)",
                links);
        jdbc.batchUpdate(
                "insert into week_plan (id, lifter_id, week_start, content, version, updated_at, updated_by)"
                        + " values (?, ?, ?, ?, 0, ?, ?)",
                plans);
    }

    private static String balancedWeek(LocalDate monday) {
        WeekTemplate template =
                BuiltInTemplates.find(BuiltInTemplates.BALANCED_THREE_DAY).orElseThrow();
        WeekPlan week = WeekPlan.empty(monday);
        for (WeekTemplate.Day day : template.sessions()) {
            week = WeekEdits.addSessionCopy(week, monday.with(day.day()), day.session());
        }
        return WeekDocument.write(week);
    }
}
