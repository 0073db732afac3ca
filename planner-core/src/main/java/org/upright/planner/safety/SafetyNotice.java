package org.upright.planner.safety;

import java.util.Objects;
import org.upright.planner.common.Text;

/**
 * Something the lifter (and their coach) must see, with how urgently to act on it.
 *
 * @param headline a few words for a banner
 * @param message the full text, in plain words (both rendered in the reader's language by the edge)
 */
public record SafetyNotice(Urgency urgency, Text headline, Text message) {

    public SafetyNotice {
        Objects.requireNonNull(urgency, "urgency is required");
        if (headline == null || message == null) {
            throw new IllegalArgumentException("a safety notice needs a headline and a message");
        }
    }

    public static SafetyNotice of(RedFlag flag) {
        Text headline = Text.of(
                flag.isEmergency() ? "domain.safety.headline.emergency" : "domain.safety.headline.seeProfessional");
        return new SafetyNotice(flag.urgency(), headline, flag.notice());
    }

    public static SafetyNotice of(Referral referral) {
        return new SafetyNotice(referral.urgency(), referral.headline(), referral.message());
    }
}
