package org.upright.planner.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How often sign-up may be tried: {@link #PER_CLIENT} times an hour from one client and {@link
 * #PER_ADDRESS} times an hour for one e-mail address (docs/adr/0012). Counted in the database, so
 * that parallel requests and several nodes share one count.
 */
@Component
public class SignUpLimits {

    public static final int PER_CLIENT = 20;
    public static final int PER_ADDRESS = 5;
    static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignUpLimits(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts one sign-up attempt from {@code client} for {@code address}; false when either has
     * used up this hour's attempts. Each statement commits on its own (call it outside a
     * transaction): a refused sign-up must still count.
     */
    public boolean admit(String client, String address) {
        OffsetDateTime window = clock.instant().truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
        // Both are counted even when the first is used up, so that neither can be probed for free.
        boolean clientOk = take("client:" + bounded(client), window, PER_CLIENT);
        boolean addressOk = take("address:" + bounded(address), window, PER_ADDRESS);
        return clientOk && addressOk;
    }

    /** "Forgot password" requests: at most this many an hour for one address, and from one client. */
    public static final int RESETS_PER_ADDRESS = 3;

    public static final int RESETS_PER_CLIENT = 20;

    /**
     * Counts one "forgot password" request, like {@link #admit} but with counts of its own: false
     * when this client or address has asked too often this hour.
     */
    public boolean admitReset(String client, String address) {
        return admitPair("reset", client, address);
    }

    /**
     * Counts one "send the confirmation link again" request, with counts of its own but the limits
     * of a reset request (it mails a link the same way): false when this client or address has
     * asked too often this hour.
     */
    public boolean admitConfirmationLink(String client, String address) {
        return admitPair("confirm", client, address);
    }

    /**
     * Counts one new address asked for by a signed-in account, per account and per address asked
     * for, with the limits of a reset request: each request mails two people.
     */
    public boolean admitNewAddress(long accountId, String address) {
        return admitPair("new-address", "account-" + accountId, address);
    }

    private boolean admitPair(String kind, String client, String address) {
        OffsetDateTime window = clock.instant().truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
        boolean clientOk = take(kind + "-client:" + bounded(client), window, RESETS_PER_CLIENT);
        boolean addressOk = take(kind + "-address:" + bounded(address), window, RESETS_PER_ADDRESS);
        return clientOk && addressOk;
    }

    private boolean take(String subject, OffsetDateTime window, int limit) {
        jdbc.update(
                "insert into sign_up_attempt (subject, window_start, attempts) values (?, ?, 0) on conflict do nothing",
                subject,
                window);
        // One conditional update: of parallel attempts exactly `limit` find room, in PostgreSQL and
        // H2 alike (the row is locked while each one counts).
        return jdbc.update(
                        "update sign_up_attempt set attempts = attempts + 1"
                                + " where subject = ? and window_start = ? and attempts < ?",
                        subject,
                        window,
                        limit)
                == 1;
    }

    private static String bounded(String text) {
        String value = text == null ? "" : text;
        return value.length() > 250 ? value.substring(0, 250) : value;
    }
}
