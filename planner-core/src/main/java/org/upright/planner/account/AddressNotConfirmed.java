package org.upright.planner.account;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The password was right, but the account's address is not confirmed yet (docs/adr/0024). Only
 * raised after the password has been checked, so it tells nothing to someone who does not know it.
 */
public class AddressNotConfirmed extends AccountStatusException {

    public AddressNotConfirmed() {
        super("The account's e-mail address is not confirmed yet");
    }
}
