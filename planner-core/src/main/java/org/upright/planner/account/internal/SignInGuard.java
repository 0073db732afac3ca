package org.upright.planner.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an e-mail address for {@link #LOCK_DURATION} after {@link #MAX_FAILURES} failed sign-ins in
 * a row. It works on addresses, not accounts, so unknown addresses lock the same way and the
 * sign-in page cannot be used to find out who has an account.
 */
@Component
class SignInGuard {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final SignInThrottleRepository throttles;
    private final Clock clock;

    SignInGuard(SignInThrottleRepository throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String email) {
        return throttles
                .findById(normalise(email))
                .map(t -> t.isLockedAt(clock.instant()))
                .orElse(false);
    }

    @Transactional
    public void recordFailure(String email) {
        String key = normalise(email);
        SignInThrottle throttle = throttles.findById(key).orElseGet(() -> new SignInThrottle(key));
        throttle.recordFailure(clock.instant(), MAX_FAILURES, LOCK_DURATION);
        throttles.save(throttle);
    }

    @Transactional
    public void recordSuccess(String email) {
        throttles.deleteById(normalise(email));
    }

    static String normalise(String email) {
        String trimmed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        // Keys are bounded by the column; longer input can never be an account anyway.
        return trimmed.length() > 254 ? trimmed.substring(0, 254) : trimmed;
    }
}
