package org.upright.planner.mail;

import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.testsupport.TestAddresses;

/** People on a mail node: made confirmed, without a mail round trip, and acting as themselves. */
final class MailAccounts {

    private final ConfigurableApplicationContext node;

    MailAccounts(ConfigurableApplicationContext node) {
        this.node = node;
    }

    AccountSummary create(String name, String password) {
        return node.getBean(AccountService.class)
                .createConfirmed(new SignUpCommand(TestAddresses.unique(name), password, name, Role.LIFTER));
    }

    static <T> T as(AccountSummary who, Supplier<T> action) {
        var principal = new SignedInAccount(who.id(), who.email(), who.displayName(), who.role(), null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
