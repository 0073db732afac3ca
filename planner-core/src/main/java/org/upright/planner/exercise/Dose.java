package org.upright.planner.exercise;

import java.time.Duration;
import org.upright.planner.common.Quantities;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;

/**
 * How much of an exercise: {@code sets} of a range {@code low..high} whose unit depends on the
 * {@link DoseType} — reps for {@code REPS}, {@code REPS_PER_SIDE} and {@code ROUNDS}, seconds
 * for {@code HOLD} and {@code DURATION}. A single number is a range with {@code low == high}.
 *
 * <p>Guides often give a range of sets too ("2–3 × 20–30 s"). {@code sets} is the number that
 * is planned and counted (the lower end: start gently); {@code maxSets} is the upper end of the
 * range, shown to the lifter as room to grow. A concrete prescription has {@code maxSets == sets}.
 *
 * <p>Bad values are refused here, with the field named, so that nothing deeper (rules, estimates,
 * reports) ever sees a negative set or a zero-second hold.
 */
public record Dose(DoseType type, int sets, int low, int high, boolean perSide, int maxSets) {

    public static final int MAX_SETS = 20;
    public static final int MAX_REPS = 100;
    public static final int MAX_SECONDS = 4 * 60 * 60;

    public Dose {
        if (type == null) {
            throw new IllegalArgumentException("dose type is required");
        }
        if (sets < 1 || sets > MAX_SETS) {
            throw new IllegalArgumentException("sets must be between 1 and " + MAX_SETS + ", was " + sets);
        }
        if (maxSets < sets || maxSets > MAX_SETS) {
            throw new IllegalArgumentException(
                    "the upper end of sets must be between " + sets + " and " + MAX_SETS + ", was " + maxSets);
        }
        String unit = type.usesSeconds() ? "seconds" : "reps";
        int max = type.usesSeconds() ? MAX_SECONDS : MAX_REPS;
        if (low < 1 || low > max) {
            throw new IllegalArgumentException(unit + " must be between 1 and " + max + ", was " + low);
        }
        if (high < low || high > max) {
            throw new IllegalArgumentException(
                    "the upper end of " + unit + " must be between " + low + " and " + max + ", was " + high);
        }
        if (type == DoseType.REPS_PER_SIDE && !perSide) {
            throw new IllegalArgumentException("a per-side rep dose must be marked per side");
        }
    }

    /** A dose with a single number of sets (the form every prescription uses). */
    public Dose(DoseType type, int sets, int low, int high, boolean perSide) {
        this(type, sets, low, high, perSide, sets);
    }

    public static Dose reps(int sets, int low, int high) {
        return new Dose(DoseType.REPS, sets, low, high, false);
    }

    public static Dose reps(int sets, int reps) {
        return reps(sets, reps, reps);
    }

    public static Dose repsPerSide(int sets, int low, int high) {
        return new Dose(DoseType.REPS_PER_SIDE, sets, low, high, true);
    }

    public static Dose hold(int sets, int lowSeconds, int highSeconds, boolean perSide) {
        return new Dose(DoseType.HOLD, sets, lowSeconds, highSeconds, perSide);
    }

    public static Dose rounds(int sets, int low, int high) {
        return new Dose(DoseType.ROUNDS, sets, low, high, false);
    }

    public static Dose duration(Duration low, Duration high) {
        return new Dose(DoseType.DURATION, 1, (int) low.toSeconds(), (int) high.toSeconds(), false);
    }

    public static Dose minutes(int low, int high) {
        return duration(Duration.ofMinutes(low), Duration.ofMinutes(high));
    }

    /** The same dose with another number of sets (used when a suggestion adds sets). */
    public Dose withSets(int newSets) {
        return new Dose(type, newSets, low, high, perSide, newSets);
    }

    /** The same dose with a range of sets, {@code sets} to {@code upTo} ("2–3 ×"). */
    public Dose upToSets(int upTo) {
        return new Dose(type, sets, low, high, perSide, upTo);
    }

    /** Whether the dose gives a range of sets rather than one number. */
    public boolean hasSetRange() {
        return maxSets > sets;
    }

    /**
     * The dose as a coach would write it, in English: "3 × 8–12", "1 × 10 per side", "2–3 × 20–30 s
     * per side", "8–12 rounds", "15–20 min". Uses the en dash and the multiplication sign. For a
     * reader in another language render {@link #text()}.
     */
    public String describe() {
        return Texts.render(text(), java.util.Locale.ENGLISH);
    }

    /** The dose as a coach would write it, in the reader's language once rendered ("8–12 Runden"). */
    public Text text() {
        String amount = Quantities.range(low, high);
        Text text = switch (type) {
            case REPS, REPS_PER_SIDE -> withSets(amount);
            case ROUNDS ->
                sets > 1 || hasSetRange()
                        ? withSets(Text.of("domain.dose.rounds", amount))
                        : Text.of("domain.dose.rounds", amount);
            case HOLD -> withSets(Text.of("domain.dose.seconds", amount));
            case DURATION ->
                low % 60 == 0 && high % 60 == 0
                        ? Text.of("domain.dose.minutes", Quantities.range(low / 60, high / 60))
                        : Text.of("domain.dose.seconds", amount);
        };
        return perSide ? Text.of("domain.dose.perSide", text) : text;
    }

    private Text withSets(Object amount) {
        return Text.of("domain.dose.sets", Quantities.range(sets, maxSets), amount);
    }
}
