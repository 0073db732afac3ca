package org.upright.planner;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.testsupport.TestAddresses;

/** Test helper: creates people and runs code as one of them. */
@Component
public class People {

    private final AccountService accounts;
    private final JdbcTemplate jdbc;

    People(AccountService accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    public AccountSummary lifter(String name) {
        return create(name, Role.LIFTER);
    }

    public AccountSummary coach(String name) {
        return create(name, Role.COACH);
    }

    private AccountSummary create(String name, Role role) {
        String email = TestAddresses.unique(name);
        return accounts.createConfirmed(new SignUpCommand(email, "a long test password", name, role));
    }

    /** Links coach and lifter; {@code ended} leaves a former coach behind. */
    public void coaches(AccountSummary coach, AccountSummary lifter, boolean ended) {
        jdbc.update(
                "insert into coaching (id, coach_id, lifter_id, started_at, ended_at, version, current_lifter_id)"
                        + " values (nextval('coaching_seq'), ?, ?, current_timestamp, "
                        + (ended ? "current_timestamp" : "null") + ", 0, ?)",
                coach.id(),
                lifter.id(),
                ended ? null : lifter.id());
    }

    public <T> T as(AccountSummary who, Supplier<T> action) {
        var principal = new SignedInAccount(who.id(), who.email(), who.displayName(), who.role(), null);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(AccountSummary who, Runnable action) {
        as(who, () -> {
            action.run();
            return null;
        });
    }
}
