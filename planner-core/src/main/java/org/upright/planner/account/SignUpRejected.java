package org.upright.planner.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.upright.planner.common.Refusal;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;

/**
 * Sign-up refused, with one reason per field so the form can show each reason at its field, in the
 * reader's language, and keep everything the person typed. {@link #FORM} is for reasons about the
 * form as a whole (e.g. sign-up is by invitation only).
 */
public class SignUpRejected extends Refusal {

    public static final String EMAIL = "email";
    public static final String PASSWORD = "password";
    public static final String DISPLAY_NAME = "displayName";
    public static final String ROLE = "role";
    public static final String FORM = "form";

    private final transient Map<String, Text> reasons;

    public SignUpRejected(Map<String, Text> reasons) {
        super(Text.of("domain.refused.signUp.fields", reasons.size()));
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
        return "sign-up rejected: " + fieldErrors();
    }
}
