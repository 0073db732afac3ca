package org.upright.planner.coaching;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.WeekEdits;
import org.upright.planner.plan.WeekTemplate;
import org.upright.planner.plan.Weeks;
import org.upright.planner.plan.internal.WeekDocument;

/**
 * Seeds a coach's clients with six weeks of plans straight into the tables (a service call per
 * row would make a 200-client test take minutes). Every other client gets a balanced week, the
 * rest a week with no mobility session.
 */
final class RosterSeed {

    private RosterSeed() {}

    static List<Long> clients(JdbcTemplate jdbc, long coachId, int count, LocalDate today) {
        LocalDate thisWeek = Weeks.startOf(today);
        String balanced = balancedWeekJson(thisWeek);
        List<Long> ids = new ArrayList<>();
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        List<Object[]> plans = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            long id = jdbc.queryForObject("select nextval('account_seq')", Long.class);
            ids.add(id);
            accounts.add(new Object[] {id, "client-" + id + "@example.com", "Client " + id, now});
            links.add(new Object[] {
                jdbc.queryForObject("select nextval('coaching_seq')", Long.class), coachId, id, now, id
            });
            for (int weeksAgo = 0; weeksAgo < 6; weeksAgo++) {
                LocalDate monday = thisWeek.minusWeeks(weeksAgo);
                String content = i % 2 == 0 ? balancedWeekJson(monday) : WeekDocument.write(WeekPlan.empty(monday));
                plans.add(new Object[] {
                    jdbc.queryForObject("select nextval('week_plan_seq')", Long.class),
                    id,
                    java.sql.Date.valueOf(monday),
                    weeksAgo == 0 && i % 2 == 0 ? balanced : content,
                    now,
                    id
                });
            }
        }
        jdbc.batchUpdate(
                "insert into account (id, email, password_hash, display_name, role, created_at, version, weight_unit)"
                        + " values (?, ?, '{noop}unused', ?, 'LIFTER', ?, 0, 'KG')",
                accounts);
        jdbc.batchUpdate(
                "insert into coaching (id, coach_id, lifter_id, started_at, ended_at, version, current_lifter_id)"
                        + " values (?, ?, ?, ?, null, 0, ?)",
                links);
        jdbc.batchUpdate(
                "insert into week_plan (id, lifter_id, week_start, content, version, updated_at, updated_by)"
                        + " values (?, ?, ?, ?, 0, ?, ?)",
                plans);
        return ids;
    }

    private static String balancedWeekJson(LocalDate monday) {
        WeekTemplate template =
                BuiltInTemplates.find(BuiltInTemplates.BALANCED_THREE_DAY).orElseThrow();
        WeekPlan week = WeekPlan.empty(monday);
        for (WeekTemplate.Day day : template.sessions()) {
            week = WeekEdits.addSessionCopy(week, monday.with(day.day()), day.session());
        }
        return WeekDocument.write(week);
    }
}
