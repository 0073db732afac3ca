package org.upright.planner.review;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.account.UserToday;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;
import org.upright.planner.common.Text;
import org.upright.planner.plan.Weeks;

/**
 * Each client's review rhythm (every 4, 5 or 6 weeks, set by the coach) and when their next review
 * is due: once that many complete weeks have passed since the last review sent, or, before the
 * first, since the coaching began (for a self-coached lifter, since their first planned week).
 */
@Service
public class ReviewRhythms {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final UserToday today;

    ReviewRhythms(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, UserToday today) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.today = today;
    }

    /** The schedules of many clients at once (the roster): four queries whatever their number. */
    @Transactional(readOnly = true)
    public Map<Long, ReviewSchedule> schedules(@LifterId Collection<Long> lifterIds) {
        if (lifterIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> ids = Map.of("ids", lifterIds);
        Map<Long, Integer> rhythm = new HashMap<>();
        jdbc.query("select lifter_id, weeks from review_rhythm where lifter_id in (:ids)", ids, rs -> {
            rhythm.put(rs.getLong(1), rs.getInt(2));
        });
        Map<Long, LocalDate> lastReviewed = new HashMap<>();
        Map<Long, LocalDate> lastSent = new HashMap<>();
        // Days as the caller (the coach reading the roster) counts them; weeks as each client does.
        ZoneId zone = today.zoneOf(currentUser.require().id());
        Map<Long, ZoneId> clientZones = today.zonesOf(lifterIds);
        jdbc.query(
                "select lifter_id, max(last_week), max(sent_at) from review_sent where lifter_id in (:ids)"
                        + " group by lifter_id",
                ids,
                rs -> {
                    lastReviewed.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                    lastSent.put(
                            rs.getLong(1),
                            rs.getTimestamp(3).toInstant().atZone(zone).toLocalDate());
                });
        // Before the first review: the weeks since the coaching began, or since the first plan.
        Map<Long, LocalDate> start = new HashMap<>();
        jdbc.query(
                "select lifter_id, min(week_start) from week_plan where lifter_id in (:ids) group by lifter_id",
                ids,
                rs -> {
                    start.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        jdbc.query("select lifter_id, started_at from coaching where current_lifter_id in (:ids)", ids, rs -> {
            start.put(
                    rs.getLong(1),
                    Weeks.startOf(rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate()));
        });
        Map<Long, ReviewSchedule> schedules = new LinkedHashMap<>();
        for (long id : lifterIds) {
            int weeks = rhythm.getOrDefault(id, ReviewSchedule.DEFAULT_WEEKS);
            Optional<LocalDate> next = Optional.ofNullable(lastReviewed.get(id))
                    .or(() -> Optional.ofNullable(start.get(id)).map(first -> first.minusWeeks(1)))
                    .map(anchor -> anchor.plusWeeks(weeks));
            LocalDate lastComplete = ReviewPeriod.lastCompleteWeek(
                    LocalDate.ofInstant(today.now(), clientZones.getOrDefault(id, UserToday.FALLBACK)));
            boolean due = next.map(week -> !week.isAfter(lastComplete)).orElse(false);
            schedules.put(id, new ReviewSchedule(weeks, Optional.ofNullable(lastSent.get(id)), next, due));
        }
        return schedules;
    }

    /**
     * Sets how often the client is reviewed.
     *
     * @throws ReviewRejected when {@code weeks} is not 4, 5 or 6 (nothing changes)
     */
    @Transactional
    public ReviewSchedule setRhythm(@LifterId(Who.COACH_ONLY) long lifterId, int weeks) {
        if (weeks < ReviewPeriod.MIN_WEEKS || weeks > ReviewPeriod.MAX_WEEKS) {
            throw new ReviewRejected(Text.of("domain.refused.review.weeks"));
        }
        Map<String, Object> row = Map.of(
                "lifter",
                lifterId,
                "weeks",
                weeks,
                "at",
                Timestamp.from(today.now()),
                "by",
                currentUser.require().id());
        int updated = jdbc.update(
                "update review_rhythm set weeks = :weeks, updated_at = :at, updated_by = :by where lifter_id = :lifter",
                row);
        if (updated == 0) {
            jdbc.update(
                    "insert into review_rhythm (lifter_id, weeks, updated_at, updated_by)"
                            + " values (:lifter, :weeks, :at, :by)",
                    row);
        }
        return schedules(java.util.List.of(lifterId)).get(lifterId);
    }
}
