package org.upright.planner.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Whether a session may go on: its account still exists (docs/adr/0023) and its password was not
 * reset after the session signed in (docs/adr/0022). A session that may not is ended at its next
 * page load, on whichever node it lives: that is how leaving and a reset sign out the account's
 * other sessions. (A session holds no password hash to compare: Spring Security erases it after
 * sign-in.)
 */
@Service
public class SignedInSessions {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    SignedInSessions(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** False if the caller's account was deleted, or its password reset after {@code signedInAt}. */
    @PreAuthorize("isAuthenticated()")
    public boolean isMySessionCurrent(Instant signedInAt) {
        // No row means a deleted account: allMatch of nothing would say "current", so count first.
        List<Timestamp> changed = jdbc.queryForList(
                "select password_changed_at from account where id = ? and deleted_at is null",
                Timestamp.class,
                currentUser.require().id());
        return !changed.isEmpty()
                && (changed.getFirst() == null
                        || !changed.getFirst().toInstant().isAfter(signedInAt));
    }
}
