package org.upright.planner.balance;

/** The rules of domain §3, by the names the spec and the tests use. */
public enum RuleId {
    PUSH_PULL_RATIO("Push : pull balance"),
    THORACIC_WARM_UP("Thoracic warm-up"),
    MOBILITY_FREQUENCY("Mobility sessions"),
    SCAPULAR_STRENGTH_FREQUENCY("Upper-back strength days"),
    ROUTINE_FREQUENCY("Back-care routine days"),
    VOLUME_JUMP("Too much too soon"),
    BREATHING_PRACTICE("Breathing practice");

    private final String title;

    RuleId(String title) {
        this.title = title;
    }

    /** The rule's name in plain words, as lists and previews show it. */
    public String title() {
        return title;
    }
}
