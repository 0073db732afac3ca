package org.upright.planner.accountdata;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.common.Text;

/**
 * "Delete my account", confirmed with the password. In one transaction: the person's own records are
 * erased, their coaching ends, the other side is told, and the account row becomes an anonymous
 * tombstone (its id stays, because a coach's exercises in a client's plans and a coach's edits in a
 * client's weeks name it). Every session signed in to it ends at its next page load
 * ({@link org.upright.planner.account.SignedInSessions#isMySessionCurrent}).
 *
 * <p>The other side is told by an in-app notice ({@link #myNotices()}), not yet by e-mail: the mail
 * outbox is being built alongside (issue 14); once it is on main, the notice can be queued as a mail
 * in this same transaction.
 */
@Service
public class AccountDeletion {

    /** What a deleted account is called wherever its id still shows (a coach's kept exercises). */
    public static final String DELETED_NAME = "Deleted account";

    static final String CLIENT_LEFT = "accountdata.notice.clientLeft";
    static final String COACH_LEFT = "accountdata.notice.coachLeft";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountDeletion(JdbcTemplate jdbc, PasswordEncoder passwords, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Deletes the caller's account after checking {@code password}.
     *
     * @throws AccountDeletionRejected when the password is missing or wrong (nothing changes)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteMyAccount(String password) {
        SignedInAccount me = currentUser.require();
        if (password == null || password.isEmpty()) {
            throw new AccountDeletionRejected(Text.of("accountdata.delete.passwordMissing"));
        }
        // The row is locked first: two deletions (two tabs, two nodes) run one after the other,
        // and the second finds the account already closed.
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select email, password_hash, display_name from account where id = ? and deleted_at is null for update",
                me.id());
        if (rows.isEmpty()
                || !passwords.matches(password, (String) rows.getFirst().get("password_hash"))) {
            throw new AccountDeletionRejected(Text.of("accountdata.delete.passwordWrong"));
        }
        String email = (String) rows.getFirst().get("email");
        String name = (String) rows.getFirst().get("display_name");
        Timestamp now = Timestamp.from(clock.instant());

        endCoaching(me, name, now);
        if (me.is(Role.LIFTER)) {
            eraseLifterRecords(me.id());
        } else {
            eraseCoachRecords(me.id(), now);
        }
        jdbc.update("delete from week_template where owner_id = ?", me.id());
        jdbc.update("delete from invitation where email = ?", email);
        jdbc.update("delete from sign_in_throttle where email = ?", email);
        jdbc.update("delete from sign_up_attempt where subject = ?", "address:" + email);
        jdbc.update("delete from account_notice where account_id = ?", me.id());
        // The tombstone row stays, so its reset links would outlive the person (docs/adr/0022).
        jdbc.update("delete from password_reset_token where account_id = ?", me.id());
        jdbc.update(
                "update account set email = ?, display_name = ?, password_hash = ?, deleted_at = ?,"
                        + " version = version + 1 where id = ?",
                "deleted-" + me.id() + "@deleted.invalid",
                DELETED_NAME,
                // matches no password: not a bcrypt hash
                "{bcrypt}deleted",
                now,
                me.id());
    }

    /** What the caller has been told and not yet dismissed, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notice> myNotices() {
        return jdbc.query(
                "select id, kind, about_name, created_at from account_notice"
                        + " where account_id = ? and dismissed_at is null order by created_at desc, id desc",
                (rs, n) -> new Notice(
                        rs.getLong("id"),
                        Text.of(rs.getString("kind"), rs.getString("about_name")),
                        rs.getTimestamp("created_at").toInstant()),
                currentUser.require().id());
    }

    /** Dismisses one of the caller's notices; someone else's notice is left alone. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void dismiss(long noticeId) {
        jdbc.update(
                "update account_notice set dismissed_at = ? where id = ? and account_id = ?",
                Timestamp.from(clock.instant()),
                noticeId,
                currentUser.require().id());
    }

    private void endCoaching(SignedInAccount me, String name, Timestamp now) {
        boolean lifter = me.is(Role.LIFTER);
        List<Long> others = jdbc.queryForList(
                lifter
                        ? "select coach_id from coaching where lifter_id = ? and ended_at is null"
                        : "select lifter_id from coaching where coach_id = ? and ended_at is null",
                Long.class,
                me.id());
        jdbc.update(
                "update coaching set ended_at = ?, current_lifter_id = null, version = version + 1 where "
                        + (lifter ? "lifter_id" : "coach_id") + " = ? and ended_at is null",
                now,
                me.id());
        for (long other : others) {
            jdbc.update(
                    "insert into account_notice (id, account_id, kind, about_name, created_at)"
                            + " values (nextval('account_notice_seq'), ?, ?, ?, ?)",
                    other,
                    lifter ? CLIENT_LEFT : COACH_LEFT,
                    name,
                    now);
        }
    }

    private void eraseLifterRecords(long id) {
        for (String table : List.of(
                "week_plan_revision",
                "week_plan",
                "session_log",
                "pain_check_in",
                "red_flag_check",
                "professional_clearance",
                "habit_tick",
                "habit_block",
                "review_note",
                "coach_note",
                "lifter_profile_week",
                "review_rhythm",
                "review_sent",
                "review_auto_send")) {
            jdbc.update("delete from " + table + " where lifter_id = ?", id);
        }
        jdbc.update("delete from lifter_profile where account_id = ?", id);
        // A lifter's former coaches need no longer be told apart from strangers: nothing is left.
        jdbc.update("delete from coaching where lifter_id = ?", id);
        jdbc.update("update bulk_review_client set display_name = ? where lifter_id = ?", DELETED_NAME, id);
    }

    private void eraseCoachRecords(long id, Timestamp now) {
        jdbc.update("delete from coach_note where coach_id = ?", id);
        // A client's automatic sending chosen by this coach stops with the coach (V27: one row per client).
        jdbc.update("delete from review_auto_send where updated_by = ?", id);
        jdbc.update("delete from invitation where coach_id = ?", id);
        jdbc.update("delete from bulk_review_job where coach_id = ?", id);
        // Exercises stay where clients' plans use them (a deleted exercise still reads in a plan)
        // but leave every library; their owner is now the anonymous tombstone.
        jdbc.update("update custom_exercise set deleted_at = ? where owner_id = ? and deleted_at is null", now, id);
        // The coaching rows stay (ended): they let the former clients' weeks keep the exercises.
        jdbc.update("update review_note set author_name = ? where author_id = ?", DELETED_NAME, id);
    }
}
