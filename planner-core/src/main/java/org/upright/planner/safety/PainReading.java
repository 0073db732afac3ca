package org.upright.planner.safety;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One pain check-in on the 0–10 numeric rating scale (0 = no pain, 10 = the worst imaginable),
 * taken before or after a session or routine. Invalid values are refused with the field named.
 *
 * @param location where it hurts; {@code null} when the lifter did not say
 * @param note free text, at most {@value #MAX_NOTE_LENGTH} characters; never null (empty if none)
 */
public record PainReading(LocalDate date, PainTiming timing, int score, PainLocation location, String note) {

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 10;
    public static final int MAX_NOTE_LENGTH = 500;

    public PainReading {
        Objects.requireNonNull(date, "date is required");
        Objects.requireNonNull(timing, "timing (before or after) is required");
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("score must be between " + MIN_SCORE + " and " + MAX_SCORE
                    + " (0 = no pain, 10 = worst imaginable), was " + score);
        }
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException(
                    "note must be at most " + MAX_NOTE_LENGTH + " characters, was " + note.length());
        }
    }

    public static PainReading before(LocalDate date, int score) {
        return new PainReading(date, PainTiming.BEFORE, score, null, "");
    }

    public static PainReading after(LocalDate date, int score) {
        return new PainReading(date, PainTiming.AFTER, score, null, "");
    }

    public PainReading at(PainLocation where) {
        return new PainReading(date, timing, score, where, note);
    }

    public PainReading withNote(String text) {
        return new PainReading(date, timing, score, location, text);
    }

    public Optional<PainLocation> knownLocation() {
        return Optional.ofNullable(location);
    }

    /** The Monday that starts this reading's ISO week. */
    public LocalDate weekStart() {
        return IsoWeeks.startOf(date);
    }
}
