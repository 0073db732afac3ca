package org.upright.planner.journal;

import org.upright.planner.common.Refusal;
import org.upright.planner.common.Text;

/**
 * A journal entry that cannot be stored as given, with the field it is about so a form can show
 * the reason there and keep everything else the person typed. Nothing was written.
 */
public class JournalEntryRejected extends Refusal {

    public static final String DATE = "date";
    public static final String SCORE = "score";
    public static final String NOTE = "note";
    public static final String RPE = "rpe";
    public static final String TITLE = "title";
    public static final String KIND = "kind";
    public static final String ACTUALS = "actuals";
    public static final String HABITS = "habits";
    public static final String RED_FLAGS = "redFlags";
    public static final String SESSION = "session";
    public static final String TIMING = "timing";
    public static final String FORM = "form";

    private final String field;

    public JournalEntryRejected(String field, Text reason) {
        super(reason);
        this.field = field;
    }

    /** Which field the reason is about; {@link #FORM} for the entry as a whole. */
    public String field() {
        return field;
    }
}
