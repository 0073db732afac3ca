package org.upright.planner.ui.library;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInAccount;

/**
 * The people the library's view tests sign in as ({@code @WithSignedInAccount} with these ids).
 * Their account rows are created on first use, because a coach's own exercise refers to its
 * owner's account.
 */
final class LibraryPeople {

    static final long COACH = 3_100_001L;
    static final long CLIENT = 3_100_002L;
    static final long OTHER_COACH = 3_100_003L;

    private LibraryPeople() {}

    static void ensure(JdbcTemplate jdbc) {
        account(jdbc, COACH, Role.COACH);
        account(jdbc, CLIENT, Role.LIFTER);
        account(jdbc, OTHER_COACH, Role.COACH);
        jdbc.update(
                "insert into coaching (id, coach_id, lifter_id, started_at, ended_at, version, current_lifter_id)"
                        + " select nextval('coaching_seq'), ?, ?, current_timestamp, null, 0, ?"
                        + " where not exists (select 1 from coaching where coach_id = ? and lifter_id = ?)",
                COACH,
                CLIENT,
                CLIENT,
                COACH,
                CLIENT);
    }

    private static void account(JdbcTemplate jdbc, long id, Role role) {
        jdbc.update(
                "insert into account (id, email, password_hash, display_name, role, created_at, version)"
                        + " values (?, ?, '{noop}unused', ?, ?, current_timestamp, 0) on conflict (id) do nothing",
                id,
                "library-" + id + "@example.com",
                "Library " + role.name().toLowerCase(),
                role.name());
    }

    /** Runs {@code action} as another person, then restores whoever the test signed in as. */
    static <T> T as(long id, Role role, Supplier<T> action) {
        var principal = new SignedInAccount(id, "library-" + id + "@example.com", "Library", role, null);
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
}
