package org.upright.planner.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How e-mail addresses are compared and checked everywhere: trimmed, lower-case, roughly valid, and
 * plain ASCII.
 *
 * <p>ASCII only because Upright's links (verification, reset, invitations) travel by mail, and mail
 * to {@code jürgen@…} needs SMTPUTF8 end to end, which most servers do not offer: the outbox would
 * retry such a mail for ever while the person waits for a link. Refusing at the field tells them at
 * once (docs/adr/0022).
 */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;

    // Deliberately simple: something@something.tld without spaces. Real proof of an address needs
    // the confirmation mail (docs/adr/0024).
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {}

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether every character is ASCII; checked apart from the shape so the message can say why. */
    static boolean isAscii(String email) {
        return email.chars().allMatch(c -> c < 0x80);
    }

    static boolean looksValid(String email) {
        return !email.isEmpty()
                && email.length() <= MAX_LENGTH
                && isAscii(email)
                && SHAPE.matcher(email).matches();
    }
}
