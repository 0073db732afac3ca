package org.upright.planner.balance;

import java.util.Set;

/**
 * Hands out ids for what a rule's suggestions create: {@code sg-<tag>-<n>}, skipping any id the
 * week already uses. Ids are deterministic (the same week gives the same suggestions), short, and
 * distinct between rules because each rule has its own tag.
 */
final class SuggestionIds {

    private final String prefix;
    private final Set<String> taken;
    private int next = 1;

    SuggestionIds(String tag, Set<String> taken) {
        this.prefix = "sg-" + tag + "-";
        this.taken = taken;
    }

    String next() {
        String id;
        do {
            id = prefix + next++;
        } while (taken.contains(id));
        return id;
    }
}
