package org.upright.planner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.review.ReviewWeeks.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.upright.planner.safety.PainReading;
import org.upright.planner.safety.ProgressionBlocker;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheck;

/**
 * Invariants of the review over many random periods (seeded, reproducible: a failure names its
 * seed). The one the spec insists on: never a progression recommendation while pain rises week on
 * week or a red flag is open. Plain JUnit with seeds, for the same reason as
 * {@code BalancePropertiesTest}; named {@code …Test} so that Surefire runs it.
 */
class ReviewPropertiesTest {

    private static final int TRIES = 300;

    private static ReviewInput randomInput(long seed) {
        Random random = new Random(seed);
        int count = 4 + random.nextInt(3);
        List<WeekRecord> weeks = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int done = random.nextInt(5);
            List<PainReading> pain = new ArrayList<>();
            if (random.nextInt(4) > 0) {
                int readings = 1 + random.nextInt(4);
                for (int i = 0; i < readings; i++) {
                    LocalDate day = week(n).plusDays(random.nextInt(7));
                    int score = random.nextInt(11);
                    pain.add(random.nextBoolean() ? PainReading.before(day, score) : PainReading.after(day, score));
                }
            }
            WeekRecord base = week(n, random.nextBoolean(), done);
            weeks.add(new WeekRecord(base.plan(), base.logs(), pain, List.of()));
        }
        List<RedFlagCheck> checks = random.nextInt(5) == 0
                ? List.of(RedFlagCheck.on(
                        week(random.nextInt(count)), RedFlag.values()[random.nextInt(RedFlag.values().length)]))
                : List.of();
        return new ReviewInput(weeks, LIFTER, TARGETS, checks, List.of());
    }

    @Test
    void neverProgressWhilePainRisesOrARedFlagIsOpen() {
        int blocked = 0;
        for (long seed = 0; seed < TRIES; seed++) {
            ReviewReport report = CALCULATOR.review(randomInput(seed));
            var blockers = report.safety().progression().blockers();
            if (blockers.contains(ProgressionBlocker.PAIN_RISING)
                    || blockers.contains(ProgressionBlocker.OPEN_RED_FLAG)) {
                blocked++;
                assertThat(report.recommends(RecommendationKind.PROGRESS_STRENGTHENING))
                        .as("seed %d", seed)
                        .isFalse();
            }
        }
        assertThat(blocked).as("periods with a blocker actually checked").isGreaterThan(TRIES / 5);
    }

    @Test
    void everyReviewHasSaneNumbersAndEndsWithTheTimeFrame() {
        for (long seed = 0; seed < TRIES; seed++) {
            ReviewReport report = CALCULATOR.review(randomInput(seed));
            assertThat(report.recommendations().getLast().kind())
                    .as("seed %d", seed)
                    .isEqualTo(RecommendationKind.TIME_FRAME);
            assertThat(report.adherence()).as("seed %d", seed).isPresent();
            assertThat(report.adherence().getAsDouble()).as("seed %d", seed).isBetween(0.0, 1.0);
            assertThat(report.weeks()).allSatisfy(w -> {
                assertThat(w.completedSessions()).isBetween(0, w.plannedSessions());
                assertThat(w.balanceScore()).isBetween(0, 100);
                w.meanPainBefore().ifPresent(p -> assertThat(p).isBetween(0.0, 10.0));
            });
            boolean consistency = report.recommends(RecommendationKind.CONSISTENCY_FIRST);
            assertThat(consistency && report.recommends(RecommendationKind.PROGRESS_STRENGTHENING))
                    .as("seed %d: consistency first and progress together", seed)
                    .isFalse();
        }
    }
}
