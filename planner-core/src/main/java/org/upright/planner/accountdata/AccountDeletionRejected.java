package org.upright.planner.accountdata;

import org.upright.planner.common.Text;

/** "Delete my account" refused; nothing was changed. {@link #reason()} belongs at the password field. */
public class AccountDeletionRejected extends RuntimeException {

    private final Text reason;

    public AccountDeletionRejected(Text reason) {
        super("account deletion refused: " + reason.key());
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
