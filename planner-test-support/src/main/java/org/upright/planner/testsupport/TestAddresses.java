package org.upright.planner.testsupport;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * A unique e-mail address for a test person, readable from their name. Plain ASCII, as Upright
 * requires of every address (docs/adr/0022): "Jürgen Weiß" becomes {@code jurgen.wei-…@example.com}.
 */
public final class TestAddresses {

    private TestAddresses() {}

    public static String unique(String name) {
        String ascii = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace(' ', '.')
                .replaceAll("[^a-z0-9.]", "");
        return ascii + "-" + UUID.randomUUID() + "@example.com";
    }
}
