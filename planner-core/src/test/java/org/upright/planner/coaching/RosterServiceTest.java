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
        // 12 for the plans and profiles, plus the safety assessment of every client at once
        assertThat(tenStatements).isLessThanOrEqualTo(12 + 6 + SafetyService.WEEKS_ASSESSED);
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
