package org.upright.planner.safety;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A record that a doctor or physical therapist has seen the lifter and cleared them to train.
 * It resolves every red flag reported on or before its date (see {@link RedFlagEpisode}); a flag
 * ticked again afterwards opens a new episode.
 *
 * @param date the day the lifter was cleared
 * @param note who cleared them and anything they said; may be empty
 */
public record ProfessionalClearance(LocalDate date, String note) {

    public static final int MAX_NOTE_LENGTH = 500;

    public ProfessionalClearance {
        Objects.requireNonNull(date, "date is required");
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException(
                    "note must be at most " + MAX_NOTE_LENGTH + " characters, was " + note.length());
        }
    }
}
