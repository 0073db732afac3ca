package org.upright.planner.review;

import java.time.Instant;

/**
 * The coach's free-text note printed in a lifter's review. There is one per lifter and review end
 * week, so changing the review from four to six weeks keeps the note.
 *
 * @param text the note; blank lines separate paragraphs
 * @param authorName the coach who saved it last, as their name was then
 * @param version the version a change must name ({@link #NEVER_SAVED} when there is no note)
 */
public record ReviewNote(String text, String authorName, Instant savedAt, long version) {

    public static final long NEVER_SAVED = -1;

    /** A note runs to a few pages at most; longer belongs in a message, not a printed review. */
    public static final int MAX_LENGTH = 20_000;
}
