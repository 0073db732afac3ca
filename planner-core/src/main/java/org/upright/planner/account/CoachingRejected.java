package org.upright.planner.account;

/** A coaching step that cannot be taken, with the reason in plain words. */
public class CoachingRejected extends RuntimeException {

    public CoachingRejected(String message) {
        super(message);
    }
}
