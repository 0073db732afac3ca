package org.upright.planner.common;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Words for a user that are not yet in the user's language: a key in one of the message bundles
 * and the values to put into it. The domain hands these out; the edge (a view, a PDF, a calendar,
 * an e-mail) renders them with {@link Texts} in the language of the person who reads them.
 *
 * <p>An argument may itself be a {@code Text} (a session kind's label inside a finding, say); it is
 * rendered in the same language first. Every other argument is formatted by
 * {@link java.text.MessageFormat} for the reader's locale, so {@code {0,number}} gets a decimal
 * comma in German.
 *
 * @param key {@code <bundle>.<rest>}, for example {@code domain.finding.pushPull.short}; the part
 *     before the first dot names the bundle {@code i18n/<bundle>.properties}
 * @param args the values for {@code {0}}, {@code {1}}, … in the bundle's pattern
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        if (key.indexOf('.') < 1) {
            throw new IllegalArgumentException("A text key starts with its bundle's name and a dot: " + key);
        }
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** The bundle this key lives in: the part before the first dot. */
    public String bundle() {
        return key.substring(0, key.indexOf('.'));
    }
}
