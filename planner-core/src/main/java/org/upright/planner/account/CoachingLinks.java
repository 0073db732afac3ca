package org.upright.planner.account;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.account.internal.Coaching;
import org.upright.planner.account.internal.CoachingRepository;
import org.upright.planner.common.Texts;
import org.upright.planner.exercise.CatalogAudience;

/**
 * Read-only answers about the caller's own coaching link, for features that show a lifter what
 * their coach provides (the coach's own exercises in the catalogue, for a start).
 *
 * <p>It only ever answers about the signed-in caller, never about an account passed in, so it
 * needs no further access check and reveals nothing about anyone else's links. Who may see a
 * lifter's data is decided by {@link LifterAccess}, not here.
 */
@Component
public class CoachingLinks implements CatalogAudience {

    private final CurrentUser currentUser;
    private final CoachingRepository coaching;
    private final AccountRepository accounts;

    CoachingLinks(CurrentUser currentUser, CoachingRepository coaching, AccountRepository accounts) {
        this.currentUser = currentUser;
        this.coaching = coaching;
        this.accounts = accounts;
    }

    /**
     * The account id of the signed-in lifter's current coach; empty for a self-coached lifter, for
     * a coach and for anonymous callers. A former coach (the link ended) is not a current coach.
     */
    @Transactional(readOnly = true)
    public Optional<Long> myCurrentCoachId() {
        return currentUser
                .get()
                .filter(me -> me.is(Role.LIFTER))
                .flatMap(me -> coaching.findByLifterIdAndEndedAtIsNull(me.id()))
                .map(Coaching::coachId);
    }

    /**
     * The signed-in lifter's current coach, to write to (the red-flag alert); empty whenever
     * {@link #myCurrentCoachId()} is.
     */
    @Transactional(readOnly = true)
    public Optional<Addressee> myCurrentCoach() {
        return myCurrentCoachId()
                .flatMap(accounts::findById)
                .map(coach -> new Addressee(
                        coach.id(),
                        coach.summary().email(),
                        coach.summary().displayName(),
                        coach.language().map(Texts::supported).orElse(Texts.LANGUAGES.getFirst())));
    }

    /** The signed-in caller as the exercise catalogue sees them. */
    @Override
    @Transactional(readOnly = true)
    public Reader currentReader() {
        SignedInAccount me =
                currentUser.get().orElseThrow(() -> new AccessDeniedException("This needs a signed-in account."));
        boolean coach = me.is(Role.COACH);
        return new Reader(me.id(), coach, coach ? null : myCurrentCoachId().orElse(null));
    }
}
