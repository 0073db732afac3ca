package org.upright.planner.account;

/** What an account is for. A coach plans for clients; a lifter plans (or is planned for). */
public enum Role {
    LIFTER,
    COACH;

    /** The Spring Security authority, e.g. {@code ROLE_COACH}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
