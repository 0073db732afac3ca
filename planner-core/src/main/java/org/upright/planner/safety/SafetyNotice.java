package org.upright.planner.safety;

import java.util.Objects;

/**
 * Something the lifter (and their coach) must see, with how urgently to act on it.
 *
 * @param headline a few words for a banner
 * @param message the full text, in plain words
 */
public record SafetyNotice(Urgency urgency, String headline, String message) {

    public SafetyNotice {
        Objects.requireNonNull(urgency, "urgency is required");
        if (headline == null || headline.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a safety notice needs a headline and a message");
        }
    }

    public static SafetyNotice of(RedFlag flag) {
        String headline = flag.isEmergency() ? "Urgent: get emergency care now" : "See a medical professional now";
        return new SafetyNotice(flag.urgency(), headline, flag.notice());
    }

    public static SafetyNotice of(Referral referral) {
        return new SafetyNotice(referral.urgency(), referral.headline(), referral.message());
    }
}
