package org.upright.planner.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Failed sign-ins for one e-mail address (registered or not) and the lock they lead to. */
@Entity
@Table(name = "sign_in_throttle")
class SignInThrottle {

    @Id
    private String email;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected SignInThrottle() {}

    SignInThrottle(String email) {
        this.email = email;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the {@code maxFailures}-th consecutive one locks the address. */
    void recordFailure(Instant now, int maxFailures, Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // The previous lock has run out: the count starts again.
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        lastFailureAt = now;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockFor);
        }
    }
}
