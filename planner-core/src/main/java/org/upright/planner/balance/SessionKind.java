package org.upright.planner.balance;

import org.upright.planner.common.Labels;
import org.upright.planner.common.Text;

/** What a session is for. The kind matters to the mobility and routine rules (domain §3.3, §3.5). */
public enum SessionKind {
    STRENGTH,
    MOBILITY,
    BACK_CARE_ROUTINE,
    CONDITIONING,
    RECOVERY;

    /**
     * The kind in words, the one spelling every screen, export and report uses ("Back-care routine"),
     * from {@code domain.sessionKind.*}; render it in the reader's language.
     */
    public Text label() {
        return Labels.of(this);
    }
}
