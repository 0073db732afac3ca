package org.upright.planner.exercise;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A coach's exercise refused, with one plain-words message per field so that the form can show
 * each message at its field and keep everything typed. Nothing is stored when this is thrown.
 * {@link #FORM} is for messages about the entry as a whole.
 */
public class ExerciseRejected extends RuntimeException {

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

    private final Map<String, String> fieldErrors;

    public ExerciseRejected(Map<String, String> fieldErrors) {
        super("exercise rejected: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** Field name (one of the constants) to message, in form order. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
