package org.upright.planner.plan;

import java.util.List;
import org.upright.planner.balance.FixPlan;
import org.upright.planner.balance.FixSummary;
import org.upright.planner.common.Text;

/**
 * What "Apply all" would do to a week, shown before anything changes (domain §3, "Coordinated
 * fixes"): one line per session it changes or adds, and what it leaves and why.
 *
 * @param version the version of the week the preview was made for; applying names it, so a week
 *     someone changed in between is refused rather than fixed differently from what was shown
 */
public record FixPreview(long version, List<Text> changes, List<NotFixed> notFixed) {

    /** A finding the fixes leave, in plain words (rendered by the edge in the reader's language). */
    public record NotFixed(Text finding, Text reason) {}

    public FixPreview {
        changes = List.copyOf(changes);
        notFixed = List.copyOf(notFixed);
    }

    static FixPreview of(FixPlan plan, long version) {
        return new FixPreview(
                version,
                FixSummary.of(plan),
                plan.unfixed().stream()
                        .map(u -> new NotFixed(u.rule().title(), u.reason()))
                        .distinct()
                        .toList());
    }

    public boolean changesNothing() {
        return changes.isEmpty();
    }
}
