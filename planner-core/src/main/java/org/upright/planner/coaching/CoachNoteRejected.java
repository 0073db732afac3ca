package org.upright.planner.coaching;

/** A coach's note that cannot be stored as typed; the message says why in words. Nothing was written. */
public class CoachNoteRejected extends RuntimeException {

    public CoachNoteRejected(String message) {
        super(message);
    }
}
