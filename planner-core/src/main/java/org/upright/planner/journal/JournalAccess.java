package org.upright.planner.journal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.account.LifterAccess;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInAccount;

/**
 * Who may read and who may write a journal. Reading: the lifter and their current coach (decided
 * by {@link LifterAccess}). Writing: the lifter alone — pain, warning signs, a professional's
 * clearance and what was trained are the lifter's own account, and a coach must not be able to
 * answer "none of these" to the warning-sign questions or lift a pause on the lifter's behalf.
 */
@Component
class JournalAccess {

    private final LifterAccess lifterAccess;
    private final CurrentUser currentUser;

    JournalAccess(LifterAccess lifterAccess, CurrentUser currentUser) {
        this.lifterAccess = lifterAccess;
        this.currentUser = currentUser;
    }

    SignedInAccount requireRead(long lifterId) {
        return lifterAccess.requireAccess(lifterId);
    }

    SignedInAccount requireOwner(long lifterId) {
        SignedInAccount me = currentUser.require();
        if (!me.is(Role.LIFTER) || me.id() != lifterId) {
            throw new AccessDeniedException("Only the lifter can write in their own journal.");
        }
        return me;
    }
}
