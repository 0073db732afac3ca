package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheckReason;
import org.upright.planner.safety.SafetyAssessment;
import org.upright.planner.safety.SafetyNotice;
import org.upright.planner.safety.SafetyService;
import org.upright.planner.safety.SafetyStatus;

/**
 * A red flag entered anywhere — the sign-up checklist, a weekly check-in, a high-pain check-in, a
 * report on its own — always produces the notice, the paused plan and the coach's red badge, until
 * the lifter records a professional's clearance; in random sequences of journal entries, including
 * clearances and new flags on the same day. Seeded loops against the real database (docs/adr/0004):
 * every failure names its seed and step.
 */
@DatabaseTest
class RedFlagAlwaysSurfacesTest {

    private static final int SEEDS = 16;
    private static final int STEPS = 7;

    @Autowired
    CheckInService checkIns;

    @Autowired
    SafetyService safety;

    @Autowired
    People people;

    @Test
    void everyFlagSurfacesUntilCleared() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            AccountSummary coach = people.coach("Coach " + seed);
            AccountSummary lifter = people.lifter("Lifter " + seed);
            people.coaches(coach, lifter, false);
            Set<RedFlag> openSinceClearance = EnumSet.noneOf(RedFlag.class);
            for (int step = 0; step < STEPS; step++) {
                String context = "seed " + seed + ", step " + step;
                int action = random.nextInt(4);
                Set<RedFlag> ticked = random.nextInt(3) == 0 ? randomFlags(random) : Set.of();
                Set<RedFlag> entered;
                if (action == 0) {
                    people.as(lifter, () -> checkIns.answerRedFlags(lifter.id(), ticked, RedFlagCheckReason.SIGN_UP));
                    entered = ticked;
                } else if (action == 1) {
                    int score = random.nextInt(11);
                    boolean due = people.as(
                                    lifter, () -> checkIns.checklistDue(lifter.id(), LocalDate.now(), score, ""))
                            .isPresent();
                    people.as(
                            lifter,
                            () -> checkIns.checkIn(
                                    lifter.id(),
                                    PainEntry.of(LocalDate.now(), PainTiming.BEFORE, score),
                                    due ? ticked : null));
                    entered = due ? ticked : Set.of();
                } else {
                    if (!openSinceClearance.isEmpty()) {
                        people.as(lifter, () -> checkIns.recordClearance(lifter.id(), LocalDate.now(), "seen"));
                        openSinceClearance.clear();
                    }
                    entered = Set.of();
                }
                openSinceClearance.addAll(entered);
                check(context, lifter, coach, openSinceClearance);
            }
            check("seed " + seed + ", end", lifter, coach, openSinceClearance);
        }
    }

    private void check(String context, AccountSummary lifter, AccountSummary coach, Set<RedFlag> expectedOpen) {
        SafetyAssessment mine = people.as(lifter, () -> safety.assess(lifter.id()));
        SafetyAssessment coachView =
                people.as(coach, () -> safety.assessAll(List.of(lifter.id()))).get(lifter.id());
        for (SafetyAssessment assessment : List.of(mine, coachView)) {
            assertThat(assessment.openRedFlags()).as(context).isEqualTo(expectedOpen);
            assertThat(assessment.planPaused()).as(context).isEqualTo(!expectedOpen.isEmpty());
            assertThat(assessment.showsRedBadge()).as(context).isEqualTo(!expectedOpen.isEmpty());
            if (!expectedOpen.isEmpty()) {
                assertThat(assessment.status()).as(context).isEqualTo(SafetyStatus.STOP);
                assertThat(assessment.notices())
                        .as(context)
                        .extracting(SafetyNotice::message)
                        .containsAll(expectedOpen.stream().map(RedFlag::notice).toList());
                assertThat(assessment.progressionAllowed()).as(context).isFalse();
            }
        }
    }

    private static Set<RedFlag> randomFlags(Random random) {
        EnumSet<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        RedFlag[] all = RedFlag.values();
        flags.add(all[random.nextInt(all.length)]);
        if (random.nextBoolean()) {
            flags.add(all[random.nextInt(all.length)]);
        }
        return flags;
    }
}
