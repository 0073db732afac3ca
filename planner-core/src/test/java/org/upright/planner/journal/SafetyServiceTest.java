package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.planner.journal.JournalFixtures.thisWeek;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.common.Texts;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.Referral;
import org.upright.planner.safety.SafetyAssessment;
import org.upright.planner.safety.SafetyService;
import org.upright.planner.safety.SafetyStatus;

/** The safety service on journal data: who sees what, and the referrals of domain §5. */
@DatabaseTest
class SafetyServiceTest {

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

    AccountSummary coach;
    AccountSummary flagged;
    AccountSummary fine;

    @BeforeEach
    void aCoachWithTwoClients() {
        coach = people.coach("Bea Badge");
        flagged = people.lifter("Fran Flag");
        fine = people.lifter("Finn Fine");
        people.coaches(coach, flagged, false);
        people.coaches(coach, fine, false);
    }

    @Test
    void theCoachSeesTheRedBadgeOnTheFlaggedClientOnly() {
        checkIn(flagged, LocalDate.now(), 8, Set.of(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS));
        checkIn(fine, LocalDate.now(), 2, Set.of());

        Map<Long, SafetyAssessment> all = people.as(coach, () -> safety.assessAll(List.of(flagged.id(), fine.id())));

        assertThat(all.get(flagged.id()).showsRedBadge()).isTrue();
        assertThat(all.get(flagged.id()).planPaused()).isTrue();
        assertThat(all.get(fine.id()).showsRedBadge()).isFalse();
        assertThat(all.get(fine.id()).status()).isEqualTo(SafetyStatus.CLEAR);
    }

    @Test
    void assessingSomeoneWhoIsNotAClientIsRefusedWholesale() {
        AccountSummary stranger = people.lifter("Stan Stranger");
        AccountSummary former = people.coach("Fay Former");
        people.coaches(former, fine, true);

        assertThatThrownBy(() -> people.as(coach, () -> safety.assessAll(List.of(fine.id(), stranger.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(former, () -> safety.assess(fine.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> safety.assess(fine.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> safety.assessAll(List.of(stranger.id(), fine.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(people.as(stranger, () -> safety.assessAll(List.of(stranger.id()))))
                .containsOnlyKeys(stranger.id());
    }

    @Test
    void aWeekAveragingSevenOrMoreRecommendsProfessionalCareToLifterAndCoach() {
        checkIn(fine, LocalDate.now(), 7, Set.of());
        checkIn(fine, LocalDate.now(), 8, Set.of());

        for (AccountSummary viewer : List.of(fine, coach)) {
            SafetyAssessment assessment = people.as(viewer, () -> safety.assess(fine.id()));
            assertThat(assessment.status()).isEqualTo(SafetyStatus.REFER);
            assertThat(assessment.referrals()).contains(Referral.SEVERE_PAIN);
            assertThat(assessment.planPaused()).isFalse();
            assertThat(assessment.progressionAllowed()).isFalse();
        }
    }

    @Test
    void threeSteadyWeeksWithoutLessPainRecommendAPhysicalTherapist() {
        for (int weeksAgo = 2; weeksAgo >= 0; weeksAgo--) {
            LocalDate monday = thisWeek().minusWeeks(weeksAgo);
            PlannedWeek week = fixtures.planSession(fine, monday, "Rows");
            String id = JournalFixtures.sessionId(week, "Rows");
            people.as(
                    fine,
                    () -> logs.markDone(
                            fine.id(), monday, id, LoggedSession.NOT_LOGGED, DoneDetails.asPlanned(monday)));
            checkIn(fine, monday, 5, Set.of());
        }

        SafetyAssessment assessment = people.as(coach, () -> safety.assess(fine.id()));

        assertThat(assessment.referrals()).containsExactly(Referral.NOT_IMPROVING);
        assertThat(assessment.notices())
                .singleElement()
                .satisfies(n ->
                        assertThat(Texts.render(n.message(), Locale.ENGLISH)).contains("physical therapist"));
    }

    private void checkIn(AccountSummary lifter, LocalDate date, int score, Set<RedFlag> answers) {
        people.as(lifter, () -> checkIns.checkIn(lifter.id(), PainEntry.of(date, PainTiming.BEFORE, score), answers));
    }
}
