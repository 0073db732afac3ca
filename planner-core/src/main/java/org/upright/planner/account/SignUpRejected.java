package org.upright.planner.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sign-up refused, with one plain-words message per field so the form can show each message at
 * its field and keep everything the person typed. {@link #FORM} is for messages about the form as
 * a whole (e.g. sign-up is by invitation only).
 */
public class SignUpRejected extends RuntimeException {

    public static final String EMAIL = "email";
    public static final String PASSWORD = "password";
    public static final String DISPLAY_NAME = "displayName";
    public static final String ROLE = "role";
    public static final String FORM = "form";

    private final Map<String, String> fieldErrors;

    public SignUpRejected(Map<String, String> fieldErrors) {
        super("sign-up rejected: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
