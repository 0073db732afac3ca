package org.upright.planner.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.internal.Account;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.account.internal.Zones;

/** {@link UserToday} from the {@code Clock} bean and the zone stored with each account. */
@Component
class UserTodayFromClock implements UserToday {

    private final AccountRepository accounts;
    private final Clock clock;

    UserTodayFromClock(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId zoneOf(long accountId) {
        return accounts.findById(accountId).flatMap(Account::timeZone).orElse(FALLBACK);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ZoneId> zonesOf(Collection<Long> accountIds) {
        Map<Long, ZoneId> zones = new HashMap<>();
        for (Long id : accountIds) {
            zones.put(id, FALLBACK);
        }
        if (!accountIds.isEmpty()) {
            for (AccountRepository.StoredZone row : accounts.zonesOf(accountIds)) {
                Zones.parse(row.getTimeZone()).ifPresent(zone -> zones.put(row.getId(), zone));
            }
        }
        return zones;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }
}
