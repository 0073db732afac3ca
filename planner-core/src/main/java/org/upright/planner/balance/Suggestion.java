package org.upright.planner.balance;

import java.time.LocalDate;
import org.upright.planner.common.Text;

/**
 * A concrete edit to the week that the user can apply in one click with {@link SuggestionApplier}.
 * Every suggestion carries the ids of what it creates, chosen so they do not clash with anything in
 * the week it was made for; applying a suggestion whose id is already in the week does nothing.
 */
public sealed interface Suggestion permits Suggestion.AddPrescription, Suggestion.AddSession, Suggestion.ChangeSets {

    /** The words of a suggestion made without its own (tests, hand-made edits). */
    Text NO_WORDS = Text.of("domain.balance.suggestion.unnamed");

    /** What the edit does, in plain words, for the button or list that offers it (rendered by the edge). */
    Text description();

    /**
     * Insert {@code prescription} into block {@code block} of session {@code sessionId} at
     * {@code position} (0 = first). A position past the end of the block appends — see
     * {@link #AT_END} — and a missing block is created.
     */
    record AddPrescription(String sessionId, BlockType block, int position, Prescription prescription, Text description)
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
            description = description == null ? NO_WORDS : description;
        }
    }

    /** Add {@code session} (with its prescriptions) after the other sessions of {@code date}. */
    record AddSession(LocalDate date, Session session, Text description) implements Suggestion {

        public AddSession {
            if (date == null || session == null) {
                throw new IllegalArgumentException("a session suggestion needs a date and a session");
            }
            description = description == null ? NO_WORDS : description;
        }
    }

    /**
     * Set line {@code prescriptionId} of session {@code sessionId} to {@code sets} sets: raises a
     * line instead of adding a second line of the same exercise, and trims pressing to make room
     * for pulling. Naming the new number rather than a difference makes applying it twice harmless.
     *
     * @param from the sets the line had when the suggestion was made, for the description and the
     *     preview
     */
    record ChangeSets(String sessionId, String prescriptionId, int from, int sets, Text description)
            implements Suggestion {

        public ChangeSets {
            Ids.require(sessionId, "session");
            Ids.require(prescriptionId, "prescription");
            if (sets < 1 || sets > org.upright.planner.exercise.Dose.MAX_SETS) {
                throw new IllegalArgumentException(
                        "sets must be between 1 and " + org.upright.planner.exercise.Dose.MAX_SETS + ", was " + sets);
            }
            description = description == null ? NO_WORDS : description;
        }

        /** Whether this raises the line (rather than trimming it). */
        public boolean raises() {
            return sets > from;
        }
    }
}
