package org.upright.planner.accountdata;

import java.util.List;

/**
 * The tables that hold a lifter's own rows, and how each is exported: one JSON and one CSV file
 * per table, under an English file name that says what it holds. The queries name their columns
 * (never {@code *}) so that a column added later is a decision, not an accident; the password hash
 * is never among them. {@code PersonalTablesTest} fails when the schema gains a table with a lifter
 * column that is neither here nor in {@link #NOT_EXPORTED}.
 */
final class PersonalTables {

    /**
     * @param file the file name in the ZIP, without extension
     * @param table the table the rows come from (for the schema test)
     * @param sql the rows of one lifter, oldest first; one parameter, the lifter's id
     * @param jsonColumns columns that hold a JSON document, exported as JSON rather than a string
     */
    record Export(String file, String table, String sql, List<String> jsonColumns) {}

    static final List<Export> LIFTER = List.of(
            new Export(
                    "account",
                    "account",
                    "select email, display_name, role, weight_unit, created_at from account where id = ?",
                    List.of()),
            new Export(
                    "training-profile",
                    "lifter_profile",
                    "select upper_back_care, equipment, push_pull_target, mobility_target"
                            + " from lifter_profile where account_id = ?",
                    List.of()),
            new Export(
                    "training-profile-history",
                    "lifter_profile_week",
                    "select from_week, upper_back_care, equipment, push_pull_target, mobility_target"
                            + " from lifter_profile_week where lifter_id = ? order by from_week",
                    List.of()),
            new Export(
                    "coaches",
                    "coaching",
                    "select a.display_name as coach, c.started_at, c.ended_at from coaching c"
                            + " join account a on a.id = c.coach_id where c.lifter_id = ? order by c.started_at, c.id",
                    List.of()),
            new Export(
                    "plans",
                    "week_plan",
                    "select week_start, content, updated_at from week_plan where lifter_id = ? order by week_start",
                    List.of("content")),
            new Export(
                    "session-logs",
                    "session_log",
                    "select week_start, session_id, log_date, status, session_kind, title, session_rpe, note,"
                            + " actuals, recorded_at from session_log where lifter_id = ? order by log_date, id",
                    List.of("actuals")),
            new Export(
                    "pain-check-ins",
                    "pain_check_in",
                    "select check_in_date, timing, score, location, note, session_id, recorded_at"
                            + " from pain_check_in where lifter_id = ? order by check_in_date, id",
                    List.of()),
            new Export(
                    "warning-sign-checks",
                    "red_flag_check",
                    "select check_date, flags, reason, recorded_at from red_flag_check"
                            + " where lifter_id = ? order by check_date, id",
                    List.of()),
            new Export(
                    "professional-clearances",
                    "professional_clearance",
                    "select cleared_on, note, recorded_at from professional_clearance"
                            + " where lifter_id = ? order by cleared_on, id",
                    List.of()),
            new Export(
                    "habits",
                    "habit_block",
                    "select starts_on, ends_on, first_habit, second_habit from habit_block"
                            + " where lifter_id = ? order by starts_on, id",
                    List.of()),
            new Export(
                    "habit-ticks",
                    "habit_tick",
                    "select tick_date, habit from habit_tick where lifter_id = ? order by tick_date, habit",
                    List.of()),
            new Export(
                    "review-notes",
                    "review_note",
                    "select last_week, author_name, note, updated_at from review_note"
                            + " where lifter_id = ? order by last_week",
                    List.of()),
            new Export(
                    "review-rhythm",
                    "review_rhythm",
                    "select weeks, updated_at from review_rhythm where lifter_id = ?",
                    List.of()),
            new Export(
                    "review-auto-send",
                    "review_auto_send",
                    "select iso_day, updated_at from review_auto_send where lifter_id = ?",
                    List.of()),
            new Export(
                    "reviews-sent",
                    "review_sent",
                    "select last_week, week_count, sent_at, automatic from review_sent"
                            + " where lifter_id = ? order by sent_at, id",
                    List.of()),
            new Export(
                    "notices",
                    "account_notice",
                    "select kind, about_name, created_at, dismissed_at from account_notice"
                            + " where account_id = ? order by created_at, id",
                    List.of()));

    /**
     * Tables with a lifter column whose rows are not the lifter's to take, and why: the coach's
     * private notes are the coach's (the client never sees them); kept plan versions repeat the
     * plans (every current week is exported); bulk downloads are a coach's hour-long job; mail Upright
     * sent (the mail outbox, V17) is in the person's own mailbox and on their "Sent mail" page (erasing
     * the outbox's rows on deletion is still to do); reset links are hashes of one-use secrets, worth
     * nothing to the person and erased when the account is deleted.
     */
    static final List<String> NOT_EXPORTED =
            List.of("coach_note", "week_plan_revision", "bulk_review_client", "outbox_mail", "password_reset_token");

    private PersonalTables() {}
}
