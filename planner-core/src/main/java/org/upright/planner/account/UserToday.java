package org.upright.planner.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import org.upright.planner.common.ServicesOnly;

/**
 * The one place that answers "what day is it for this person?": the application's {@code Clock}
 * read in the person's own time zone (docs/adr/0021). Every service that means "today" or "this
 * week" for a lifter or coach asks here, never {@code LocalDate.now(clock)}, which would be the
 * server's day — a lifter in Auckland logs Tuesday's session while the server still says Monday.
 *
 * <p>It takes any account id and checks nothing, so it is for the services, after their own access
 * check ({@link ServicesOnly}); screens ask {@link TimeZoneService}.
 */
@ServicesOnly
public interface UserToday {

    /** Used for people who never had a zone: no browser has told us one yet. */
    ZoneId FALLBACK = ZoneId.of("UTC");

    /** The person's zone, or {@link #FALLBACK}. */
    ZoneId zoneOf(long accountId);

    /** Each person's zone, in one statement; {@link #FALLBACK} for those without one. */
    Map<Long, ZoneId> zonesOf(Collection<Long> accountIds);

    /** Now, as the application's clock says. */
    Instant now();

    /** Today's date where the person is. */
    default LocalDate today(long accountId) {
        return LocalDate.ofInstant(now(), zoneOf(accountId));
    }

    /** The Monday of the person's current ISO week. */
    default LocalDate thisWeek(long accountId) {
        return Weeks.mondayOf(today(accountId));
    }

    /** ISO weeks, Monday to Sunday, kept here so that the account feature needs no plan types. */
    final class Weeks {
        private Weeks() {}

        static LocalDate mondayOf(LocalDate day) {
            return day.minusDays(day.getDayOfWeek().getValue() - 1L);
        }
    }
}
