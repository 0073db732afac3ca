package org.upright.planner.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words in a pain check-in note that hint at a warning sign (domain §5): a note like "my left arm
 * went numb" opens the red-flag checklist instead of being filed away with advice.
 *
 * <p>The word stems of every language the product ships live here, in {@link #STEMS}, and a note is
 * checked against all of them whatever language the lifter reads the app in (people write in the
 * language they think in). Today Upright ships English only; a translation adds its own list.
 *
 * <p>Choices where the spec is silent:
 *
 * <ul>
 *   <li>A stem matches at the start of a word, so "numb" finds "numbness" and "injur" finds
 *       "injured", but "tonight" does not match "night". A stem may name words it must not match
 *       ("numb" is not "number", "fell" is not "fellow").
 *   <li>"Weak" only counts with an arm or a leg (or a hand or foot, which belong to them) in the same
 *       sentence: the spec's sign is weakness in a limb, and "felt weak on bench" is not one.
 *   <li>Negations are not read: "no numbness" still opens the checklist. Six questions cost a few
 *       taps; guessing wrong about a warning sign costs far more.
 * </ul>
 */
public final class WarningSignWords {

    /**
     * A word (or a few words in a row) that hints at {@code flag}.
     *
     * @param stems consecutive word beginnings, e.g. {@code ["weight", "los"]} for "weight loss"
     * @param except word beginnings the first stem must not match ("number" for "numb")
     * @param withAnyOf when not empty, another word of the same sentence must start with one of these
     */
    record Stem(RedFlag flag, List<String> stems, List<String> except, List<String> withAnyOf) {

        static Stem of(RedFlag flag, String words) {
            return new Stem(flag, List.of(words.split(" ")), List.of(), List.of());
        }

        Stem except(String... words) {
            return new Stem(flag, stems, List.of(words), withAnyOf);
        }

        Stem with(String... words) {
            return new Stem(flag, stems, except, List.of(words));
        }
    }

    private static final List<Stem> ENGLISH = List.of(
            Stem.of(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS, "numb").except("number"),
            Stem.of(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS, "tingl"),
            Stem.of(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS, "pins and needles"),
            Stem.of(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS, "weak").with("arm", "leg", "hand", "foot", "feet"),
            Stem.of(RedFlag.FEVER, "fever"),
            Stem.of(RedFlag.LOSS_OF_BLADDER_OR_BOWEL_CONTROL, "bladder"),
            Stem.of(RedFlag.LOSS_OF_BLADDER_OR_BOWEL_CONTROL, "bowel"),
            Stem.of(RedFlag.LOSS_OF_BLADDER_OR_BOWEL_CONTROL, "incontinen"),
            Stem.of(RedFlag.PAIN_WORSE_AT_NIGHT, "night"),
            Stem.of(RedFlag.PAIN_AFTER_FALL_OR_INJURY, "fall"),
            Stem.of(RedFlag.PAIN_AFTER_FALL_OR_INJURY, "fell").except("fellow"),
            Stem.of(RedFlag.PAIN_AFTER_FALL_OR_INJURY, "accident"),
            Stem.of(RedFlag.PAIN_AFTER_FALL_OR_INJURY, "injur"),
            Stem.of(RedFlag.UNEXPLAINED_WEIGHT_LOSS, "weight los"),
            Stem.of(RedFlag.UNEXPLAINED_WEIGHT_LOSS, "lost weight"),
            Stem.of(RedFlag.UNEXPLAINED_WEIGHT_LOSS, "losing weight"));

    /** The stems of every language the product ships, by language tag. Add a translation's here. */
    static final Map<String, List<Stem>> STEMS = Map.of(Locale.ENGLISH.getLanguage(), ENGLISH);

    private WarningSignWords() {}

    /** The warning signs {@code note} hints at, in any shipped language; empty for none. */
    public static Set<RedFlag> mentionedIn(String note) {
        Set<RedFlag> found = EnumSet.noneOf(RedFlag.class);
        if (note == null || note.isBlank()) {
            return found;
        }
        for (List<String> sentence : sentences(note)) {
            for (List<Stem> language : STEMS.values()) {
                for (Stem stem : language) {
                    if (matches(stem, sentence)) {
                        found.add(stem.flag());
                    }
                }
            }
        }
        return found;
    }

    public static boolean mentionsAny(String note) {
        return !mentionedIn(note).isEmpty();
    }

    private static boolean matches(Stem stem, List<String> words) {
        for (int i = 0; i + stem.stems().size() <= words.size(); i++) {
            if (startsAt(stem, words, i)
                    && (stem.withAnyOf().isEmpty() || anyOtherWordStartsWith(words, i, stem.withAnyOf()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(Stem stem, List<String> words, int at) {
        String first = words.get(at);
        if (stem.except().stream().anyMatch(first::startsWith)) {
            return false;
        }
        for (int k = 0; k < stem.stems().size(); k++) {
            if (!words.get(at + k).startsWith(stem.stems().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyOtherWordStartsWith(List<String> words, int except, List<String> beginnings) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i != except && beginnings.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words without accents, split into sentences at . ! ? ; and line breaks. */
    private static List<List<String>> sentences(String note) {
        String plain = Normalizer.normalize(note, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<List<String>> sentences = new ArrayList<>();
        for (String sentence : plain.split("[.!?;\\n\\r]+")) {
            List<String> words = new ArrayList<>();
            for (String word : sentence.split("[^\\p{L}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            if (!words.isEmpty()) {
                sentences.add(words);
            }
        }
        return sentences;
    }
}
