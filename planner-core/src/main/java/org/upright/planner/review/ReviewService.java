package org.upright.planner.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.account.UserToday;
import org.upright.planner.balance.Targets;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.common.Text;
import org.upright.planner.common.TypedText;
import org.upright.planner.exercise.StoredExercises;
import org.upright.planner.plan.TrainingTargets;
import org.upright.planner.plan.Weeks;
import org.upright.planner.review.internal.ReviewNoteEntity;
import org.upright.planner.review.internal.ReviewNoteRepository;

/**
 * A lifter's 4–6 week review (domain §6), put together from the stored weeks and the journal
 * ({@link ReviewSources}) and worked out by the pure {@link ReviewCalculator}; plus the coach's note
 * that goes into the printed review.
 *
 * <p>Only the lifter and the lifter's current coach may see a review ({@link LifterId}); only
 * that coach may write its note. A review may end with any week up to the current one; the default
 * is the last complete week ({@link ReviewPeriod#lastCompleteWeek}).
 */
@Service
public class ReviewService {

    static final Text STALE_NOTE = Text.of("domain.refused.stale.reviewNote");

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final CoachingService coaching;
    private final ProfileService profiles;
    private final ReviewSources sources;
    private final ReviewNoteRepository notes;
    private final ReviewCalculator calculator;
    private final Clock clock;
    private final UserToday userToday;

    ReviewService(
            CurrentUser currentUser,
            AccountService accounts,
            CoachingService coaching,
            ProfileService profiles,
            ReviewSources sources,
            ReviewNoteRepository notes,
            StoredExercises exercises,
            Clock clock,
            UserToday userToday) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.coaching = coaching;
        this.profiles = profiles;
        this.sources = sources;
        this.notes = notes;
        this.calculator = new ReviewCalculator(exercises.asLookup());
        this.clock = clock;
        this.userToday = userToday;
    }

    /**
     * The review of {@code weekCount} weeks ending with the week that contains {@code endWeek}.
     *
     * @throws ReviewRejected when the number of weeks is not 4, 5 or 6, or the week lies in the future
     * @throws org.springframework.security.access.AccessDeniedException for anyone but the lifter and
     *     their current coach
     */
    @Transactional(readOnly = true)
    public LifterReview review(@LifterId long lifterId, LocalDate endWeek, int weekCount) {
        SignedInAccount me = currentUser.require();
        LocalDate today = userToday.today(lifterId);
        LocalDate last = checkedEnd(endWeek, weekCount, today);
        List<LocalDate> mondays = ReviewPeriod.weeksEndingWith(last, weekCount);

        ReviewRecords records = sources.records(lifterId, mondays.getFirst(), last);
        // Each week is judged against the profile and targets in force that week (domain §6).
        Map<LocalDate, TrainingProfile> inForce = profiles.profilesInForce(lifterId, mondays);
        TrainingProfile training = inForce.get(last);
        Targets targets = TrainingTargets.targets(training);
        ReviewReport report = calculator.review(new ReviewInput(
                records.weeks(),
                TrainingTargets.profile(training),
                targets,
                records.redFlagChecks(),
                records.clearances(),
                mondays.stream()
                        .map(inForce::get)
                        .map(p -> new TargetsInForce(TrainingTargets.profile(p), TrainingTargets.targets(p)))
                        .toList()));

        AccountSummary lifter = accounts.lifter(lifterId);
        Optional<ReviewNote> note =
                notes.findById(new ReviewNoteEntity.Key(lifterId, last)).map(ReviewNoteEntity::toNote);
        Optional<String> coach = note.map(ReviewNote::authorName).or(() -> currentCoachName(me));
        return new LifterReview(lifterId, lifter.displayName(), coach, report, targets, note, today);
    }

    /**
     * Saves the coach's note for the review ending with the week that contains {@code endWeek}. A
     * blank note removes it. The change must start from the version the coach read.
     *
     * @return the note as now stored; {@link ReviewNote#NEVER_SAVED} with empty text after removal
     * @throws ReviewRejected when the note is too long (nothing is stored then)
     * @throws StaleEditException when someone saved the note in between
     */
    @Transactional
    public ReviewNote saveNote(
            @LifterId(Who.COACH_ONLY) long lifterId, LocalDate endWeek, String text, long expectedVersion) {
        SignedInAccount me = currentUser.require();
        String clean = text == null ? "" : text.strip();
        if (clean.length() > ReviewNote.MAX_LENGTH) {
            throw new ReviewRejected(
                    Text.of("domain.refused.review.noteTooLong", ReviewNote.MAX_LENGTH, clean.length()));
        }
        TypedText.problem(clean).ifPresent(problem -> {
            throw new ReviewRejected(problem);
        });
        ReviewNoteEntity.Key key = new ReviewNoteEntity.Key(lifterId, Weeks.startOf(endWeek));
        ReviewNoteEntity entity = notes.findById(key).orElse(null);
        long current = entity == null ? ReviewNote.NEVER_SAVED : entity.version();
        if (current != expectedVersion) {
            throw new StaleEditException(STALE_NOTE);
        }
        if (clean.isEmpty()) {
            if (entity != null) {
                notes.delete(entity);
                notes.flush();
            }
            return new ReviewNote("", me.displayName(), clock.instant(), ReviewNote.NEVER_SAVED);
        }
        if (entity == null) {
            entity = new ReviewNoteEntity(key);
        }
        entity.write(clean, me.id(), me.displayName(), clock.instant());
        try {
            return notes.saveAndFlush(entity).toNote();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException racedWithAnotherSave) {
            throw new StaleEditException(STALE_NOTE);
        }
    }

    private static LocalDate checkedEnd(LocalDate endWeek, int weekCount, LocalDate today) {
        if (weekCount < ReviewPeriod.MIN_WEEKS || weekCount > ReviewPeriod.MAX_WEEKS) {
            throw new ReviewRejected(Text.of("domain.refused.review.weeks"));
        }
        if (endWeek == null) {
            return ReviewPeriod.lastCompleteWeek(today);
        }
        LocalDate last = Weeks.startOf(endWeek);
        if (last.isAfter(Weeks.startOf(today))) {
            throw new ReviewRejected(Text.of("domain.refused.review.notStarted"));
        }
        return last;
    }

    private Optional<String> currentCoachName(SignedInAccount me) {
        // The access check let a coach through only as the lifter's current coach.
        return me.is(Role.COACH)
                ? Optional.of(me.displayName())
                : coaching.myCoach().map(AccountSummary::displayName);
    }
}
