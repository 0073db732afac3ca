package org.upright.planner.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SafetyPropertiesTest {

    private static final LocalDate START = Journal.FIRST_MONDAY;
    private static final int DAYS = 10 * 7;

    @Property
    void any_open_red_flag_pauses_the_plan_whatever_the_pain_data_says(
            @ForAll("readings") List<PainReading> readings,
            @ForAll("adherence") List<WeeklyAdherence> adherence,
            @ForAll("flags") Set<RedFlag> flags,
            @ForAll @IntRange(min = 0, max = DAYS) int flaggedOnDay,
            @ForAll @IntRange(min = 0, max = 3) int earlierClearances) {
        LocalDate flaggedOn = START.plusDays(flaggedOnDay);
        SafetyHistory history = new SafetyHistory(
                List.of(new RedFlagCheck(flaggedOn, flags)),
                clearancesBefore(flaggedOn, earlierClearances),
                readings,
                adherence);

        SafetyAssessment assessment = SafetyAssessor.assess(history);

        assertThat(assessment.status()).isEqualTo(SafetyStatus.STOP);
        assertThat(assessment.planPaused()).isTrue();
        assertThat(assessment.showsRedBadge()).isTrue();
        assertThat(assessment.openRedFlags()).isEqualTo(flags);
        assertThat(assessment.notices())
                .extracting(SafetyNotice::message)
                .containsAll(flags.stream().map(RedFlag::notice).toList());
        assertThat(assessment.mostUrgent())
                .hasValueSatisfying(u -> assertThat(u).isGreaterThanOrEqualTo(Urgency.SEE_PROFESSIONAL_NOW));
        assertThat(assessment.progressionAllowed()).isFalse();
        assertThat(assessment.progression().blockers()).contains(ProgressionBlocker.OPEN_RED_FLAG);
    }

    @Property
    void without_red_flags_the_plan_is_never_paused_and_status_follows_referrals(
            @ForAll("readings") List<PainReading> readings, @ForAll("adherence") List<WeeklyAdherence> adherence) {
        SafetyAssessment assessment =
                SafetyAssessor.assess(new SafetyHistory(List.of(), List.of(), readings, adherence));

        assertThat(assessment.planPaused()).isFalse();
        assertThat(assessment.status())
                .isEqualTo(assessment.referrals().isEmpty() ? SafetyStatus.CLEAR : SafetyStatus.REFER);
        assertThat(assessment.notices()).hasSameSizeAs(assessment.referrals());
        if (RisingPainRule.applies(assessment.weeklyPain())) {
            assertThat(assessment.progressionAllowed()).isFalse();
        }
    }

    @Property
    void exact_improvement_agrees_with_decimal_arithmetic(
            @ForAll @IntRange(min = 1, max = 30) int firstCount,
            @ForAll @IntRange(min = 0, max = 300) int firstTotal,
            @ForAll @IntRange(min = 1, max = 30) int latestCount,
            @ForAll @IntRange(min = 0, max = 300) int latestTotal) {
        int ft = Math.min(firstTotal, firstCount * 10);
        int lt = Math.min(latestTotal, latestCount * 10);
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
                    .isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<List<PainReading>> readings() {
        Arbitrary<PainReading> reading = Combinators.combine(
                        Arbitraries.integers().between(0, DAYS),
                        Arbitraries.of(PainTiming.class),
                        Arbitraries.integers().between(0, 10),
                        Arbitraries.of(PainLocation.class).injectNull(0.3))
                .as((day, timing, score, location) ->
                        new PainReading(START.plusDays(day), timing, score, location, ""));
        return reading.list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<WeeklyAdherence>> adherence() {
        Arbitrary<WeeklyAdherence> week = Combinators.combine(
                        Arbitraries.integers().between(0, 10),
                        Arbitraries.integers().between(0, 7),
                        Arbitraries.integers().between(0, 9))
                .as((n, planned, completed) -> new WeeklyAdherence(START.plusWeeks(n), planned, completed));
        return week.list().ofMaxSize(11);
    }

    @Provide
    Arbitrary<Set<RedFlag>> flags() {
        return Arbitraries.of(RedFlag.class).set().ofMinSize(1);
    }

    private static List<ProfessionalClearance> clearancesBefore(LocalDate flaggedOn, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new ProfessionalClearance(flaggedOn.minusDays(i * 5L), "earlier visit " + i))
                .toList();
    }
}
