package org.upright.planner.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Safety invariants over many random histories. Seeded plain-JUnit loops (reproducible; a failure
 * names its seed) rather than a property-testing library: see docs/adr/0004.
 */
class SafetyPropertiesTest {

    private static final LocalDate START = Journal.FIRST_MONDAY;
    private static final int DAYS = 10 * 7;
    private static final int TRIES = 1000;

    @Test
    void anyOpenRedFlagPausesThePlanWhateverThePainDataSays() {
        for (long seed = 0; seed < TRIES; seed++) {
            Random random = new Random(seed);
            Set<RedFlag> flags = flags(random);
            LocalDate flaggedOn = START.plusDays(random.nextInt(DAYS + 1));
            SafetyHistory history = new SafetyHistory(
                    List.of(new RedFlagCheck(flaggedOn, flags)),
                    clearancesBefore(flaggedOn, random.nextInt(4)),
                    readings(random),
                    adherence(random));

            SafetyAssessment assessment = SafetyAssessor.assess(history);

            String context = "seed " + seed;
            assertThat(assessment.status()).as(context).isEqualTo(SafetyStatus.STOP);
            assertThat(assessment.planPaused()).as(context).isTrue();
            assertThat(assessment.showsRedBadge()).as(context).isTrue();
            assertThat(assessment.openRedFlags()).as(context).isEqualTo(flags);
            assertThat(assessment.notices())
                    .as(context)
                    .extracting(SafetyNotice::message)
                    .containsAll(flags.stream().map(RedFlag::notice).toList());
            assertThat(assessment.mostUrgent())
                    .as(context)
                    .hasValueSatisfying(u -> assertThat(u).isGreaterThanOrEqualTo(Urgency.SEE_PROFESSIONAL_NOW));
            assertThat(assessment.progressionAllowed()).as(context).isFalse();
            assertThat(assessment.progression().blockers()).as(context).contains(ProgressionBlocker.OPEN_RED_FLAG);
        }
    }

    @Test
    void withoutRedFlagsThePlanIsNeverPausedAndTheStatusFollowsTheReferrals() {
        for (long seed = 0; seed < TRIES; seed++) {
            Random random = new Random(seed);
            SafetyAssessment assessment =
                    SafetyAssessor.assess(new SafetyHistory(List.of(), List.of(), readings(random), adherence(random)));

            String context = "seed " + seed;
            assertThat(assessment.planPaused()).as(context).isFalse();
            assertThat(assessment.status())
                    .as(context)
                    .isEqualTo(assessment.referrals().isEmpty() ? SafetyStatus.CLEAR : SafetyStatus.REFER);
            assertThat(assessment.notices()).as(context).hasSameSizeAs(assessment.referrals());
            if (RisingPainRule.applies(assessment.weeklyPain())) {
                assertThat(assessment.progressionAllowed()).as(context).isFalse();
            }
        }
    }

    @Test
    void exactImprovementAgreesWithDecimalArithmetic() {
        for (long seed = 0; seed < TRIES; seed++) {
            Random random = new Random(seed);
            int firstCount = 1 + random.nextInt(30);
            int latestCount = 1 + random.nextInt(30);
            int ft = Math.min(random.nextInt(301), firstCount * 10);
            int lt = Math.min(random.nextInt(301), latestCount * 10);
            MathContext precise = MathContext.DECIMAL128;
            BigDecimal first = BigDecimal.valueOf(ft).divide(BigDecimal.valueOf(firstCount), precise);
            BigDecimal latest = BigDecimal.valueOf(lt).divide(BigDecimal.valueOf(latestCount), precise);
            BigDecimal drop = first.subtract(latest);
            boolean expected = drop.compareTo(BigDecimal.valueOf(2)) >= 0
                    || (drop.signum() > 0 && drop.compareTo(first.multiply(new BigDecimal("0.3"), precise)) >= 0);

            // decimal division rounds, so only judge cases that are not within rounding of a threshold
            BigDecimal slack = new BigDecimal("1e-20");
            boolean nearPoints = drop.subtract(BigDecimal.valueOf(2)).abs().compareTo(slack) < 0;
            boolean nearShare =
                    drop.subtract(first.multiply(new BigDecimal("0.3"))).abs().compareTo(slack) < 0;
            if (!nearPoints && !nearShare) {
                assertThat(PainImprovement.isMeaningful(new PainTally(firstCount, ft), new PainTally(latestCount, lt)))
                        .as("seed " + seed)
                        .isEqualTo(expected);
            }
        }
    }

    private static List<PainReading> readings(Random random) {
        List<PainReading> readings = new ArrayList<>();
        int count = random.nextInt(61);
        PainLocation[] locations = PainLocation.values();
        for (int i = 0; i < count; i++) {
            PainLocation location = random.nextInt(10) < 3 ? null : locations[random.nextInt(locations.length)];
            readings.add(new PainReading(
                    START.plusDays(random.nextInt(DAYS + 1)),
                    PainTiming.values()[random.nextInt(PainTiming.values().length)],
                    random.nextInt(11),
                    location,
                    ""));
        }
        return readings;
    }

    private static List<WeeklyAdherence> adherence(Random random) {
        List<WeeklyAdherence> weeks = new ArrayList<>();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            weeks.add(new WeeklyAdherence(START.plusWeeks(random.nextInt(11)), random.nextInt(8), random.nextInt(10)));
        }
        return weeks;
    }

    private static Set<RedFlag> flags(Random random) {
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        RedFlag[] all = RedFlag.values();
        flags.add(all[random.nextInt(all.length)]);
        for (RedFlag flag : all) {
            if (random.nextInt(4) == 0) {
                flags.add(flag);
            }
        }
        return flags;
    }

    private static List<ProfessionalClearance> clearancesBefore(LocalDate flaggedOn, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new ProfessionalClearance(flaggedOn.minusDays(i * 5L), "earlier visit " + i))
                .toList();
    }
}
