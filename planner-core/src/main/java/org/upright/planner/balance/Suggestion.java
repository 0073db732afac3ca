package org.upright.planner.balance;

import java.time.LocalDate;

/**
 * A concrete edit to the week that the user can apply in one click with {@link SuggestionApplier}.
 * Every suggestion carries the ids of what it creates, chosen so they do not clash with anything in
 * the week it was made for; applying a suggestion whose id is already in the week does nothing.
 */
public sealed interface Suggestion permits Suggestion.AddPrescription, Suggestion.AddSession {

    /** What the edit does, in plain words, for the button or list that offers it. */
    String description();

    /**
     * Insert {@code prescription} into block {@code block} of session {@code sessionId} at
     * {@code position} (0 = first). A position past the end of the block appends — see
     * {@link #AT_END} — and a missing block is created.
     */
    record AddPrescription(
            String sessionId, BlockType block, int position, Prescription prescription, String description)
            implements Suggestion {

        /** Append at the end of the block, however long it has become. */
        public static final int AT_END = Integer.MAX_VALUE;

        public AddPrescription {
            Ids.require(sessionId, "session");
            if (block == null || prescription == null) {
                throw new IllegalArgumentException("a prescription suggestion needs a block and a prescription");
            }
            if (position < 0) {
                throw new IllegalArgumentException("position must not be negative, was " + position);
            }
            description = description == null ? "" : description;
        }
    }

    /** Add {@code session} (with its prescriptions) after the other sessions of {@code date}. */
    record AddSession(LocalDate date, Session session, String description) implements Suggestion {

        public AddSession {
            if (date == null || session == null) {
                throw new IllegalArgumentException("a session suggestion needs a date and a session");
            }
            description = description == null ? "" : description;
        }
    }
}
