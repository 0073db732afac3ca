package org.upright.planner.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** How e-mail addresses are compared and checked everywhere: trimmed, lower-case, roughly valid. */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;

    // Deliberately simple: something@something.tld without spaces. Real proof of an address needs
    // a confirmation mail, which we do not send yet.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {}

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    static boolean looksValid(String email) {
        return !email.isEmpty()
                && email.length() <= MAX_LENGTH
                && SHAPE.matcher(email).matches();
    }
}
