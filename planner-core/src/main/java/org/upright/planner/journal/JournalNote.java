package org.upright.planner.journal;

import java.time.LocalDate;

/** A note the lifter wrote: with a pain check-in, a skipped session's reason, a session note. */
public record JournalNote(LocalDate date, Source source, String text) {

    public enum Source {
        PAIN_CHECK_IN,
        SKIPPED_SESSION,
        SESSION
    }
}
