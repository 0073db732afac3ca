package org.upright.planner.ui;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.testsupport.TestAddresses;

/** UI-test helper: creates people through the services and signs in as one of them. */
public final class TestPeople {

    /** Everyone {@link #create} makes signs in with this. */
    public static final String PASSWORD = "a long enough password";

    private final AccountService accounts;
    private final CoachingService coaching;

    public TestPeople(AccountService accounts, CoachingService coaching) {
        this.accounts = accounts;
        this.coaching = coaching;
    }

    public AccountSummary create(String name, Role role) {
        return accounts.createConfirmed(new SignUpCommand(TestAddresses.unique(name), PASSWORD, name, role));
    }

    /** The coach invites the lifter and the lifter accepts. */
    public void link(AccountSummary coach, AccountSummary lifter) {
        String code = as(coach, () -> coaching.invite(lifter.email()).code());
        as(lifter, () -> coaching.accept(code));
    }

    /** Signs in for the rest of the test (browserless tests read the context when they navigate). */
    public static void signIn(AccountSummary who) {
        SecurityContextHolder.setContext(contextFor(who));
    }

    public static <T> T as(AccountSummary who, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(contextFor(who));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static SecurityContext contextFor(AccountSummary who) {
        var principal = new SignedInAccount(who.id(), who.email(), who.displayName(), who.role(), null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return context;
    }
}
