package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.upright.planner.CoreTestApplication;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;
import org.upright.planner.testsupport.TestDatabaseConfiguration;

/**
 * Loading and saving a full week costs a fixed, small number of SQL statements however many
 * sessions and exercises it holds: the week is one document, not a tree of rows.
 */
@SpringBootTest(
        classes = CoreTestApplication.class,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({TestDatabaseConfiguration.class, People.class})
class WeekPlanStatementCountTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    WeekPlanService plans;

    @Autowired
    People people;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aFortyExerciseWeekLoadsInFiveStatementsSavesInEightAndUndoesInNine() {
        AccountSummary lifter = people.lifter("Forty Lines");
        PlannedWeek week = people.as(lifter, () -> fortyPrescriptionWeek(lifter));
        assertThat(week.plan()
                        .sessions()
                        .mapToLong(s -> s.prescriptions().count())
                        .sum())
                .isEqualTo(40);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        people.as(lifter, () -> plans.week(lifter.id(), MONDAY));
        long loadStatements = statistics.getPrepareStatementCount();

        String first = week.plan()
                .sessions()
                .findFirst()
                .orElseThrow()
                .prescriptions()
                .findFirst()
                .orElseThrow()
                .id();
        statistics.clear();
        PlannedWeek changed = people.as(
                lifter,
                () -> plans.changePrescription(
                        lifter.id(), MONDAY, week.version(), first, Dose.reps(4, 8), null, null, ""));
        long saveStatements = statistics.getPrepareStatementCount();

        statistics.clear();
        people.as(lifter, () -> plans.undo(lifter.id(), MONDAY, changed.version(), changed.version()));
        long undoStatements = statistics.getPrepareStatementCount();

        // load: the week, the previous week (for the volume rule), the training profile, and the
        // red-flag checks and clearances that say whether the plan is paused
        assertThat(loadStatements).isEqualTo(5);
        // save: the red-flag checks and clearances (a paused plan is never edited), read the week,
        // write it, keep the new version and drop the oldest kept (undo), then the previous week
        // and the profile for the fresh report
        assertThat(saveStatements).isLessThanOrEqualTo(8);
        // undo: as a save, plus one read of the two kept versions it takes back
        assertThat(undoStatements).isLessThanOrEqualTo(9);
    }

    private PlannedWeek fortyPrescriptionWeek(AccountSummary lifter) {
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
            long version = week.version();
            LocalDate date = MONDAY.plusDays(day);
            week = plans.addSession(lifter.id(), MONDAY, version, date, SessionKind.STRENGTH, "Day " + (day + 1));
            String sessionId = week.plan().day(date).orElseThrow().sessions().stream()
                    .map(Session::id)
                    .findFirst()
                    .orElseThrow();
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
        return week;
    }
}
