package org.upright.planner.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.DoseType;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.ExerciseCatalog;
import org.upright.planner.exercise.ExerciseDraft;
import org.upright.planner.exercise.MovementPattern;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.PainEntry;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.review.ReviewAutoSend;
import org.upright.planner.review.ReviewRhythms;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.ui.TestPeople;

/**
 * The embedded default keeps saving after the connection pool has replaced its connections (issue
 * 10, point 1). With H2 2.4.240 every insert into a table with a {@code CHECK (… IN …)} constraint
 * failed with "Check constraint invalid" once the connection that created the schema was closed —
 * after about 30 minutes of use — and sign-up then told a new address that it already had an
 * account. The suite runs on PostgreSQL, so only a test on the embedded default can see this.
 */
@ExtendWith(KeepsSecurityStrategy.class)
class EmbeddedDatabaseRecyclingTest {

    /** The tables the saves below write to; every table with a CHECK constraint must be here. */
    private static final Set<String> SAVED_INTO = Set.of(
            "account",
            "invitation",
            "coaching",
            "custom_exercise",
            "session_log",
            "pain_check_in",
            "review_rhythm",
            "review_auto_send");

    private static final String PASSWORD = "a long enough password";

    @TempDir
    Path home;

    @Test
    void afterThePoolRetiresEveryConnectionEveryTableWithACheckConstraintStillTakesNewRows() throws Exception {
        try (ConfigurableApplicationContext app = EmbeddedApp.start(home)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(tablesWithCheckConstraints(jdbc))
                    .as("every table with a CHECK constraint is saved into below; a new one belongs in SAVED_INTO")
                    .isEqualTo(new TreeSet<>(SAVED_INTO));
            AccountService accounts = app.getBean(AccountService.class);
            String token = UUID.randomUUID().toString().substring(0, 8);
            AccountSummary coach = accounts.createConfirmed(
                    new SignUpCommand("coach-" + token + "@example.com", PASSWORD, "Kit Coach", Role.COACH));
            AccountSummary lifter = accounts.createConfirmed(
                    new SignUpCommand("lifter-" + token + "@example.com", PASSWORD, "Lee Lifter", Role.LIFTER));

            PoolRecycling.retireEveryConnection(app.getBean(DataSource.class));

            LocalDate today = LocalDate.now();
            SoftAssertions saves = new SoftAssertions();
            saves.assertThatCode(() -> accounts.createConfirmed(
                            new SignUpCommand("new-" + token + "@example.com", PASSWORD, "Noa Newcomer", Role.LIFTER)))
                    .as("sign-up (account)")
                    .doesNotThrowAnyException();
            saves.assertThatCode(() -> TestPeople.as(
                            coach,
                            () -> app.getBean(CoachingService.class).invite("invited-" + token + "@example.com")))
                    .as("a coach's invitation (invitation)")
                    .doesNotThrowAnyException();
            saves.assertThatCode(() -> {
                        CoachingService coaching = app.getBean(CoachingService.class);
                        String code = TestPeople.as(
                                coach, () -> coaching.invite(lifter.email()).code());
                        TestPeople.as(lifter, () -> coaching.accept(code));
                    })
                    .as("a lifter accepts a coach (coaching)")
                    .doesNotThrowAnyException();
            saves.assertThatCode(() -> TestPeople.as(
                            coach,
                            () -> app.getBean(ExerciseCatalog.class).add(bandPullApart("Band pull-apart " + token))))
                    .as("a coach's own exercise (custom_exercise)")
                    .doesNotThrowAnyException();
            saves.assertThatCode(() -> TestPeople.as(
                            lifter,
                            () -> app.getBean(SessionLogService.class)
                                    .logUnplanned(lifter.id(), today, SessionKind.MOBILITY, "Evening walk", 3, "")))
                    .as("a session log (session_log)")
                    .doesNotThrowAnyException();
            saves.assertThatCode(() -> TestPeople.as(
                            lifter,
                            () -> app.getBean(CheckInService.class)
                                    .checkIn(
                                            lifter.id(),
                                            new PainEntry(today, PainTiming.AFTER, 2, null, "a little stiff", null),
                                            Set.of())))
                    .as("a pain check-in (pain_check_in)")
                    .doesNotThrowAnyException();
            saves.assertThatCode(() -> TestPeople.as(
                            coach, () -> app.getBean(ReviewRhythms.class).setRhythm(lifter.id(), 6)))
                    .as("a coach sets a client's review rhythm (review_rhythm)")
                    .doesNotThrowAnyException();
            saves.assertThatCode(() -> TestPeople.as(
                            coach, () -> app.getBean(ReviewAutoSend.class).setDay(lifter.id(), DayOfWeek.MONDAY)))
                    .as("a coach has a client's due reviews sent on Mondays (review_auto_send)")
                    .doesNotThrowAnyException();
            saves.assertAll();

            assertThat(jdbc.queryForObject(
                            "select display_name from account where email = ?",
                            String.class,
                            "new-" + token + "@example.com"))
                    .isEqualTo("Noa Newcomer");
            assertThat(jdbc.queryForList(
                            "select status from invitation where email = ?",
                            String.class,
                            "invited-" + token + "@example.com"))
                    .containsExactly("PENDING");
            assertThat(jdbc.queryForList(
                            "select coach_id from coaching where lifter_id = ? and ended_at is null",
                            Long.class,
                            lifter.id()))
                    .containsExactly(coach.id());
            assertThat(jdbc.queryForList(
                            "select name from custom_exercise where owner_id = ?", String.class, coach.id()))
                    .containsExactly("Band pull-apart " + token);
            assertThat(jdbc.queryForList(
                            "select status || ' ' || title from session_log where lifter_id = ?",
                            String.class,
                            lifter.id()))
                    .containsExactly("UNPLANNED Evening walk");
            assertThat(jdbc.queryForList(
                            "select timing || ' ' || score from pain_check_in where lifter_id = ?",
                            String.class,
                            lifter.id()))
                    .containsExactly("AFTER 2");
            assertThat(jdbc.queryForList(
                            "select weeks from review_rhythm where lifter_id = ?", Integer.class, lifter.id()))
                    .containsExactly(6);
            assertThat(jdbc.queryForList(
                            "select iso_day from review_auto_send where lifter_id = ?", Integer.class, lifter.id()))
                    .containsExactly(1);
        }
    }

    private static ExerciseDraft bandPullApart(String name) {
        return new ExerciseDraft(
                name,
                Set.of(Equipment.RESISTANCE_BAND),
                false,
                MovementPattern.SCAPULAR_STABILITY,
                Set.of(MovementPattern.HORIZONTAL_PULL),
                DoseType.REPS,
                3,
                12,
                15,
                List.of("Hold the band at shoulder height.", "Pull it apart until it touches the chest."),
                "Strengthens the muscles between the shoulder blades.",
                "Stop if it pinches at the front of the shoulder.");
    }

    private static Set<String> tablesWithCheckConstraints(JdbcTemplate jdbc) {
        return new TreeSet<>(jdbc.queryForList(
                "select distinct lower(table_name) from information_schema.table_constraints"
                        + " where constraint_type = 'CHECK' and lower(table_schema) = 'public'",
                String.class));
    }
}
