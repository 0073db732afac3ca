package org.upright.planner.archfixture;

import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.upright.planner.balance.Prescription;
import org.upright.planner.common.LifterId;

/** A service that gets lifter access wrong in every way the architecture test must catch. Not a bean. */
public class LeakyService {

    public record Request(long lifterId, String note) {}

    public record Edit(String sessionId, List<Prescription> prescriptions) {}

    public String unguarded(long lifterId) {
        return "";
    }

    public String unguardedMany(Collection<Long> clientIds) {
        return "";
    }

    public String byCoach(long coachId) {
        return "";
    }

    public String inARecord(Request request) {
        return "";
    }

    public String content(@LifterId long lifterId, Edit edit) {
        return "";
    }

    @PreAuthorize("isAuthenticated()")
    public String twoDecisions(@LifterId long lifterId) {
        return "";
    }

    public String wrongType(@LifterId String lifterId) {
        return "";
    }

    public String guarded(@LifterId long lifterId, @LifterId(LifterId.Who.COACH_ONLY) Collection<Long> others) {
        return "";
    }

    /** A row of the lifter's own data travels with the lifter's id. */
    public String recordOfTheLifter(@LifterId long lifterId, long logId) {
        return "";
    }
}
