package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.common.Texts;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.review.Recommendation;
import org.upright.planner.review.RecommendationKind;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.ProgressionBlocker;
import org.upright.planner.safety.SafetyService;

/**
 * "No progression suggestion is ever made while pain is rising week on week" (domain §5), through
 * the services and the database: four weeks of fully done sessions, pain far lower than in the
 * first week — everything that earns a progression — except that the latest week is worse than the
 * one before. Seeded (docs/adr/0004); a control run with falling pain shows the advice does appear
 * otherwise, so the check can fail.
 */
@DatabaseTest
class NoProgressionWhilePainRisesTest {

    private static final int SEEDS = 6;

    @Autowired
    JournalService journal;

    @Autowired
    SafetyService safety;

    @Autowired
    SessionLogService logs;

    @Autowired
    CheckInService checkIns;

    @Autowired
    People people;

    @Autowired
    JournalFixtures fixtures;

    @Test
    void risingPainHoldsProgressionBackOnTheJournalAndInTheSafetyStatus() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            int previous = 1 + random.nextInt(3); // 1–3
            int latest = previous + 1 + random.nextInt(2); // higher, still below 7
            int first = latest + 3 + random.nextInt(10 - latest - 3 + 1); // well above both
            AccountSummary lifter = steadyLifter(seed, List.of(first, first, previous, latest));
            String context = "seed " + seed + ", weekly pain " + List.of(first, first, previous, latest);

            List<Recommendation> advice = people.as(lifter, () -> journal.advice(lifter.id()));

            assertThat(advice)
                    .as(context)
                    .extracting(Recommendation::kind)
                    .doesNotContain(RecommendationKind.PROGRESS_STRENGTHENING)
                    .contains(RecommendationKind.PROGRESSION_ON_HOLD);
            assertThat(Texts.render(
                            advice.stream()
                                    .filter(r -> r.kind() == RecommendationKind.PROGRESSION_ON_HOLD)
                                    .findFirst()
                                    .orElseThrow()
                                    .message(),
                            Locale.ENGLISH))
                    .as(context)
                    .contains(Texts.render(ProgressionBlocker.PAIN_RISING.reason(), Locale.ENGLISH));
            var assessment = people.as(lifter, () -> safety.assess(lifter.id()));
            assertThat(assessment.progressionAllowed()).as(context).isFalse();
            assertThat(assessment.progression().blockers()).as(context).contains(ProgressionBlocker.PAIN_RISING);
        }
    }

    @Test
    void control_fallingPainWithTheSameTrainingDoesEarnTheProgression() {
        AccountSummary lifter = steadyLifter(99, List.of(7, 6, 4, 3));

        List<Recommendation> advice = people.as(lifter, () -> journal.advice(lifter.id()));

        assertThat(advice).extracting(Recommendation::kind).contains(RecommendationKind.PROGRESS_STRENGTHENING);
    }

    /** Four weeks (three back and this one), one session each Monday, all done, pain as given. */
    private AccountSummary steadyLifter(long seed, List<Integer> weeklyPain) {
        AccountSummary lifter = people.lifter("Steady " + seed);
        List<LocalDate> mondays = new ArrayList<>();
        for (int weeksAgo = 3; weeksAgo >= 0; weeksAgo--) {
            mondays.add(JournalFixtures.thisWeek().minusWeeks(weeksAgo));
        }
        for (int i = 0; i < mondays.size(); i++) {
            LocalDate monday = mondays.get(i);
            int pain = weeklyPain.get(i);
            PlannedWeek week = fixtures.planSession(lifter, monday, "Rows");
            String id = JournalFixtures.sessionId(week, "Rows");
            people.as(lifter, () -> {
                logs.markDone(lifter.id(), monday, id, LoggedSession.NOT_LOGGED, DoneDetails.asPlanned(monday));
                checkIns.checkIn(lifter.id(), PainEntry.of(monday, PainTiming.BEFORE, pain), Set.of());
                checkIns.checkIn(lifter.id(), PainEntry.of(monday, PainTiming.AFTER, pain), Set.of());
            });
        }
        return lifter;
    }
}
