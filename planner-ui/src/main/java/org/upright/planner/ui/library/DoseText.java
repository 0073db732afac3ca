package org.upright.planner.ui.library;

import org.upright.planner.common.Quantities;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.DoseType;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * A dose in words, the same everywhere a dose is shown (library, planner, week view), in the
 * reader's language: the short form is the domain's own ({@code domain.dose.*}), the spelled-out one
 * comes from the {@code library} bundle.
 *
 * <ul>
 *   <li>{@link #compact}: how a coach writes it — "3 × 8–12", "2 × 20–30 s per side", "5 min";
 *   <li>{@link #inWords}: spelled out for a lifter and for screen readers — "3 sets of 8–12 reps",
 *       "2 holds of 20–30 seconds per side", "5 minutes".
 * </ul>
 */
public final class DoseText {

    private DoseText() {}

    /** "3 × 8–12", "1 × 10 per side", "2–3 × 20–30 s per side", "8–12 rounds", "15–20 min". */
    public static String compact(Dose dose) {
        return ReaderText.render(dose.text());
    }

    /**
     * "3 sets of 8–12 reps", "1 set of 10 reps per side", "2 holds of 20–30 seconds per side",
     * "8–12 slow rounds", "5 minutes", "2–3 sets of 10 reps" (a range of sets: room to grow).
     * The last value of each pattern picks singular or plural of the unit ({@code choice}).
     */
    public static String inWords(Dose dose) {
        String amount = Quantities.range(dose.low(), dose.high());
        boolean oneSet = dose.sets() == 1 && !dose.hasSetRange();
        String sets = Quantities.range(dose.sets(), dose.maxSets());
        String text = switch (dose.type()) {
            case REPS, REPS_PER_SIDE ->
                ReaderText.words(oneSet ? "library.dose.repsOneSet" : "library.dose.reps", sets, amount, dose.high());
            case ROUNDS ->
                oneSet
                        ? ReaderText.words("library.dose.roundsOneSet", amount)
                        : ReaderText.words("library.dose.rounds", sets, amount);
            case HOLD ->
                ReaderText.words(oneSet ? "library.dose.holdOne" : "library.dose.holds", sets, amount, dose.high());
            case DURATION -> time(dose.low(), dose.high());
        };
        return dose.perSide() ? ReaderText.words("library.dose.perSide", text) : text;
    }

    /** What the amount of a dose counts, as a form label: "Reps", "Seconds", "Minutes", "Rounds". */
    public static String unitLabel(DoseType type) {
        return ReaderText.words(
                switch (type) {
                    case REPS, REPS_PER_SIDE -> "library.dose.unit.reps";
                    case ROUNDS -> "library.dose.unit.rounds";
                    case HOLD -> "library.dose.unit.seconds";
                    case DURATION -> "library.dose.unit.minutes";
                });
    }

    private static String time(int lowSeconds, int highSeconds) {
        if (lowSeconds % 60 == 0 && highSeconds % 60 == 0) {
            return ReaderText.words(
                    "library.dose.minutes", Quantities.range(lowSeconds / 60, highSeconds / 60), highSeconds / 60);
        }
        return ReaderText.words("library.dose.seconds", Quantities.range(lowSeconds, highSeconds), highSeconds);
    }
}
