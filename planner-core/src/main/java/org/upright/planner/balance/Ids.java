package org.upright.planner.balance;

/** Checks for the caller-supplied ids of sessions and prescriptions. */
final class Ids {

    static final int MAX_LENGTH = 100;

    private Ids() {}

    static String require(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " id is required");
        }
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " id must be at most " + MAX_LENGTH + " characters");
        }
        return id;
    }
}
