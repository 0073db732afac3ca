package org.upright.planner.common;

import java.io.Serial;
import java.util.Locale;
import java.util.Objects;

/**
 * Something a service refused to do, with the reason as words not yet in a language (issue 13,
 * docs/adr/0018): a {@link Text} the edge renders in the reader's language. Every refusal a person
 * reads on screen extends this, so a view shows {@code reason()} and never {@code getMessage()}.
 *
 * <p>{@link #getMessage()} is the reason in English, for the log (and for tests that were written
 * when the reason was an English string): the log is read by developers, in one language.
 */
public class Refusal extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Text reason;

    public Refusal(Text reason) {
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Refused because of {@code cause} (kept for the log), said to the person as {@code reason}. */
    public Refusal(Text reason, Throwable cause) {
        super(cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why, for the person who asked: render it in their language. */
    public Text reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return Texts.render(reason, Locale.ENGLISH);
    }
}
