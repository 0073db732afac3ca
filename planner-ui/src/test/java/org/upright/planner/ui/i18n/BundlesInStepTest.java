package org.upright.planner.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message bundle of every module (they are all on this module's classpath) in step across
 * English, German, Spanish and French (issue 13, ADR 0018): a reader of any language sees every
 * text, with the same values filled in. Test-only bundles ({@code i18n/testing*}) are left out.
 */
class BundlesInStepTest {

    static final List<String> LANGUAGES = List.of("", "_de", "_es", "_fr");
    private static final Pattern FILE = Pattern.compile("([a-z][a-zA-Z0-9]*)(_de|_es|_fr)?\\.properties");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");

    /** bundle name → language suffix ("" for English) → its entries, in file order of keys. */
    static final Map<String, Map<String, Map<String, String>>> BUNDLES = new TreeMap<>();

    static final List<String> PROBLEMS = new ArrayList<>();

    @BeforeAll
    static void readEveryBundle() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        for (Resource file : files) {
            String name = file.getFilename();
            if (name == null || name.startsWith("testing")) {
                continue;
            }
            Matcher m = FILE.matcher(name);
            if (!m.matches()) {
                PROBLEMS.add(name + ": not <bundle>[_de|_es|_fr].properties");
                continue;
            }
            String language = m.group(2) == null ? "" : m.group(2);
            BUNDLES.computeIfAbsent(m.group(1), b -> new TreeMap<>()).put(language, read(file, name));
        }
    }

    private static Map<String, String> read(Resource file, String name) throws IOException {
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            PROBLEMS.add(name + ": not UTF-8");
            return Map.of();
        }
        Map<String, String> entries = new TreeMap<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (entries.put((String) key, (String) value) != null) {
                    PROBLEMS.add(name + ": " + key + " twice");
                }
                return super.put(key, value);
            }
        };
        properties.load(new StringReader(text));
        return entries;
    }

    @Test
    void theBundlesWereFound() {
        assertThat(BUNDLES).containsKey("ui");
        assertThat(PROBLEMS).isEmpty();
    }

    @Test
    void everyBundleIsWrittenInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        BUNDLES.forEach((bundle, languages) -> LANGUAGES.stream()
                .filter(l -> !languages.containsKey(l))
                .forEach(l -> missing.add(bundle + l + ".properties")));
        assertThat(missing).as("bundle files missing").isEmpty();
    }

    @Test
    void everyKeyIsInEveryLanguageAndNowhereElse() {
        List<String> problems = new ArrayList<>();
        BUNDLES.forEach((bundle, languages) -> {
            Set<String> english = languages.getOrDefault("", Map.of()).keySet();
            languages.forEach((language, entries) -> {
                if (language.isEmpty()) {
                    return;
                }
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(entries.keySet());
                Set<String> extra = new TreeSet<>(entries.keySet());
                extra.removeAll(english);
                missing.forEach(k -> problems.add(bundle + language + ": missing " + k));
                extra.forEach(k -> problems.add(bundle + language + ": not in English " + k));
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyStartsWithItsBundlesName() {
        List<String> problems = new ArrayList<>();
        eachEntry((file, key, value) -> {
            String bundle = file.replaceAll("_..$", "");
            if (!key.startsWith(bundle + ".")) {
                problems.add(file + ": " + key);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void noValueIsEmpty() {
        List<String> empty = new ArrayList<>();
        eachEntry((file, key, value) -> {
            if (value.isBlank()) {
                empty.add(file + ": " + key);
            }
        });
        assertThat(empty).isEmpty();
    }

    @Test
    void noValueHasAStraightApostropheWhichMessageFormatWouldSwallow() {
        List<String> straight = new ArrayList<>();
        eachEntry((file, key, value) -> {
            if (value.indexOf('\'') >= 0) {
                straight.add(file + ": " + key + " = " + value);
            }
        });
        assertThat(straight).as("write ’ instead of '").isEmpty();
    }

    /**
     * Upright speaks to its reader as a friend does, in every language: "du", "tú", "tu". A screen
     * that says "tu" above a warning that says "vous" reads as two products (issue 13: written as a
     * native speaker would). Words a formal register cannot do without are what this looks for.
     */
    @Test
    void everyLanguageAddressesTheReaderTheSameFriendlyWay() {
        Map<String, Pattern> formal = Map.of(
                "_de", Pattern.compile("\\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)\\b"),
                "_es", Pattern.compile("(?iu)\\b(usted|ustedes)\\b"),
                "_fr", Pattern.compile("(?iu)\\b(vous|votre|vos)\\b"));
        List<String> problems = new ArrayList<>();
        eachEntry((file, key, value) -> {
            Pattern pattern = formal.get(file.substring(Math.max(0, file.length() - 3)));
            if (pattern != null && pattern.matcher(value).find()) {
                problems.add(file + ": " + key + " = " + value);
            }
        });
        assertThat(problems).as("address the reader informally").isEmpty();
    }

    @Test
    void everyValueIsAPatternMessageFormatReads() {
        List<String> broken = new ArrayList<>();
        eachEntry((file, key, value) -> {
            try {
                new MessageFormat(value);
            } catch (IllegalArgumentException e) {
                broken.add(file + ": " + key + " (" + e.getMessage() + ")");
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void everyLanguageFillsInTheSameValues() {
        List<String> problems = new ArrayList<>();
        BUNDLES.forEach((bundle, languages) -> {
            Map<String, String> english = languages.getOrDefault("", Map.of());
            languages.forEach((language, entries) -> entries.forEach((key, value) -> {
                String original = english.get(key);
                if (original != null && !arguments(original).equals(arguments(value))) {
                    problems.add(bundle + language + ": " + key + " uses " + arguments(value) + ", English "
                            + arguments(original));
                }
            }));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theSameValuesAreFilledInForEachCheckedPattern() {
        // The check above must see the difference it is there for.
        assertThat(arguments("{0} of {1,number}")).isNotEqualTo(arguments("{0} von {2}"));
        assertThat(arguments("{1} de {0}")).isEqualTo(arguments("{0} of {1}"));
    }

    static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    interface EntryCheck {
        void check(String file, String key, String value);
    }

    private static void eachEntry(EntryCheck check) {
        BUNDLES.forEach((bundle, languages) -> languages.forEach(
                (language, entries) -> entries.forEach((key, value) -> check.check(bundle + language, key, value))));
    }
}
