package org.upright.planner.benchmarks.database;

import java.time.LocalDate;
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
import org.upright.planner.BenchmarkApplication;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;

/**
 * Server time to load and to save a 40-exercise week through {@link WeekPlanService}, on
 * PostgreSQL, including the access check and the balance evaluation each answer carries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WeekStorageBenchmark {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private ConfigurableApplicationContext app;
    private WeekPlanService plans;
    private AccountSummary lifter;
    private long version;
    private String prescriptionId;
    private int sets = 3;

    @Setup(Level.Trial)
    public void planAFortyExerciseWeek() {
        app = BenchmarkApplication.start();
        plans = app.getBean(WeekPlanService.class);
        lifter = app.getBean(AccountService.class)
                .createConfirmed(new SignUpCommand(
                        "bench-" + UUID.randomUUID() + "@example.com",
                        "benchmark password",
                        "Bench Lifter",
                        Role.LIFTER));
        SignIn.as(lifter);
        List<String> slugs = List.of(
                CatalogSlugs.THORACIC_ROTATION,
                CatalogSlugs.BENCH_PRESS,
                CatalogSlugs.BARBELL_ROW,
                CatalogSlugs.OVERHEAD_PRESS,
                CatalogSlugs.FACE_PULL,
                CatalogSlugs.SQUAT,
                CatalogSlugs.PLANK);
        PlannedWeek week = plans.week(lifter.id(), MONDAY);
        int added = 0;
        for (int day = 0; day < 6 && added < 40; day++) {
            LocalDate date = MONDAY.plusDays(day);
            week = plans.addSession(lifter.id(), MONDAY, week.version(), date, SessionKind.STRENGTH, "Day " + day);
            String sessionId =
                    week.plan().day(date).orElseThrow().sessions().getFirst().id();
            for (int i = 0; i < 7 && added < 40; i++, added++) {
                week = plans.addExercise(
                        lifter.id(),
                        MONDAY,
                        week.version(),
                        sessionId,
                        i == 0 ? BlockType.WARM_UP : BlockType.MAIN,
                        slugs.get(i));
            }
        }
        version = week.version();
        prescriptionId = week.plan()
                .sessions()
                .flatMap(Session::prescriptions)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Benchmark
    public PlannedWeek loadWeek() {
        return plans.week(lifter.id(), MONDAY);
    }

    @Benchmark
    public PlannedWeek saveDoseChange() {
        sets = sets == 3 ? 4 : 3;
        PlannedWeek saved = plans.changePrescription(
                lifter.id(), MONDAY, version, prescriptionId, Dose.reps(sets, 8), null, null, "");
        version = saved.version();
        return saved;
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }
}
