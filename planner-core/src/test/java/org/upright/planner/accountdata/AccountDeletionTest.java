package org.upright.planner.accountdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.account.SignedInSessions;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.coaching.CoachNoteService;
import org.upright.planner.common.Texts;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.CustomExercise;
import org.upright.planner.exercise.DoseType;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.ExerciseCatalog;
import org.upright.planner.exercise.ExerciseDraft;
import org.upright.planner.exercise.MovementPattern;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;

/** "Delete my account" on PostgreSQL: confirmed by password, erases, ends coaching, tells the other side. */
@DatabaseTest
class AccountDeletionTest {

    static final String PASSWORD = "a long test password";

    @Autowired
    AccountDeletion deletion;

    @Autowired
    People people;

    @Autowired
    SignedInSessions sessions;

    @Autowired
    AccountService accounts;

    @Autowired
    WeekPlanService plans;

    @Autowired
    LifterRecords records;

    @Autowired
    CoachNoteService coachNotes;

    @Autowired
    ExerciseCatalog catalog;

    @Autowired
    ProfileService profiles;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWrongPasswordChangesNothingAndTheRightOneErasesTheLiftersRecordsAndTellsTheCoach() {
        AccountSummary coach = people.coach("Cleo Coach");
        AccountSummary lifter = people.lifter("Lena Leaving");
        people.coaches(coach, lifter, false);
        records.keepOneOfEach(lifter, coach);
        people.as(coach, () -> coachNotes.save(lifter.id(), "Private: shoulder history", -1));
        LocalDate week = Weeks.startOf(LocalDate.now());
        Map<String, Integer> before = rowsOf(lifter);
        assertThat(before)
                .containsEntry("week_plan", 1)
                .containsEntry("session_log", 1)
                .containsEntry("pain_check_in", 1);

        for (String wrong : new String[] {"not my password", "", null}) {
            assertThatThrownBy(() -> people.as(lifter, () -> deletion.deleteMyAccount(wrong)))
                    .isInstanceOfSatisfying(
                            AccountDeletionRejected.class,
                            rejected -> assertThat(Texts.render(rejected.reason(), Locale.ENGLISH))
                                    .isIn(
                                            "That password isn’t right. Nothing was deleted.",
                                            "Enter your password to confirm."));
        }
        assertThat(rowsOf(lifter)).isEqualTo(before);
        assertThat(people.as(lifter, () -> sessions.isMySessionCurrent(Instant.now())))
                .isTrue();
        assertThat(people.as(coach, () -> deletion.myNotices())).isEmpty();

        people.as(lifter, () -> deletion.deleteMyAccount(PASSWORD));

        Map<String, Integer> after = rowsOf(lifter);
        after.forEach((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(jdbc.queryForObject(
                        "select count(*) from coach_note where lifter_id = ?", Integer.class, lifter.id()))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from coaching where lifter_id = ?", Integer.class, lifter.id()))
                .isZero();
        Map<String, Object> tombstone =
                jdbc.queryForMap("select email, display_name, deleted_at from account where id = ?", lifter.id());
        assertThat(tombstone.get("email").toString()).doesNotContain("lena");
        assertThat(tombstone.get("display_name")).isEqualTo(AccountDeletion.DELETED_NAME);
        assertThat(tombstone.get("deleted_at")).isNotNull();
        // Every session of the account ends at its next request.
        assertThat(people.as(lifter, () -> sessions.isMySessionCurrent(Instant.now())))
                .isFalse();
        // The coach no longer reaches the lifter, and is told by name.
        assertThatThrownBy(() -> people.as(coach, () -> plans.week(lifter.id(), week)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(people.as(coach, () -> deletion.myNotices()))
                .singleElement()
                .satisfies(notice -> assertThat(Texts.render(notice.text(), Locale.ENGLISH))
                        .startsWith("Lena Leaving deleted their account."));
        // The address is free again: the person may come back as someone new.
        AccountSummary again =
                accounts.createConfirmed(new SignUpCommand(lifter.email(), PASSWORD, "Lena Again", Role.LIFTER));
        assertThat(again.id()).isNotEqualTo(lifter.id());
        // A second deletion (another tab) is refused: the account is gone.
        assertThatThrownBy(() -> people.as(lifter, () -> deletion.deleteMyAccount(PASSWORD)))
                .isInstanceOf(AccountDeletionRejected.class);
    }

    // The account row stays as a tombstone, so its reset links would outlive the person: one asked
    // for just before leaving could still set a password on the deleted account.
    @Test
    void resetLinksAskedForBeforeLeavingAreErasedWithTheAccount() {
        AccountSummary lifter = people.lifter("Rita Reset");
        Instant now = Instant.now();
        jdbc.update(
                "insert into password_reset_token (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)",
                "a".repeat(64),
                lifter.id(),
                Timestamp.from(now),
                Timestamp.from(now.plus(Duration.ofMinutes(30))));

        people.as(lifter, () -> deletion.deleteMyAccount(PASSWORD));

        assertThat(jdbc.queryForObject(
                        "select count(*) from password_reset_token where account_id = ?", Integer.class, lifter.id()))
                .isZero();
    }

    @Test
    void aCoachsExercisesStayInClientsPlansWithoutTheirNameAndEveryClientIsTold() {
        AccountSummary coach = people.coach("Dora Departing");
        AccountSummary client = people.lifter("Kim Kept");
        people.coaches(coach, client, false);
        String token = UUID.randomUUID().toString().substring(0, 8);
        CustomExercise exercise = people.as(
                coach,
                () -> catalog.add(new ExerciseDraft(
                        "Band pull-apart " + token,
                        Set.of(Equipment.RESISTANCE_BAND),
                        false,
                        MovementPattern.SCAPULAR_STABILITY,
                        Set.of(MovementPattern.HORIZONTAL_PULL),
                        DoseType.REPS,
                        3,
                        12,
                        15,
                        List.of("Pull the band apart."),
                        "Works the upper back.",
                        "Stop if it pinches.")));
        LocalDate today = LocalDate.now();
        LocalDate week = Weeks.startOf(today);
        PlannedWeek planned = people.as(coach, () -> {
            PlannedWeek added =
                    plans.addSession(client.id(), week, PlannedWeek.NOT_SAVED, today, SessionKind.STRENGTH, "Back");
            String session = added.plan().sessions().findFirst().orElseThrow().id();
            return plans.addExercise(client.id(), week, added.version(), session, BlockType.ACCESSORY, exercise.slug());
        });

        people.as(coach, () -> deletion.deleteMyAccount(PASSWORD));

        // The client's week still holds the exercise, and the client can go on editing that week.
        PlannedWeek kept = people.as(client, () -> plans.week(client.id(), week));
        assertThat(kept.plan().toString()).contains(exercise.slug());
        String session = kept.plan().sessions().findFirst().orElseThrow().id();
        PlannedWeek edited = people.as(
                client,
                () -> plans.addExercise(
                        client.id(), week, kept.version(), session, BlockType.MAIN, CatalogSlugs.DUMBBELL_ROW));
        assertThat(edited.plan().toString()).contains(exercise.slug(), CatalogSlugs.DUMBBELL_ROW);
        assertThat(edited.version()).isGreaterThan(planned.version());
        // ... but it is in nobody's library any more, and its owner has no name.
        assertThat(people.as(client, () -> catalog.visible()))
                .noneMatch(e -> e.slug().equals(exercise.slug()));
        assertThat(jdbc.queryForObject(
                        "select a.display_name from custom_exercise e join account a on a.id = e.owner_id where e.slug = ?",
                        String.class,
                        exercise.slug()))
                .isEqualTo(AccountDeletion.DELETED_NAME);
        // The client is self-coached now, and told why.
        assertThat(people.as(client, () -> profiles.hasCoach(client.id()))).isFalse();
        assertThat(people.as(client, () -> deletion.myNotices()))
                .singleElement()
                .satisfies(notice -> assertThat(Texts.render(notice.text(), Locale.ENGLISH))
                        .startsWith("Dora Departing, your coach, deleted their account."));
    }

    /** Rows per exported table that belong to the lifter (the account row itself aside). */
    Map<String, Integer> rowsOf(AccountSummary lifter) {
        Map<String, Integer> rows = new java.util.TreeMap<>();
        for (PersonalTables.Export table : PersonalTables.LIFTER) {
            if (table.table().equals("account")) {
                continue;
            }
            String column = table.sql().contains("where account_id") ? "account_id" : "lifter_id";
            rows.put(
                    table.table(),
                    jdbc.queryForObject(
                            "select count(*) from " + table.table() + " where " + column + " = ?",
                            Integer.class,
                            lifter.id()));
        }
        return rows;
    }
}
