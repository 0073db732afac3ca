package org.upright.planner.account;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.internal.CoachingRepository;

/**
 * The one place that decides who may see or change a lifter's data: the lifter themself and the
 * lifter's current coach. Nobody else — not another lifter, not another coach, not a former coach.
 * Every service that touches lifter data asks here first; the refusal never says whether the
 * lifter exists, so ids guessed into a URL learn nothing.
 */
@Component
public class LifterAccess {

    private final CurrentUser currentUser;
    private final CoachingRepository coaching;

    LifterAccess(CurrentUser currentUser, CoachingRepository coaching) {
        this.currentUser = currentUser;
        this.coaching = coaching;
    }

    /** Whether the caller may read and plan for {@code lifterId}. */
    @Transactional(readOnly = true)
    public boolean mayAccess(long lifterId) {
        return currentUser
                .get()
                .map(me -> switch (me.role()) {
                    case LIFTER -> me.id() == lifterId;
                    case COACH -> coaching.existsByCoachIdAndLifterIdAndEndedAtIsNull(me.id(), lifterId);
                })
                .orElse(false);
    }

    /**
     * Refuses unless the caller may access every one of {@code lifterIds}: one query however many
     * there are, so that screens listing many clients stay fast.
     */
    @Transactional(readOnly = true)
    public SignedInAccount requireAccessToAll(Collection<Long> lifterIds) {
        SignedInAccount me = currentUser.require();
        Set<Long> wanted = new HashSet<>(lifterIds);
        boolean allowed = switch (me.role()) {
            case LIFTER -> wanted.isEmpty() || wanted.equals(Set.of(me.id()));
            case COACH -> wanted.isEmpty() || coaching.countCurrentClients(me.id(), wanted) == wanted.size();
        };
        if (!allowed) {
            throw new AccessDeniedException("You don't have access to this lifter's training.");
        }
        return me;
    }

    /**
     * Refuses unless the caller may read and plan for {@code lifterId}.
     *
     * @return the caller, for services that record who changed what
     */
    @Transactional(readOnly = true)
    public SignedInAccount requireAccess(long lifterId) {
        SignedInAccount me = currentUser.require();
        if (!mayAccess(lifterId)) {
            throw new AccessDeniedException("You don't have access to this lifter's training.");
        }
        return me;
    }
}
