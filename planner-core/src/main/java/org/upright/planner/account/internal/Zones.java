package org.upright.planner.account.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** Reading a stored or reported zone id without ever failing on one the JDK no longer knows. */
public final class Zones {

    // Read once: ZoneId.getAvailableZoneIds() copies the JDK's ~600 ids into a new set on every call,
    // and parse runs for every "today" of every request. The JDK's zone rules do not change while
    // the application runs.
    private static final Set<String> REGIONS = Set.copyOf(ZoneId.getAvailableZoneIds());

    private Zones() {}

    /**
     * The region zone {@code id} names; empty for null, blank, unknown ids and fixed offsets such as
     * {@code +02:00} (a fixed offset would stop following the person's daylight-saving changes).
     */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank() || !REGIONS.contains(id.strip())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
