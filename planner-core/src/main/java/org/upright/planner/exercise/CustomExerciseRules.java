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
import org.upright.planner.common.Text;
import org.upright.planner.common.TypedText;

/**
 * The checks a coach's own exercise passes before it is stored, and how its slug is made. Every
 * field is checked and every problem reported at once, in plain words, so that one round trip
 * fixes the form.
 */
final class CustomExerciseRules {

    private CustomExerciseRules() {}

    /** One reason per bad field; empty when the draft can be stored. */
    static Map<String, Text> problems(ExerciseDraft draft) {
        Map<String, Text> errors = new LinkedHashMap<>();
        String name = strip(draft.name());
        if (name.isEmpty()) {
            errors.put(ExerciseRejected.NAME, Text.of("domain.refused.exercise.nameMissing"));
        } else if (name.length() > Exercise.MAX_NAME_LENGTH) {
            errors.put(ExerciseRejected.NAME, Text.of("domain.refused.exercise.nameTooLong", Exercise.MAX_NAME_LENGTH));
        } else {
            TypedText.problem(name).ifPresent(problem -> errors.put(ExerciseRejected.NAME, problem));
        }
        MovementPattern primary = draft.primaryPattern();
        if (primary == null) {
            errors.put(ExerciseRejected.PRIMARY_PATTERN, Text.of("domain.refused.exercise.primaryMissing"));
        }
        Set<MovementPattern> secondary = secondary(draft);
        if (primary != null && secondary.contains(primary)) {
            errors.put(ExerciseRejected.SECONDARY_PATTERNS, Text.of("domain.refused.exercise.primaryAsSecondary"));
        } else if (secondary.size() > ExerciseCatalog.MAX_SECONDARY_PATTERNS) {
            errors.put(
                    ExerciseRejected.SECONDARY_PATTERNS,
                    Text.of("domain.refused.exercise.tooManySecondary", ExerciseCatalog.MAX_SECONDARY_PATTERNS));
        }
        checkDose(draft, errors);
        checkSteps(draft.instructions(), errors);
        checkText(draft.whyItHelps(), ExerciseRejected.WHY_IT_HELPS, "domain.refused.exercise.whyTooLong", errors);
        checkText(draft.cautions(), ExerciseRejected.CAUTIONS, "domain.refused.exercise.cautionsTooLong", errors);
        return errors;
    }

    private static void checkDose(ExerciseDraft draft, Map<String, Text> errors) {
        DoseType type = draft.doseType();
        if (type == null) {
            errors.put(ExerciseRejected.DOSE_TYPE, Text.of("domain.refused.exercise.doseTypeMissing"));
            return;
        }
        if (type == DoseType.DURATION && draft.perSide()) {
            errors.put(ExerciseRejected.DOSE_TYPE, Text.of("domain.refused.exercise.timedPerSide"));
        }
        if (type != DoseType.DURATION) {
            Integer sets = draft.sets();
            if (sets == null) {
                errors.put(ExerciseRejected.SETS, Text.of("domain.refused.exercise.setsMissing"));
            } else if (sets < 1 || sets > Dose.MAX_SETS) {
                errors.put(ExerciseRejected.SETS, Text.of("domain.refused.exercise.setsRange", Dose.MAX_SETS));
            }
        }
        String unit = unit(type);
        int max = maxAmount(type);
        Integer low = draft.low();
        if (low == null) {
            errors.put(ExerciseRejected.LOW, Text.of("domain.refused.exercise.lowMissing." + unit));
        } else if (low < 1 || low > max) {
            errors.put(ExerciseRejected.LOW, Text.of("domain.refused.exercise.lowRange." + unit, max));
        }
        Integer high = draft.high();
        if (high != null && low != null && low >= 1 && low <= max) {
            if (high < low) {
                errors.put(ExerciseRejected.HIGH, Text.of("domain.refused.exercise.highBelowLow", low));
            } else if (high > max) {
                errors.put(ExerciseRejected.HIGH, Text.of("domain.refused.exercise.highMax." + unit, max));
            }
        }
    }

    private static void checkSteps(List<String> instructions, Map<String, Text> errors) {
        List<String> steps = steps(instructions);
        if (steps.isEmpty()) {
            errors.put(ExerciseRejected.INSTRUCTIONS, Text.of("domain.refused.exercise.noSteps"));
        } else if (steps.size() > ExerciseCatalog.MAX_STEPS) {
            errors.put(
                    ExerciseRejected.INSTRUCTIONS,
                    Text.of("domain.refused.exercise.tooManySteps", ExerciseCatalog.MAX_STEPS, steps.size()));
        } else {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).length() > ExerciseCatalog.MAX_STEP_LENGTH) {
                    errors.put(
                            ExerciseRejected.INSTRUCTIONS,
                            Text.of("domain.refused.exercise.stepTooLong", ExerciseCatalog.MAX_STEP_LENGTH, i + 1));
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

    private static void checkText(String text, String field, String tooLongKey, Map<String, Text> errors) {
        if (strip(text).length() > ExerciseCatalog.MAX_TEXT_LENGTH) {
            errors.put(field, Text.of(tooLongKey, ExerciseCatalog.MAX_TEXT_LENGTH));
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
