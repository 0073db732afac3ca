package org.upright.planner.account.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Reading a stored or reported zone id without ever failing on one the JDK no longer knows. */
public final class Zones {

    private Zones() {}

    /**
     * The region zone {@code id} names; empty for null, blank, unknown ids and fixed offsets such as
     * {@code +02:00} (a fixed offset would stop following the person's daylight-saving changes).
     */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank() || !ZoneId.getAvailableZoneIds().contains(id.strip())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
