package org.upright.planner.report;

import java.util.List;

/**
 * The safety status printed on the review, with the reasons in plain words.
 *
 * @param level how urgent it is
 * @param lines what was reported and what to do, one sentence each; at least one line for {@link
 *     SafetyLevel#REFER} and {@link SafetyLevel#STOP} (a warning without a reason helps nobody). For
 *     loss of bladder or bowel control the line must say "urgent / emergency care" (domain §5).
 */
public record SafetyStatus(SafetyLevel level, List<String> lines) {

    public SafetyStatus {
        Require.present(level, "safety.level");
        lines = Require.list(lines, "safety.lines");
        for (int i = 0; i < lines.size(); i++) {
            Require.text(lines.get(i), "safety.lines[" + i + "]", 1_000);
        }
        if (level != SafetyLevel.CLEAR && lines.isEmpty()) {
            throw new IllegalArgumentException("safety.lines must say why when the level is " + level);
        }
    }

    public static SafetyStatus clear() {
        return new SafetyStatus(SafetyLevel.CLEAR, List.of());
    }

    public boolean redFlag() {
        return level == SafetyLevel.STOP;
    }
}
