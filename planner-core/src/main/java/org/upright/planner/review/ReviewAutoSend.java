package org.upright.planner.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;

/**
 * A client's optional setting, chosen by their coach: "send each due review automatically on
 * {@code <weekday>}" ({@code review_auto_send}, V27). {@link ReviewAutoSender} does the sending.
 */
@Service
public class ReviewAutoSend {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewAutoSend(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The weekday due reviews go out by themselves, or empty when the coach sends them by hand. */
    @Transactional(readOnly = true)
    public Optional<DayOfWeek> day(@LifterId long lifterId) {
        return jdbc
                .queryForList(
                        "select iso_day from review_auto_send where lifter_id = :lifter",
                        Map.of("lifter", lifterId),
                        Integer.class)
                .stream()
                .findFirst()
                .map(DayOfWeek::of);
    }

    /** Sends due reviews by themselves on {@code day}, or (null) stops doing so. */
    @Transactional
    public Optional<DayOfWeek> setDay(@LifterId(Who.COACH_ONLY) long lifterId, DayOfWeek day) {
        Map<String, Object> lifter = Map.of("lifter", lifterId);
        if (day == null) {
            jdbc.update("delete from review_auto_send where lifter_id = :lifter", lifter);
            return Optional.empty();
        }
        Map<String, Object> row = Map.of(
                "lifter",
                lifterId,
                "day",
                day.getValue(),
                "at",
                Timestamp.from(clock.instant()),
                "by",
                currentUser.require().id());
        if (jdbc.update(
                        "update review_auto_send set iso_day = :day, updated_at = :at, updated_by = :by"
                                + " where lifter_id = :lifter",
                        row)
                == 0) {
            jdbc.update(
                    "insert into review_auto_send (lifter_id, iso_day, updated_at, updated_by)"
                            + " values (:lifter, :day, :at, :by)",
                    row);
        }
        return Optional.of(day);
    }
}
