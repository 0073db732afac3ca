package org.upright.planner.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The domain bundle in step in its four languages: the same keys, nothing empty, the same
 * placeholders, and no straight apostrophe (MessageFormat would swallow the rest of the pattern).
 */
class DomainBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws IOException {
        Properties english = load("");
        assertThat(english).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (String suffix : List.of("_de", "_es", "_fr")) {
            Properties other = load(suffix);
            if (!other.keySet().equals(english.keySet())) {
                Set<Object> extra = new TreeSet<>(other.keySet());
                extra.removeAll(english.keySet());
                Set<Object> absent = new TreeSet<>(english.keySet());
                absent.removeAll(other.keySet());
                problems.add(suffix + ": missing " + absent + ", extra " + extra);
            }
            for (String key : english.stringPropertyNames()) {
                String value = other.getProperty(key);
                if (value != null && !placeholders(value).equals(placeholders(english.getProperty(key)))) {
                    problems.add(suffix + ": placeholders differ in " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noValueIsEmptyOrHoldsAStraightApostropheAndEveryKeyIsInTheDomainBundle() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String suffix : List.of("", "_de", "_es", "_fr")) {
            Properties bundle = load(suffix);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                if (!key.startsWith("domain.") || value.isBlank() || value.contains("'")) {
                    problems.add(suffix + " " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DomainBundleTest.class.getResourceAsStream("/i18n/domain" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
