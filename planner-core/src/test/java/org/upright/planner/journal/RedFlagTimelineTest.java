package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.planner.safety.ProfessionalClearance;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheck;
import org.upright.planner.safety.RedFlagHistory;

class RedFlagTimelineTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    static final Instant MORNING = Instant.parse("2026-11-10T08:00:00Z");
    static final Instant NOON = Instant.parse("2026-11-10T12:00:00Z");
    static final Instant EVENING = Instant.parse("2026-11-10T19:00:00Z");

    @Test
    void aFlagBeforeTheSameDaysClearanceIsCoveredByIt() {
        var checks = List.of(check(RedFlag.FEVER, DAY, MORNING));
        var clearances = List.of(clearance(DAY, NOON));

        assertThat(RedFlagHistory.openFlags(episodes(checks, clearances))).isEmpty();
    }

    @Test
    void aFlagAfterTheSameDaysClearanceStaysOpen() {
        var checks = List.of(check(RedFlag.FEVER, DAY, MORNING), check(RedFlag.PAIN_WORSE_AT_NIGHT, DAY, EVENING));
        var clearances = List.of(clearance(DAY, NOON));

        assertThat(RedFlagHistory.openFlags(episodes(checks, clearances))).containsExactly(RedFlag.PAIN_WORSE_AT_NIGHT);
    }

    @Test
    void aSecondClearanceThatSameEveningCoversItAgain() {
        var checks = List.of(check(RedFlag.FEVER, DAY, MORNING));
        var clearances = List.of(clearance(DAY, NOON), clearance(DAY, EVENING.plusSeconds(60)));
        var later = List.of(checks.getFirst(), check(RedFlag.FEVER, DAY, EVENING));

        assertThat(RedFlagHistory.openFlags(episodes(later, clearances))).isEmpty();
    }

    @Test
    void aClearanceDatedLaterCoversEverythingBefore() {
        var checks = List.of(check(RedFlag.FEVER, DAY, EVENING));
        var clearances = List.of(clearance(DAY.plusDays(1), MORNING));

        assertThat(RedFlagHistory.openFlags(episodes(checks, clearances))).isEmpty();
    }

    @Test
    void aTieInTimeLeavesTheFlagOpen() {
        var checks = List.of(check(RedFlag.FEVER, DAY, NOON));
        var clearances = List.of(clearance(DAY, NOON));

        assertThat(RedFlagHistory.openFlags(episodes(checks, clearances))).containsExactly(RedFlag.FEVER);
    }

    private static List<org.upright.planner.safety.RedFlagEpisode> episodes(
            List<RedFlagTimeline.Recorded<RedFlagCheck>> checks,
            List<RedFlagTimeline.Recorded<ProfessionalClearance>> clearances) {
        return RedFlagHistory.episodes(
                RedFlagTimeline.checksForRules(checks, clearances),
                clearances.stream().map(RedFlagTimeline.Recorded::value).toList());
    }

    private static RedFlagTimeline.Recorded<RedFlagCheck> check(RedFlag flag, LocalDate date, Instant at) {
        return new RedFlagTimeline.Recorded<>(RedFlagCheck.on(date, flag), date, at);
    }

    private static RedFlagTimeline.Recorded<ProfessionalClearance> clearance(LocalDate date, Instant at) {
        return new RedFlagTimeline.Recorded<>(new ProfessionalClearance(date, ""), date, at);
    }
}
