package org.upright.planner.account;

/** Where an invitation stands. Expiry is not a status: it follows from the date. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    REVOKED
}
