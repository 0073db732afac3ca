package org.upright.planner.account;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Whether a session began after the account's password was last reset. A session signed in before
 * a reset is ended at its next request, on whichever node it lives (docs/adr/0022): that is how a
 * reset signs out the account's other sessions. (A session holds no password hash to compare:
 * Spring Security erases it after sign-in.)
 */
@Service
public class SignedInSessions {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    SignedInSessions(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** False if the caller's password was reset after {@code signedInAt}. */
    @PreAuthorize("isAuthenticated()")
    public boolean isMySessionCurrent(Instant signedInAt) {
        return jdbc
                .queryForList(
                        "select password_changed_at from account where id = ?",
                        Timestamp.class,
                        currentUser.require().id())
                .stream()
                .allMatch(changed -> changed == null || !changed.toInstant().isAfter(signedInAt));
    }
}
