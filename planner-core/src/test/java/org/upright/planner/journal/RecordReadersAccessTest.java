package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.review.ReviewSources;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.SafetyHistory;
import org.upright.planner.safety.SafetyRecords;

/**
 * The journal's record readers hand a lifter's pain, warning signs and sessions to the safety
 * service and the review. They are beans any code can be given, so they decide for themselves who
 * may read — instead of relying on being called only after a service checked.
 */
@DatabaseTest
class RecordReadersAccessTest {

    @Autowired
    SafetyRecords safetyRecords;

    @Autowired
    ReviewSources reviewSources;

    @Autowired
    CheckInService checkIns;

    @Autowired
    People people;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    AccountSummary owner;
    AccountSummary coach;
    AccountSummary stranger;
    AccountSummary strangerCoach;

    @BeforeEach
    void setUp() {
        owner = people.lifter("Owner");
        coach = people.coach("Coach");
        stranger = people.lifter("Stranger");
        strangerCoach = people.coach("Stranger Coach");
        people.coaches(coach, owner, false);
        people.as(
                owner,
                () -> checkIns.checkIn(
                        owner.id(), PainEntry.of(JournalFixtures.today(), PainTiming.BEFORE, 6), Set.of()));
    }

    @Test
    void theOwnerAndTheirCoachReadTheSafetyHistory() {
        for (AccountSummary reader : List.of(owner, coach)) {
            SafetyHistory history =
                    people.as(reader, () -> safetyHistoryOf(owner)).get(owner.id());

            assertThat(history.painReadings()).hasSize(1);
        }
    }

    @Test
    void aStrangerAskingForALiftersSafetyHistoryIsRefused() {
        for (AccountSummary outsider : List.of(stranger, strangerCoach)) {
            assertThatThrownBy(() -> people.as(outsider, () -> safetyHistoryOf(owner)))
                    .as(outsider.displayName())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /**
     * Refused before anything is read: a refusal that only came from the last of several queries
     * would leave the lifter's records read on a stranger's behalf, safe only as long as nobody
     * reorders the code.
     */
    @Test
    void aStrangerIsRefusedBeforeAnyOfTheLiftersRecordsIsRead() {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            assertThatThrownBy(() -> people.as(stranger, () -> safetyHistoryOf(owner)))
                    .isInstanceOf(AccessDeniedException.class);

            assertThat(statistics.getPrepareStatementCount())
                    .as("SQL statements run for a stranger")
                    .isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void slippingAStrangerIntoACoachsListIsRefusedForTheWholeList() {
        AccountSummary client = owner;

        assertThatThrownBy(() -> people.as(
                        coach,
                        () -> safetyRecords.histories(
                                List.of(client.id(), stranger.id()),
                                JournalFixtures.thisWeek(),
                                JournalFixtures.today())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStrangerAskingForALiftersReviewRecordsIsRefused() {
        LocalDate week = JournalFixtures.thisWeek();
        assertThat(people.as(coach, () -> reviewSources.records(owner.id(), week, week))
                        .weeks())
                .hasSize(1);

        for (AccountSummary outsider : List.of(stranger, strangerCoach)) {
            assertThatThrownBy(() -> people.as(outsider, () -> reviewSources.records(owner.id(), week, week)))
                    .as(outsider.displayName())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private Map<Long, SafetyHistory> safetyHistoryOf(AccountSummary lifter) {
        return safetyRecords.histories(List.of(lifter.id()), JournalFixtures.thisWeek(), JournalFixtures.today());
    }
}
