package org.upright.planner.safety;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * When the red-flag checklist must be asked (domain §4): at sign-up, at the first pain check-in of
 * each ISO week, and whenever a pain score of {@value #HIGH_PAIN_SCORE} or more is entered.
 *
 * <p>A note that mentions a warning sign ({@link WarningSignWords}) asks too, every time and before
 * anything else: the lifter has just told us something the checklist exists for, so the check-in
 * answers with the questions, never with advice.
 *
 * <p>Choices: high pain asks every time, even twice in a day — a new high score is new information.
 * The weekly question is skipped when the checklist was already answered earlier that same week
 * (for example at sign-up on a Wednesday): the week is then already screened.
 */
public final class RedFlagCheckSchedule {

    public static final int HIGH_PAIN_SCORE = 7;

    private RedFlagCheckSchedule() {}

    /** Sign-up always asks. */
    public static RedFlagCheckReason atSignUp() {
        return RedFlagCheckReason.SIGN_UP;
    }

    /**
     * Whether to ask as {@code reading} is entered.
     *
     * @param earlierReadings pain readings already recorded (not including {@code reading})
     * @param earlierChecks red-flag checklists already answered
     * @return the reason to ask, or empty when the checklist need not be shown
     */
    public static Optional<RedFlagCheckReason> atPainCheckIn(
            PainReading reading, Collection<PainReading> earlierReadings, Collection<RedFlagCheck> earlierChecks) {
        if (WarningSignWords.mentionsAny(reading.note())) {
            return Optional.of(RedFlagCheckReason.WARNING_SIGN_IN_NOTE);
        }
        if (reading.score() >= HIGH_PAIN_SCORE) {
            return Optional.of(RedFlagCheckReason.HIGH_PAIN);
        }
        LocalDate week = reading.weekStart();
        boolean checkedInThisWeek =
                earlierReadings.stream().anyMatch(r -> r.weekStart().equals(week));
        boolean screenedThisWeek = earlierChecks.stream()
                .anyMatch(c ->
                        IsoWeeks.startOf(c.date()).equals(week) && !c.date().isAfter(reading.date()));
        if (checkedInThisWeek || screenedThisWeek) {
            return Optional.empty();
        }
        return Optional.of(RedFlagCheckReason.FIRST_CHECK_IN_OF_WEEK);
    }
}
