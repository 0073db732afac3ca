package org.upright.planner.ui.journal;

import java.util.Arrays;
import java.util.List;
import org.upright.planner.safety.RedFlag;

/** The warning signs in a few words, for the printed card where the full questions do not fit. */
final class RedFlagLabels {

    private RedFlagLabels() {}

    static String shortLabel(RedFlag flag) {
        return switch (flag) {
            case PAIN_AFTER_FALL_OR_INJURY -> "Pain that started with a fall or an injury";
            case FEVER -> "Fever, or feeling hot and shivery, with the pain";
            case NUMBNESS_TINGLING_OR_WEAKNESS -> "Numbness, tingling or weakness in your arms or legs";
            case LOSS_OF_BLADDER_OR_BOWEL_CONTROL -> "Loss of bladder or bowel control: emergency care now";
            case PAIN_WORSE_AT_NIGHT -> "Pain that is worse at night or wakes you";
            case UNEXPLAINED_WEIGHT_LOSS -> "Losing weight without trying";
        };
    }

    static List<String> all() {
        return Arrays.stream(RedFlag.values()).map(RedFlagLabels::shortLabel).toList();
    }
}
