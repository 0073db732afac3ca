package org.upright.planner.review;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.planner.account.ActingAs;
import org.upright.planner.account.UserToday;

/**
 * Sends each due review by itself on the weekday its coach chose ({@link ReviewAutoSend}), once.
 *
 * <p>One recurring job for the whole cluster (db-scheduler runs it on one node at a time) looks every
 * hour at every client with the setting: a review goes out on the first run after 07:00 on that
 * weekday <em>in the client's own time zone</em> (a daily schedule in one zone would be the wrong day
 * for half the world). It goes out as the client's current coach ({@link ActingAs}), so the services
 * check access as if the coach had clicked, and only if that coach chose the setting.
 *
 * <p>Exactly once is the database's decision, not this class's: {@link ReviewMailing#sendDue} first
 * inserts the {@code review_sent} row, which may exist once per client and period, and queues the
 * mail in the same transaction. Two nodes that both find a review due (a revived execution, or the
 * job started by hand while it runs) race on that insert; the loser's transaction, mail included,
 * rolls back.
 */
@Component
class ReviewAutoSender {

    static final String TASK = "review-auto-send";

    /** Not in the small hours: the review arrives with the client's morning mail. */
    static final LocalTime SEND_FROM = LocalTime.of(7, 0);

    private static final Logger log = LoggerFactory.getLogger(ReviewAutoSender.class);

    private final JdbcTemplate jdbc;
    private final ActingAs actingAs;
    private final ReviewRhythms rhythms;
    private final ReviewMailing mailing;
    private final UserToday today;
    private final Clock clock;

    ReviewAutoSender(
            JdbcTemplate jdbc,
            ActingAs actingAs,
            ReviewRhythms rhythms,
            ReviewMailing mailing,
            UserToday today,
            Clock clock) {
        this.jdbc = jdbc;
        this.actingAs = actingAs;
        this.rhythms = rhythms;
        this.mailing = mailing;
        this.today = today;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> reviewAutoSendTask(@Value("${upright.reviews.auto-send-every:PT1H}") Duration every) {
        return Tasks.recurring(TASK, Schedules.fixedDelay(every)).execute((instance, context) -> {
            int sent = sendDue();
            if (sent > 0) {
                log.info("Sent {} due reviews by themselves", sent);
            }
        });
    }

    /** A client's setting, with the coach who chose it and the client's current coach. */
    private record Setting(long lifterId, int isoDay, long chosenBy, long coachId) {}

    /** Sends every review due now; returns how many this call sent (others may have been sent elsewhere). */
    int sendDue() {
        List<Setting> settings = jdbc.query(
                "select a.lifter_id, a.iso_day, a.updated_by, c.coach_id from review_auto_send a"
                        + " join coaching c on c.current_lifter_id = a.lifter_id",
                (rs, n) -> new Setting(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)));
        Map<Long, ZoneId> zones =
                today.zonesOf(settings.stream().map(Setting::lifterId).toList());
        int sent = 0;
        for (Setting setting : settings) {
            ZonedDateTime there = clock.instant().atZone(zones.getOrDefault(setting.lifterId(), UserToday.FALLBACK));
            // A former coach's choice does not carry over to the next coach.
            if (setting.chosenBy() != setting.coachId()
                    || there.getDayOfWeek().getValue() != setting.isoDay()
                    || there.toLocalTime().isBefore(SEND_FROM)) {
                continue;
            }
            try {
                if (actingAs.run(setting.coachId(), () -> sendIfDue(setting.lifterId()))) {
                    sent++;
                }
            } catch (DuplicateKeyException sentByAnotherRun) {
                log.debug("Review of client {} was sent by another run", setting.lifterId());
            } catch (RuntimeException e) {
                // One client's failure must not keep the others' reviews back; the next run tries again.
                log.warn("Due review of client {} not sent: {}", setting.lifterId(), e.toString());
            }
        }
        return sent;
    }

    private boolean sendIfDue(long lifterId) {
        ReviewSchedule schedule = rhythms.schedules(List.of(lifterId)).get(lifterId);
        if (!schedule.due()) {
            return false;
        }
        mailing.sendDue(lifterId, schedule.weeks());
        return true;
    }
}
