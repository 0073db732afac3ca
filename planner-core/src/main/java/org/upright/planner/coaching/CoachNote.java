package org.upright.planner.coaching;

import java.time.Instant;
import java.util.Optional;

/**
 * A coach's private note about a client.
 *
 * @param version {@link #NEVER_SAVED} before the first save; a save must name the version it read
 */
public record CoachNote(String text, long version, Optional<Instant> updatedAt) {

    public static final long NEVER_SAVED = -1;
    public static final int MAX_LENGTH = 4000;
}
