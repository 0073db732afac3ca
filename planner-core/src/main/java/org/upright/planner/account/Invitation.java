package org.upright.planner.account;

import java.time.Instant;

/**
 * A coach's invitation as both sides see it. The code is the secret in the invitation link; it
 * only works for the e-mail address it was made for.
 */
public record Invitation(
        String code,
        String coachName,
        String email,
        InvitationStatus status,
        Instant createdAt,
        Instant expiresAt,
        boolean expired) {

    /** Whether it can still be accepted or declined. */
    public boolean isOpen() {
        return status == InvitationStatus.PENDING && !expired;
    }
}
