package org.upright.planner.exercise;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.upright.planner.common.Refusal;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;

/**
 * A coach's exercise refused, with one reason per field so that the form can show each reason at
 * its field, in the coach's language, and keep everything typed. Nothing is stored when this is
 * thrown. {@link #FORM} is for reasons about the entry as a whole.
 */
public class ExerciseRejected extends Refusal {

    public static final String NAME = "name";
    public static final String EQUIPMENT = "equipment";
    public static final String PRIMARY_PATTERN = "primaryPattern";
    public static final String SECONDARY_PATTERNS = "secondaryPatterns";
    public static final String DOSE_TYPE = "doseType";
    public static final String SETS = "sets";
    public static final String LOW = "low";
    public static final String HIGH = "high";
    public static final String INSTRUCTIONS = "instructions";
    public static final String WHY_IT_HELPS = "whyItHelps";
    public static final String CAUTIONS = "cautions";
    public static final String FORM = "form";

    private final transient Map<String, Text> reasons;

    public ExerciseRejected(Map<String, Text> reasons) {
        super(Text.of("domain.refused.exercise.fields", reasons.size()));
        this.reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** Field name (one of the constants) to why it was refused, in form order. */
    public Map<String, Text> reasons() {
        return reasons;
    }

    /** The reasons in English, by field: for the log. A screen shows {@link #reasons()} in its reader's language. */
    public Map<String, String> fieldErrors() {
        Map<String, String> english = new LinkedHashMap<>();
        reasons.forEach((field, reason) -> english.put(field, Texts.render(reason, Locale.ENGLISH)));
        return Collections.unmodifiableMap(english);
    }

    @Override
    public String getMessage() {
        return "exercise rejected: " + fieldErrors();
    }
}
