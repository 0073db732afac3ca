package org.upright.planner.safety;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One red flag from the day it was first ticked until a professional cleared it. Resolved episodes
 * stay in the history, so a coach can see that a flag was raised and how it was handled.
 *
 * @param raisedOn the date of the first check that ticked the flag in this episode
 * @param lastReportedOn the date of the latest check that ticked it (the same or later)
 * @param clearance the clearance that resolved it; {@code null} while it is open
 */
public record RedFlagEpisode(
        RedFlag flag, LocalDate raisedOn, LocalDate lastReportedOn, ProfessionalClearance clearance) {

    public RedFlagEpisode {
        Objects.requireNonNull(flag, "flag is required");
        Objects.requireNonNull(raisedOn, "raisedOn is required");
        Objects.requireNonNull(lastReportedOn, "lastReportedOn is required");
        if (lastReportedOn.isBefore(raisedOn)) {
            throw new IllegalArgumentException("lastReportedOn must not be before raisedOn");
        }
        if (clearance != null && clearance.date().isBefore(lastReportedOn)) {
            throw new IllegalArgumentException("a clearance cannot resolve a flag reported after it");
        }
    }

    public boolean isOpen() {
        return clearance == null;
    }

    public Optional<LocalDate> clearedOn() {
        return Optional.ofNullable(clearance).map(ProfessionalClearance::date);
    }

    RedFlagEpisode reportedAgainOn(LocalDate date) {
        return new RedFlagEpisode(flag, raisedOn, date, clearance);
    }

    RedFlagEpisode clearedBy(ProfessionalClearance by) {
        return new RedFlagEpisode(flag, raisedOn, lastReportedOn, by);
    }
}
