package org.upright.planner.exercise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.upright.planner.common.TypedText;

/**
 * The checks a coach's own exercise passes before it is stored, and how its slug is made. Every
 * field is checked and every problem reported at once, in plain words, so that one round trip
 * fixes the form.
 */
final class CustomExerciseRules {

    private CustomExerciseRules() {}

    /** One message per bad field; empty when the draft can be stored. */
    static Map<String, String> problems(ExerciseDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = strip(draft.name());
        if (name.isEmpty()) {
            errors.put(ExerciseRejected.NAME, "Give the exercise a name.");
        } else if (name.length() > Exercise.MAX_NAME_LENGTH) {
            errors.put(ExerciseRejected.NAME, "Keep the name to " + Exercise.MAX_NAME_LENGTH + " characters or fewer.");
        } else {
            TypedText.problem(name).ifPresent(problem -> errors.put(ExerciseRejected.NAME, problem));
        }
        MovementPattern primary = draft.primaryPattern();
        if (primary == null) {
            errors.put(ExerciseRejected.PRIMARY_PATTERN, "Choose the main movement pattern.");
        }
        Set<MovementPattern> secondary = secondary(draft);
        if (primary != null && secondary.contains(primary)) {
            errors.put(
                    ExerciseRejected.SECONDARY_PATTERNS,
                    "The main pattern counts in full already; don't list it again as a secondary one.");
        } else if (secondary.size() > ExerciseCatalog.MAX_SECONDARY_PATTERNS) {
            errors.put(
                    ExerciseRejected.SECONDARY_PATTERNS,
                    "Pick at most " + ExerciseCatalog.MAX_SECONDARY_PATTERNS + " secondary patterns.");
        }
        checkDose(draft, errors);
        checkSteps(draft.instructions(), errors);
        checkText(draft.whyItHelps(), ExerciseRejected.WHY_IT_HELPS, "why it helps", errors);
        checkText(draft.cautions(), ExerciseRejected.CAUTIONS, "the cautions", errors);
        return errors;
    }

    private static void checkDose(ExerciseDraft draft, Map<String, String> errors) {
        DoseType type = draft.doseType();
        if (type == null) {
            errors.put(ExerciseRejected.DOSE_TYPE, "Choose how the exercise is dosed.");
            return;
        }
        if (type == DoseType.DURATION && draft.perSide()) {
            errors.put(
                    ExerciseRejected.DOSE_TYPE,
                    "Timed work can't be counted per side. Use a hold (seconds per side) instead.");
        }
        if (type != DoseType.DURATION) {
            Integer sets = draft.sets();
            if (sets == null) {
                errors.put(ExerciseRejected.SETS, "Enter the number of sets.");
            } else if (sets < 1 || sets > Dose.MAX_SETS) {
                errors.put(ExerciseRejected.SETS, "Use 1 to " + Dose.MAX_SETS + " sets.");
            }
        }
        String unit = unit(type);
        int max = maxAmount(type);
        Integer low = draft.low();
        if (low == null) {
            errors.put(ExerciseRejected.LOW, "Enter the number of " + unit + ".");
        } else if (low < 1 || low > max) {
            errors.put(ExerciseRejected.LOW, "Use 1 to " + max + " " + unit + ".");
        }
        Integer high = draft.high();
        if (high != null && low != null && low >= 1 && low <= max) {
            if (high < low) {
                errors.put(
                        ExerciseRejected.HIGH,
                        "The upper end can't be below " + low + ". Leave it empty for a" + " single number.");
            } else if (high > max) {
                errors.put(ExerciseRejected.HIGH, "Use at most " + max + " " + unit + ".");
            }
        }
    }

    private static void checkSteps(List<String> instructions, Map<String, String> errors) {
        List<String> steps = steps(instructions);
        if (steps.isEmpty()) {
            errors.put(ExerciseRejected.INSTRUCTIONS, "Write at least one step, so a lifter knows what to do.");
        } else if (steps.size() > ExerciseCatalog.MAX_STEPS) {
            errors.put(
                    ExerciseRejected.INSTRUCTIONS,
                    "Keep it to " + ExerciseCatalog.MAX_STEPS + " steps or fewer; there are " + steps.size() + ".");
        } else {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).length() > ExerciseCatalog.MAX_STEP_LENGTH) {
                    errors.put(
                            ExerciseRejected.INSTRUCTIONS,
                            "Keep each step to " + ExerciseCatalog.MAX_STEP_LENGTH + " characters or fewer; step "
                                    + (i + 1) + " is longer.");
                    break;
                }
            }
            steps.stream()
                    .map(TypedText::problem)
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(problem -> errors.putIfAbsent(ExerciseRejected.INSTRUCTIONS, problem));
        }
    }

    private static void checkText(String text, String field, String what, Map<String, String> errors) {
        if (strip(text).length() > ExerciseCatalog.MAX_TEXT_LENGTH) {
            errors.put(field, "Keep " + what + " to " + ExerciseCatalog.MAX_TEXT_LENGTH + " characters or fewer.");
        } else {
            TypedText.problem(text).ifPresent(problem -> errors.put(field, problem));
        }
    }

    /**
     * The exercise a valid draft describes, under {@code slug}.
     *
     * @throws IllegalArgumentException if the draft has problems (check {@link #problems} first)
     */
    static Exercise build(ExerciseDraft draft, String slug) {
        DoseType type = draft.doseType();
        boolean perSide = draft.perSide();
        if (type == DoseType.REPS || type == DoseType.REPS_PER_SIDE) {
            type = perSide ? DoseType.REPS_PER_SIDE : DoseType.REPS;
        }
        int low = draft.low();
        int high = draft.high() == null ? low : draft.high();
        int sets = draft.sets() == null ? 1 : draft.sets();
        if (type == DoseType.DURATION) {
            low *= 60;
            high *= 60;
            sets = 1;
        }
        Dose dose = new Dose(type, sets, low, high, perSide);
        return new Exercise(
                slug,
                strip(draft.name()),
                equipment(draft.equipment()),
                perSide,
                draft.primaryPattern(),
                secondary(draft),
                dose,
                steps(draft.instructions()),
                strip(draft.whyItHelps()),
                strip(draft.cautions()),
                false);
    }

    /**
     * The slug a new exercise called {@code name} starts from: {@value ExerciseCatalog#CUSTOM_SLUG_PREFIX}
     * and the name's words (accents dropped), short enough to leave room for a "-2" when taken. The
     * prefix keeps coaches' slugs apart from the built-in ones for good.
     */
    static String slugBase(String name) {
        String plain = Normalizer.normalize(strip(name), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "");
        String words = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (words.length() > ExerciseCatalog.MAX_SLUG_WORDS) {
            words = words.substring(0, ExerciseCatalog.MAX_SLUG_WORDS).replaceAll("-+$", "");
        }
        return ExerciseCatalog.CUSTOM_SLUG_PREFIX + (words.isEmpty() ? "exercise" : words);
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    static String unit(DoseType type) {
        return switch (type) {
            case REPS, REPS_PER_SIDE -> "reps";
            case ROUNDS -> "rounds";
            case HOLD -> "seconds";
            case DURATION -> "minutes";
        };
    }

    private static int maxAmount(DoseType type) {
        return switch (type) {
            case REPS, REPS_PER_SIDE, ROUNDS -> Dose.MAX_REPS;
            case HOLD -> Dose.MAX_SECONDS;
            case DURATION -> Dose.MAX_SECONDS / 60;
        };
    }

    private static Set<Equipment> equipment(Set<Equipment> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return Set.of(Equipment.NONE);
        }
        EnumSet<Equipment> needs = EnumSet.copyOf(chosen);
        if (needs.size() > 1) {
            needs.remove(Equipment.NONE); // "none" next to real equipment says nothing
        }
        return needs;
    }

    private static Set<MovementPattern> secondary(ExerciseDraft draft) {
        Set<MovementPattern> chosen = draft.secondaryPatterns();
        if (chosen == null || chosen.isEmpty()) {
            return Set.of();
        }
        return EnumSet.copyOf(chosen);
    }

    /** The non-blank steps, stripped, each on one line. */
    static List<String> steps(List<String> instructions) {
        List<String> steps = new ArrayList<>();
        if (instructions != null) {
            for (String step : instructions) {
                String line = strip(step).replaceAll("\\s*\\R\\s*", " ");
                if (!line.isEmpty()) {
                    steps.add(line);
                }
            }
        }
        return steps;
    }
}
