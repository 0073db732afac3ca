package org.upright.planner.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.CoreTestApplication;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.Role;
import org.upright.planner.journal.LoggedSession;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.safety.SafetyService;
import org.upright.planner.testsupport.TestDatabaseConfiguration;

@SpringBootTest(
        classes = CoreTestApplication.class,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({TestDatabaseConfiguration.class, People.class})
class RosterServiceTest {

    @Autowired
    RosterService roster;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    WeekPlanService plans;

    @Autowired
    SessionLogService logs;

    @Test
    void theRosterCostsTheSameNumberOfStatementsForTenAndForTwoHundredClients() {
        AccountSummary small = people.coach("Ten Clients");
        AccountSummary large = people.coach("Two Hundred Clients");
        RosterSeed.clients(jdbc, small.id(), 10, LocalDate.now());
        RosterSeed.clients(jdbc, large.id(), 200, LocalDate.now());
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        people.as(large, () -> roster.roster()); // warm up caches and lazy initialisation
        statistics.clear();
        List<ClientRow> ten = people.as(small, () -> roster.roster());
        long tenStatements = statistics.getPrepareStatementCount();
        statistics.clear();
        List<ClientRow> twoHundred = people.as(large, () -> roster.roster());
        long twoHundredStatements = statistics.getPrepareStatementCount();

        assertThat(ten).hasSize(10);
        assertThat(twoHundred).hasSize(200);
        assertThat(twoHundredStatements).isEqualTo(tenStatements);
        // 12 for the plans and profiles, 2 for which plans are paused, plus the safety assessment
        // of every client at once; 3 for each client's own today (their zones, read by the roster
        // and by the safety assessment) and when each joined the coach (docs/adr/0021)
        assertThat(tenStatements).isLessThanOrEqualTo(12 + 2 + 6 + SafetyService.WEEKS_ASSESSED + 3);
    }

    @Test
    void eachRowShowsThisWeeksBalanceAndWhyTheClientNeedsAttention() {
        AccountSummary coach = people.coach("Row Coach");
        List<Long> ids = RosterSeed.clients(jdbc, coach.id(), 2, LocalDate.now());

        List<ClientRow> rows = people.as(coach, () -> roster.roster());

        ClientRow balanced = rows.stream()
                .filter(r -> r.lifterId() == ids.get(0))
                .findFirst()
                .orElseThrow();
        ClientRow idle = rows.stream()
                .filter(r -> r.lifterId() == ids.get(1))
                .findFirst()
                .orElseThrow();
        assertThat(balanced.score()).isEqualTo(100);
        assertThat(balanced.mobilitySessions()).isEqualTo(2);
        assertThat(balanced.pushPullRatio().getAsDouble()).isGreaterThanOrEqualTo(balanced.pushPullTarget());
        assertThat(balanced.attention()).isEmpty();
        assertThat(idle.attention()).contains(AttentionReason.NO_MOBILITY_SESSION);
        assertThat(idle.pushPullRatio()).isEmpty();
    }

    @Test
    void adherenceAndLastActivityComeFromTheClientsJournal() {
        AccountSummary coach = people.coach("Journal Coach");
        List<Long> ids = RosterSeed.clients(jdbc, coach.id(), 2, LocalDate.now());
        AccountSummary client =
                new AccountSummary(ids.get(0), "client-" + ids.get(0) + "@example.com", "Client", Role.LIFTER);
        LocalDate lastWeek = Weeks.startOf(LocalDate.now()).minusWeeks(1);
        String sessionId = people.as(client, () -> plans.week(client.id(), lastWeek))
                .plan()
                .sessions()
                .findFirst()
                .orElseThrow()
                .id();
        people.as(client, () -> logs.markDoneAsPlanned(client.id(), lastWeek, sessionId, LoggedSession.NOT_LOGGED));

        List<ClientRow> rows = people.as(coach, () -> roster.roster());

        ClientRow logged = rows.stream()
                .filter(r -> r.lifterId() == ids.get(0))
                .findFirst()
                .orElseThrow();
        ClientRow idle = rows.stream()
                .filter(r -> r.lifterId() == ids.get(1))
                .findFirst()
                .orElseThrow();
        assertThat(logged.adherence()).isPresent();
        assertThat(logged.adherence().getAsDouble()).isGreaterThan(0.0).isLessThan(1.0);
        assertThat(idle.adherence()).as("nothing planned, nothing to measure").isEmpty();
    }

    @Test
    void aCoachSeesOnlyTheirOwnClientsAndLiftersHaveNoRoster() {
        AccountSummary mine = people.coach("Mine Coach");
        AccountSummary theirs = people.coach("Theirs Coach");
        RosterSeed.clients(jdbc, mine.id(), 3, LocalDate.now());
        RosterSeed.clients(jdbc, theirs.id(), 4, LocalDate.now());

        assertThat(people.as(mine, () -> roster.roster())).hasSize(3);
        AccountSummary lifter = people.lifter("No Roster");
        assertThatThrownBy(() -> people.as(lifter, () -> roster.roster())).isInstanceOf(AccessDeniedException.class);
    }
}
