package org.upright.planner.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.account.UserToday;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;
import org.upright.planner.common.Text;
import org.upright.planner.common.TypedText;
import org.upright.planner.journal.internal.ClearanceEntity;
import org.upright.planner.journal.internal.ClearanceRepository;
import org.upright.planner.journal.internal.PainCheckInEntity;
import org.upright.planner.journal.internal.PainCheckInRepository;
import org.upright.planner.journal.internal.RedFlagCheckEntity;
import org.upright.planner.journal.internal.RedFlagCheckRepository;
import org.upright.planner.plan.Weeks;
import org.upright.planner.safety.PainReading;
import org.upright.planner.safety.ProfessionalClearance;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheck;
import org.upright.planner.safety.RedFlagCheckReason;
import org.upright.planner.safety.RedFlagCheckSchedule;
import org.upright.planner.safety.RedFlagHistory;

/**
 * Pain check-ins, the red-flag checklist and professional clearances (domain §4, §5). The
 * checklist is due at sign-up, at the first check-in of each week and with every pain score of 7
 * or more ({@link RedFlagCheckSchedule}); a check-in that makes it due is refused until it comes
 * with the answers, so no route past the checklist exists. After any of these, ask {@code
 * SafetyService} what to show: a ticked flag pauses the plan straight away.
 */
@Service
public class CheckInService {

    /** Check-ins may be added for the last four weeks: as far back as the journal screen shows. */
    public static final int MAX_DAYS_BACK = 27;

    /** Before and after two sessions, and a couple more: anything beyond is a slip of the finger. */
    public static final int MAX_CHECK_INS_PER_DAY = 8;

    private final PainCheckInRepository checkIns;
    private final RedFlagCheckRepository checks;
    private final ClearanceRepository clearances;
    private final JournalReads reads;
    private final RedFlagAlert alert;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UserToday userToday;

    CheckInService(
            PainCheckInRepository checkIns,
            RedFlagCheckRepository checks,
            ClearanceRepository clearances,
            JournalReads reads,
            RedFlagAlert alert,
            CurrentUser currentUser,
            Clock clock,
            UserToday userToday) {
        this.checkIns = checkIns;
        this.checks = checks;
        this.clearances = clearances;
        this.reads = reads;
        this.alert = alert;
        this.currentUser = currentUser;
        this.clock = clock;
        this.userToday = userToday;
    }

    /**
     * Whether saving a check-in of {@code score} on {@code date} with {@code note} needs the
     * checklist, and why: a note that mentions a warning sign always does.
     */
    @Transactional(readOnly = true)
    public Optional<RedFlagCheckReason> checklistDue(@LifterId long lifterId, LocalDate date, int score, String note) {
        if (date == null || score < PainReading.MIN_SCORE || score > PainReading.MAX_SCORE) {
            return Optional.empty();
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > PainReading.MAX_NOTE_LENGTH) {
            text = text.substring(0, PainReading.MAX_NOTE_LENGTH);
        }
        return due(lifterId, PainReading.before(date, score).withNote(text));
    }

    /**
     * Stores a check-in, and the red-flag answers that came with it.
     *
     * @param redFlagAnswers the flags ticked (empty for "none of these"), or {@code null} when the
     *     checklist was not shown; refused when it was due
     */
    @Transactional
    public CheckInOutcome checkIn(
            @LifterId(Who.LIFTER_ONLY) long lifterId, PainEntry entry, Set<RedFlag> redFlagAnswers) {
        SignedInAccount me = currentUser.require();
        PainReading reading = validate(lifterId, entry);
        if (checkIns.countByLifterIdAndDate(lifterId, reading.date()) >= MAX_CHECK_INS_PER_DAY) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.FORM,
                    Text.of("domain.refused.journal.tooManyCheckIns", MAX_CHECK_INS_PER_DAY));
        }
        Optional<RedFlagCheckReason> due = due(lifterId, reading);
        if (due.isPresent() && redFlagAnswers == null) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.RED_FLAGS, Text.of("domain.refused.journal.redFlagsBeforeSaving"));
        }
        PainCheckInEntity saved = checkIns.save(
                new PainCheckInEntity(lifterId, reading, blankToNull(entry.sessionId()), clock.instant()));
        Optional<RedFlagCheck> check = Optional.empty();
        if (redFlagAnswers != null) {
            // Answers are never dropped, even if a race made the checklist no longer due: a ticked
            // flag must always count.
            RedFlagCheckReason reason = due.orElse(
                    reading.score() >= RedFlagCheckSchedule.HIGH_PAIN_SCORE
                            ? RedFlagCheckReason.HIGH_PAIN
                            : RedFlagCheckReason.FIRST_CHECK_IN_OF_WEEK);
            check = Optional.of(store(lifterId, me, redFlagAnswers, reason));
        }
        checkIns.flush();
        return new CheckInOutcome(saved.toCheckIn(), check);
    }

    /** The checklist answered on its own: at sign-up, or whenever the lifter wants to report. */
    @Transactional
    public RedFlagCheck answerRedFlags(
            @LifterId(Who.LIFTER_ONLY) long lifterId, Set<RedFlag> flagged, RedFlagCheckReason reason) {
        SignedInAccount me = currentUser.require();
        if (flagged == null || reason == null) {
            throw new JournalEntryRejected(JournalEntryRejected.RED_FLAGS, Text.of("domain.refused.journal.redFlags"));
        }
        RedFlagCheck check = store(lifterId, me, flagged, reason);
        checks.flush();
        return check;
    }

    /** Whether the lifter has ever answered the checklist (sign-up prompts until they have). */
    @Transactional(readOnly = true)
    public boolean hasAnsweredChecklist(@LifterId long lifterId) {
        return checks.existsByLifterId(lifterId);
    }

    /**
     * Records that a doctor or physical therapist has seen the lifter and cleared them: every flag
     * open on that date is resolved and the plan resumes. Kept in the history. Only the lifter can
     * record it, only while a flag is open, dated between the last report of a flag and today.
     */
    @Transactional
    public ProfessionalClearance recordClearance(
            @LifterId(Who.LIFTER_ONLY) long lifterId, LocalDate clearedOn, String note) {
        LocalDate today = userToday.today(lifterId);
        if (clearedOn == null) {
            throw new JournalEntryRejected(JournalEntryRejected.DATE, Text.of("domain.refused.journal.clearanceDay"));
        }
        if (clearedOn.isAfter(today)) {
            throw new JournalEntryRejected(JournalEntryRejected.DATE, Text.of("domain.refused.journal.dayUpToToday"));
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > ProfessionalClearance.MAX_NOTE_LENGTH) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.NOTE,
                    Text.of("domain.refused.journal.noteTooLong", ProfessionalClearance.MAX_NOTE_LENGTH));
        }
        refuseUnstorable(text);
        boolean anyOpen = RedFlagHistory.episodes(reads.checksForRules(lifterId), reads.clearances(lifterId)).stream()
                .anyMatch(e -> e.isOpen());
        if (!anyOpen) {
            throw new JournalEntryRejected(JournalEntryRejected.FORM, Text.of("domain.refused.journal.nothingToClear"));
        }
        LocalDate lastReported = reads.flaggedCheckDates(lifterId).stream()
                .max(Comparator.naturalOrder())
                .orElse(clearedOn);
        if (clearedOn.isBefore(lastReported)) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.DATE, Text.of("domain.refused.journal.clearanceBeforeFlag", lastReported));
        }
        ProfessionalClearance clearance = new ProfessionalClearance(clearedOn, text);
        clearances.saveAndFlush(new ClearanceEntity(lifterId, clearance, clock.instant()));
        return clearance;
    }

    /** The check-ins from {@code from} to {@code to}, oldest first. */
    @Transactional(readOnly = true)
    public List<PainCheckIn> checkIns(@LifterId long lifterId, LocalDate from, LocalDate to) {
        return reads.checkIns(lifterId, from, to);
    }

    private Optional<RedFlagCheckReason> due(long lifterId, PainReading reading) {
        LocalDate week = Weeks.startOf(reading.date());
        List<PainReading> sameWeek = reads.checkIns(lifterId, week, week.plusDays(6)).stream()
                .map(PainCheckIn::reading)
                .toList();
        List<RedFlagCheck> answered = checks.findByLifterId(lifterId).stream()
                .map(RedFlagCheckEntity::toCheck)
                .toList();
        return RedFlagCheckSchedule.atPainCheckIn(reading, sameWeek, answered);
    }

    private RedFlagCheck store(long lifterId, SignedInAccount me, Set<RedFlag> flagged, RedFlagCheckReason reason) {
        RedFlagCheck check = new RedFlagCheck(userToday.today(lifterId), flagged);
        if (check.anyFlagged()) {
            Set<RedFlag> open = RedFlagHistory.openFlags(
                    RedFlagHistory.episodes(reads.checksForRules(lifterId), reads.clearances(lifterId)));
            // Same transaction: the alert is stored with the answers or not at all.
            alert.reported(me, check.flagged(), open);
        }
        checks.save(new RedFlagCheckEntity(lifterId, check, reason, clock.instant(), me.id()));
        return check;
    }

    private PainReading validate(long lifterId, PainEntry entry) {
        LocalDate today = userToday.today(lifterId);
        if (entry.date() == null) {
            throw new JournalEntryRejected(JournalEntryRejected.DATE, Text.of("domain.refused.journal.day"));
        }
        if (entry.date().isAfter(today)) {
            throw new JournalEntryRejected(JournalEntryRejected.DATE, Text.of("domain.refused.journal.dayUpToToday"));
        }
        if (entry.date().isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.DATE, Text.of("domain.refused.journal.checkInTooFarBack"));
        }
        if (entry.timing() == null) {
            throw new JournalEntryRejected(JournalEntryRejected.TIMING, Text.of("domain.refused.journal.timing"));
        }
        if (entry.score() == null) {
            throw new JournalEntryRejected(JournalEntryRejected.SCORE, Text.of("domain.refused.journal.scoreMissing"));
        }
        if (entry.score() < PainReading.MIN_SCORE || entry.score() > PainReading.MAX_SCORE) {
            throw new JournalEntryRejected(JournalEntryRejected.SCORE, Text.of("domain.refused.journal.scoreRange"));
        }
        String note = entry.note() == null ? "" : entry.note().strip();
        if (note.length() > PainReading.MAX_NOTE_LENGTH) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.NOTE,
                    Text.of("domain.refused.journal.noteTooLong", PainReading.MAX_NOTE_LENGTH));
        }
        refuseUnstorable(note);
        return new PainReading(entry.date(), entry.timing(), entry.score(), entry.location(), note);
    }

    private static void refuseUnstorable(String note) {
        TypedText.problem(note).ifPresent(problem -> {
            throw new JournalEntryRejected(JournalEntryRejected.NOTE, problem);
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
