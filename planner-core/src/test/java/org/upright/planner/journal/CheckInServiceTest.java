package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.planner.journal.JournalFixtures.today;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.common.Texts;
import org.upright.planner.safety.PainLocation;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheckReason;
import org.upright.planner.safety.SafetyAssessment;
import org.upright.planner.safety.SafetyService;
import org.upright.planner.safety.SafetyStatus;
import org.upright.planner.safety.Urgency;

@DatabaseTest
class CheckInServiceTest {

    @Autowired
    CheckInService checkIns;

    @Autowired
    SafetyService safety;

    @Autowired
    People people;

    AccountSummary lifter;

    @BeforeEach
    void aNewLifter() {
        lifter = people.lifter("Paige Pain");
    }

    @Test
    void theFirstCheckInOfTheWeekAsksTheChecklistAndTheSecondDoesNot() {
        assertThat(due(3)).contains(RedFlagCheckReason.FIRST_CHECK_IN_OF_WEEK);
        assertThatThrownBy(() -> checkIn(3, null))
                .isInstanceOfSatisfying(
                        JournalEntryRejected.class,
                        e -> assertThat(e.field()).isEqualTo(JournalEntryRejected.RED_FLAGS));

        CheckInOutcome first = checkIn(3, Set.of());

        assertThat(first.redFlagCheck())
                .hasValueSatisfying(c -> assertThat(c.anyFlagged()).isFalse());
        assertThat(due(2)).isEmpty();
        assertThat(checkIn(2, null).redFlagCheck()).isEmpty();
    }

    @Test
    void aNoteThatMentionsAWarningSignOpensTheChecklistInsteadOfBeingSavedQuietly() {
        checkIn(2, Set.of());
        PainEntry tingling =
                new PainEntry(today(), PainTiming.AFTER, 3, null, "Tingling in my fingers since yesterday", null);

        assertThat(people.as(lifter, () -> checkIns.checklistDue(lifter.id(), today(), 3, tingling.note())))
                .contains(RedFlagCheckReason.WARNING_SIGN_IN_NOTE);
        assertThatThrownBy(() -> people.as(lifter, () -> checkIns.checkIn(lifter.id(), tingling, null)))
                .isInstanceOfSatisfying(
                        JournalEntryRejected.class,
                        e -> assertThat(e.field()).isEqualTo(JournalEntryRejected.RED_FLAGS));
        assertThat(people.as(lifter, () -> checkIns.checkIns(lifter.id(), today(), today())))
                .hasSize(1);

        CheckInOutcome answered = people.as(
                lifter, () -> checkIns.checkIn(lifter.id(), tingling, Set.of(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS)));

        assertThat(answered.anyRedFlag()).isTrue();
        assertThat(people.as(lifter, () -> safety.assess(lifter.id())).planPaused())
                .isTrue();
    }

    @Test
    void painOfSevenOrMoreAsksEveryTime() {
        checkIn(2, Set.of());

        assertThat(due(7)).contains(RedFlagCheckReason.HIGH_PAIN);
        assertThat(due(6)).isEmpty();
        assertThatThrownBy(() -> checkIn(8, null)).isInstanceOf(JournalEntryRejected.class);
        checkIn(8, Set.of());
        assertThat(due(9)).contains(RedFlagCheckReason.HIGH_PAIN);
    }

    @Test
    void tickingNumbnessWithPainEightPausesThePlanAndSaysToSeeAProfessional() {
        CheckInOutcome outcome = checkIn(8, Set.of(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS));

        assertThat(outcome.anyRedFlag()).isTrue();
        SafetyAssessment assessment = people.as(lifter, () -> safety.assess(lifter.id()));
        assertThat(assessment.status()).isEqualTo(SafetyStatus.STOP);
        assertThat(assessment.planPaused()).isTrue();
        assertThat(assessment.showsRedBadge()).isTrue();
        assertThat(Texts.render(assessment.notices().getFirst().message(), Locale.ENGLISH))
                .isEqualTo(Texts.render(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS.notice(), Locale.ENGLISH))
                .contains("see a doctor now");
    }

    @Test
    void lossOfBladderControlIsAnEmergency() {
        people.as(
                lifter,
                () -> checkIns.answerRedFlags(
                        lifter.id(), Set.of(RedFlag.LOSS_OF_BLADDER_OR_BOWEL_CONTROL), RedFlagCheckReason.SIGN_UP));

        SafetyAssessment assessment = people.as(lifter, () -> safety.assess(lifter.id()));
        assertThat(assessment.mostUrgent()).contains(Urgency.EMERGENCY);
        assertThat(Texts.render(assessment.notices().getFirst().headline(), Locale.ENGLISH))
                .containsIgnoringCase("emergency");
        assertThat(Texts.render(assessment.notices().getFirst().message(), Locale.ENGLISH))
                .containsIgnoringCase("emergency");
    }

    @Test
    void aClearanceResumesThePlanAndStaysInTheHistory() {
        people.as(
                lifter, () -> checkIns.answerRedFlags(lifter.id(), Set.of(RedFlag.FEVER), RedFlagCheckReason.SIGN_UP));

        people.as(lifter, () -> checkIns.recordClearance(lifter.id(), today(), "Dr Ade: viral, fine to train"));

        SafetyAssessment assessment = people.as(lifter, () -> safety.assess(lifter.id()));
        assertThat(assessment.planPaused()).isFalse();
        assertThat(assessment.redFlagHistory()).singleElement().satisfies(episode -> {
            assertThat(episode.flag()).isEqualTo(RedFlag.FEVER);
            assertThat(episode.isOpen()).isFalse();
            assertThat(episode.clearance().note()).isEqualTo("Dr Ade: viral, fine to train");
        });
    }

    @Test
    void aFlagTickedAgainAfterTheSameDaysClearancePausesThePlanAgain() {
        answer(Set.of(RedFlag.PAIN_WORSE_AT_NIGHT));
        people.as(lifter, () -> checkIns.recordClearance(lifter.id(), today(), ""));
        assertThat(people.as(lifter, () -> safety.assess(lifter.id())).planPaused())
                .isFalse();

        answer(Set.of(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS));

        SafetyAssessment again = people.as(lifter, () -> safety.assess(lifter.id()));
        assertThat(again.planPaused()).isTrue();
        assertThat(again.openRedFlags()).containsExactly(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS);
        assertThat(again.redFlagHistory())
                .allSatisfy(e -> assertThat(e.lastReportedOn()).isBeforeOrEqualTo(today()));

        people.as(lifter, () -> checkIns.recordClearance(lifter.id(), today(), "seen again"));
        assertThat(people.as(lifter, () -> safety.assess(lifter.id())).planPaused())
                .isFalse();
    }

    @Test
    void aClearanceNeedsAnOpenFlagAndADateOnOrAfterItsReport() {
        assertThatThrownBy(() -> people.as(lifter, () -> checkIns.recordClearance(lifter.id(), today(), "")))
                .isInstanceOfSatisfying(
                        JournalEntryRejected.class, e -> assertThat(e.field()).isEqualTo(JournalEntryRejected.FORM));
        answer(Set.of(RedFlag.FEVER));

        assertThatThrownBy(
                        () -> people.as(lifter, () -> checkIns.recordClearance(lifter.id(), today().minusDays(1), "")))
                .isInstanceOfSatisfying(
                        JournalEntryRejected.class, e -> assertThat(e.field()).isEqualTo(JournalEntryRejected.DATE));
        assertThatThrownBy(
                        () -> people.as(lifter, () -> checkIns.recordClearance(lifter.id(), today().plusDays(1), "")))
                .isInstanceOfSatisfying(
                        JournalEntryRejected.class, e -> assertThat(e.field()).isEqualTo(JournalEntryRejected.DATE));
        assertThat(people.as(lifter, () -> safety.assess(lifter.id())).planPaused())
                .isTrue();
    }

    @Test
    void onlyTheLifterCanRecordAClearanceOrAnswerTheChecklist() {
        AccountSummary coach = people.coach("Cal Coach");
        people.coaches(coach, lifter, false);
        answer(Set.of(RedFlag.FEVER));

        assertThatThrownBy(() -> people.as(coach, () -> checkIns.recordClearance(lifter.id(), today(), "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(
                        coach, () -> checkIns.answerRedFlags(lifter.id(), Set.of(), RedFlagCheckReason.SIGN_UP)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(people.as(coach, () -> safety.assess(lifter.id())).showsRedBadge())
                .isTrue();
    }

    @Test
    void checkInsKeepLocationAndNoteAndBadValuesAreRefusedAtTheirField() {
        CheckInOutcome saved = people.as(
                lifter,
                () -> checkIns.checkIn(
                        lifter.id(),
                        new PainEntry(
                                today(),
                                PainTiming.AFTER,
                                4,
                                PainLocation.BETWEEN_SHOULDER_BLADES,
                                " after rows ",
                                null),
                        Set.of()));
        assertThat(saved.checkIn().location()).isEqualTo(PainLocation.BETWEEN_SHOULDER_BLADES);
        assertThat(saved.checkIn().note()).isEqualTo("after rows");

        assertField(new PainEntry(today(), PainTiming.BEFORE, null, null, "", null), JournalEntryRejected.SCORE);
        assertField(new PainEntry(today(), PainTiming.BEFORE, 11, null, "", null), JournalEntryRejected.SCORE);
        assertField(new PainEntry(today(), null, 3, null, "", null), JournalEntryRejected.TIMING);
        assertField(
                new PainEntry(today().plusDays(1), PainTiming.BEFORE, 3, null, "", null), JournalEntryRejected.DATE);
        assertField(
                new PainEntry(
                        today().minusDays(CheckInService.MAX_DAYS_BACK + 1), PainTiming.BEFORE, 3, null, "", null),
                JournalEntryRejected.DATE);
        assertField(
                new PainEntry(today(), PainTiming.BEFORE, 3, null, "x".repeat(501), null), JournalEntryRejected.NOTE);
        assertThat(people.as(lifter, () -> checkIns.checkIns(lifter.id(), today().minusDays(40), today())))
                .hasSize(1);
    }

    private void assertField(PainEntry entry, String field) {
        assertThatThrownBy(() -> people.as(lifter, () -> checkIns.checkIn(lifter.id(), entry, Set.of())))
                .isInstanceOfSatisfying(
                        JournalEntryRejected.class,
                        e -> assertThat(e.field()).as(e.getMessage()).isEqualTo(field));
    }

    private java.util.Optional<RedFlagCheckReason> due(int score) {
        return people.as(lifter, () -> checkIns.checklistDue(lifter.id(), today(), score, ""));
    }

    private CheckInOutcome checkIn(int score, Set<RedFlag> answers) {
        return people.as(
                lifter, () -> checkIns.checkIn(lifter.id(), PainEntry.of(today(), PainTiming.BEFORE, score), answers));
    }

    private void answer(Set<RedFlag> flags) {
        people.as(lifter, () -> checkIns.answerRedFlags(lifter.id(), flags, RedFlagCheckReason.HIGH_PAIN));
    }
}
