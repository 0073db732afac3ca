package org.upright.planner.balance;

/** What a session is for. The kind matters to the mobility and routine rules (domain §3.3, §3.5). */
public enum SessionKind {
    STRENGTH("Strength"),
    MOBILITY("Mobility"),
    BACK_CARE_ROUTINE("Back-care routine"),
    CONDITIONING("Conditioning"),
    RECOVERY("Recovery");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    /** The kind in words, the one spelling every screen, export and report uses ("Back-care routine"). */
    public String label() {
        return label;
    }
}
