package org.upright.planner.accountdata;

import org.upright.planner.common.Refusal;
import org.upright.planner.common.Text;

/** "Delete my account" refused; nothing was changed. {@link #reason()} belongs at the password field. */
public class AccountDeletionRejected extends Refusal {

    public AccountDeletionRejected(Text reason) {
        super(reason);
    }
}
