package org.upright.planner.common;

import java.util.Optional;

/**
 * The one check every piece of text a person typed passes before it is stored. PostgreSQL cannot
 * store the NUL character (U+0000) in text at all: it refuses the whole statement with an encoding
 * error. A NUL never comes from a keyboard, only from pasted or crafted input, so it is refused
 * with a message in words rather than removed silently.
 */
public final class TypedText {

    /** Said at the field that holds the character. */
    public static final Text HAS_NUL = Text.of("domain.refused.typed.nul");

    private TypedText() {}

    /** Why {@code text} cannot be stored as it is, if it cannot; {@code null} text is fine. */
    public static Optional<Text> problem(String text) {
        return text != null && text.indexOf('\u0000') >= 0 ? Optional.of(HAS_NUL) : Optional.empty();
    }
}
