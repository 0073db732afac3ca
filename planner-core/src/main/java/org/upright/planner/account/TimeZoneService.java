package org.upright.planner.account;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.internal.Account;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.account.internal.Zones;
import org.upright.planner.common.LifterId;

/**
 * Each person's time zone, as screens see it (docs/adr/0021): taken from the browser on the first
 * visit that reports one, changed in Settings, and the day it is for the caller or for a lifter
 * they may see.
 */
@Service
public class TimeZoneService {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final UserToday today;

    TimeZoneService(AccountRepository accounts, CurrentUser currentUser, UserToday today) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.today = today;
    }

    /** The caller's zone; {@link UserToday#FALLBACK} until one is known. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ZoneId myZone() {
        return today.zoneOf(currentUser.require().id());
    }

    /**
     * Stores the zone the caller's browser reports, unless the caller already has one (a browser
     * on a trip must not overwrite the zone someone chose). Unknown ids are ignored.
     *
     * @return whether the zone was stored
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean adoptBrowserZone(String browserZoneId) {
        Optional<ZoneId> reported = Zones.parse(browserZoneId);
        Optional<Account> me = accounts.findById(currentUser.require().id());
        if (reported.isEmpty() || me.isEmpty() || me.get().timeZone().isPresent()) {
            return false;
        }
        me.get().changeTimeZone(reported.get());
        return true;
    }

    /** The caller's choice in Settings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyZone(ZoneId zone) {
        if (zone == null || Zones.parse(zone.getId()).isEmpty()) {
            throw new IllegalArgumentException("Choose a time zone from the list.");
        }
        accounts.findById(currentUser.require().id()).ifPresent(a -> a.changeTimeZone(zone));
    }

    /** Today where the caller is. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public LocalDate myToday() {
        return today.today(currentUser.require().id());
    }

    /** Today where the lifter is: what a coach's view of that lifter's week and journal starts from. */
    @Transactional(readOnly = true)
    public LocalDate todayOf(@LifterId long lifterId) {
        return today.today(lifterId);
    }

    /** The lifter's zone: their calendar's events are placed in it. */
    @Transactional(readOnly = true)
    public ZoneId zoneOf(@LifterId long lifterId) {
        return today.zoneOf(lifterId);
    }
}
