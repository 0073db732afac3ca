package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.upright.planner.CoreTestApplication;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.SafetyAssessment;
import org.upright.planner.safety.SafetyService;
import org.upright.planner.testsupport.TestDatabaseConfiguration;

/** The coach's red badges cost the same few statements for two clients as for twelve. */
@SpringBootTest(
        classes = CoreTestApplication.class,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({TestDatabaseConfiguration.class, People.class})
class SafetyStatementCountTest {

    @Autowired
    SafetyService safety;

    @Autowired
    CheckInService checkIns;

    @Autowired
    SessionLogService logs;

    @Autowired
    People people;

    @Autowired
    JournalFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void assessingAllClientsTakesAFixedNumberOfStatements() {
        AccountSummary small = people.coach("Two Clients");
        AccountSummary large = people.coach("Twelve Clients");
        List<Long> two = clients(small, 2);
        List<Long> twelve = clients(large, 12);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        people.as(large, () -> safety.assessAll(twelve)); // warm-up
        statistics.clear();
        Map<Long, SafetyAssessment> fewResult = people.as(small, () -> safety.assessAll(two));
        long few = statistics.getPrepareStatementCount();
        statistics.clear();
        Map<Long, SafetyAssessment> manyResult = people.as(large, () -> safety.assessAll(twelve));
        long many = statistics.getPrepareStatementCount();

        assertThat(fewResult).hasSize(2);
        assertThat(manyResult).hasSize(12);
        assertThat(manyResult.values().stream().filter(SafetyAssessment::showsRedBadge))
                .hasSize(6);
        assertThat(many).isEqualTo(few);
        // access for the service, for the records and for the plans (each public method is checked
        // on its own, docs/adr/0013), the lifters' time zones (each lifter's today, docs/adr/0021),
        // checks, clearances, pain, logs, one per week of plans
        assertThat(few).isLessThanOrEqualTo(8 + SafetyService.WEEKS_ASSESSED);
    }

    /** Clients with a planned, logged session and a check-in each; every other one flags. */
    private List<Long> clients(AccountSummary coach, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AccountSummary lifter = people.lifter("Client " + i);
            people.coaches(coach, lifter, false);
            LocalDate monday = JournalFixtures.thisWeek();
            var week = fixtures.planSession(lifter, monday, "Rows");
            String id = JournalFixtures.sessionId(week, "Rows");
            Set<RedFlag> answers = i % 2 == 0 ? Set.of(RedFlag.FEVER) : Set.of();
            people.as(lifter, () -> {
                logs.markDone(lifter.id(), monday, id, LoggedSession.NOT_LOGGED, DoneDetails.asPlanned(monday));
                checkIns.checkIn(lifter.id(), PainEntry.of(LocalDate.now(), PainTiming.AFTER, 3), answers);
            });
            ids.add(lifter.id());
        }
        return ids;
    }
}
