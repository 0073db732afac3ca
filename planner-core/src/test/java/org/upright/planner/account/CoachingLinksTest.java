package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.exercise.CatalogAudience;

@DatabaseTest
class CoachingLinksTest {

    @Autowired
    CoachingLinks links;

    @Autowired
    People people;

    @Test
    void aLifterLearnsTheirCurrentCoachOnly() {
        AccountSummary former = people.coach("Fran Former");
        AccountSummary current = people.coach("Cass Current");
        AccountSummary lifter = people.lifter("Lee Lifter");
        people.coaches(former, lifter, true);
        people.coaches(current, lifter, false);

        assertThat(people.as(lifter, () -> links.myCurrentCoachId())).contains(current.id());
        assertThat(people.as(lifter, () -> links.currentReader()))
                .isEqualTo(new CatalogAudience.Reader(lifter.id(), false, current.id()));
        assertThat(people.as(lifter, () -> links.currentReader().visibleOwners()))
                .containsExactly(current.id());
    }

    @Test
    void coachesSelfCoachedLiftersAndNobodyHaveNoCoach() {
        AccountSummary coach = people.coach("Cal Coach");
        AccountSummary alone = people.lifter("Ali Alone");

        assertThat(people.as(coach, () -> links.myCurrentCoachId())).isEmpty();
        assertThat(people.as(coach, () -> links.currentReader().visibleOwners()))
                .containsExactly(coach.id());
        assertThat(people.as(alone, () -> links.myCurrentCoachId())).isEmpty();
        assertThat(people.as(alone, () -> links.currentReader().visibleOwners()))
                .isEmpty();
        assertThat(links.myCurrentCoachId()).isEmpty();
        assertThatThrownBy(() -> links.currentReader()).isInstanceOf(AccessDeniedException.class);
    }
}
