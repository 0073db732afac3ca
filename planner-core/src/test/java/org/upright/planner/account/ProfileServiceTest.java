package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.exercise.Equipment;

@DatabaseTest
class ProfileServiceTest {

    @Autowired
    ProfileService profiles;

    @Autowired
    People people;

    AccountSummary lifter;
    AccountSummary coach;

    @BeforeEach
    void setUp() {
        lifter = people.lifter("Pat Lifter");
        coach = people.coach("Chris Coach");
        people.coaches(coach, lifter, false);
    }

    @Test
    void aNewLifterHasTheDefaultProfile() {
        TrainingProfile profile = people.as(lifter, () -> profiles.profileOf(lifter.id()));

        assertThat(profile.upperBackCare()).isFalse();
        assertThat(profile.pushPullTarget()).isNull();
    }

    @Test
    void theCoachChangesTheTargetAndTheLifterSeesIt() {
        TrainingProfile read = people.as(coach, () -> profiles.profileOf(lifter.id()));
        people.as(
                coach,
                () -> profiles.update(
                        lifter.id(),
                        new TrainingProfile(true, Set.of(Equipment.RESISTANCE_BAND), 1.5, 3, read.version())));

        TrainingProfile seen = people.as(lifter, () -> profiles.profileOf(lifter.id()));
        assertThat(seen.upperBackCare()).isTrue();
        assertThat(seen.equipment()).containsExactly(Equipment.RESISTANCE_BAND);
        assertThat(seen.pushPullTarget()).isEqualTo(1.5);
        assertThat(seen.mobilityTarget()).isEqualTo(3);
    }

    @Test
    void aSecondSaveFromAnOldVersionIsRefusedAndTheFirstIsKept() {
        TrainingProfile coachRead = people.as(coach, () -> profiles.profileOf(lifter.id()));
        TrainingProfile lifterRead = people.as(lifter, () -> profiles.profileOf(lifter.id()));
        people.as(
                coach,
                () -> profiles.update(
                        lifter.id(), new TrainingProfile(true, Set.of(), 1.5, null, coachRead.version())));

        assertThatThrownBy(() -> people.as(
                        lifter,
                        () -> profiles.update(
                                lifter.id(), new TrainingProfile(false, Set.of(), null, null, lifterRead.version()))))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(people.as(lifter, () -> profiles.profileOf(lifter.id())).upperBackCare())
                .isTrue();
    }

    @Test
    void nobodyElseMayReadOrChangeTheProfile() {
        AccountSummary otherLifter = people.lifter("Other Lifter");
        AccountSummary otherCoach = people.coach("Other Coach");
        AccountSummary formerCoach = people.coach("Former Coach");
        people.coaches(formerCoach, lifter, true);

        for (AccountSummary stranger : new AccountSummary[] {otherLifter, otherCoach, formerCoach}) {
            assertThatThrownBy(() -> people.as(stranger, () -> profiles.profileOf(lifter.id())))
                    .as(stranger.displayName())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.as(
                            stranger,
                            () -> profiles.update(lifter.id(), new TrainingProfile(true, Set.of(), null, null, 0))))
                    .as(stranger.displayName())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> profiles.profileOf(lifter.id()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aCoachedLifterCannotChangeTheTargetsTheirCoachSetsButASelfCoachedOneCan() {
        TrainingProfile read = people.as(lifter, () -> profiles.profileOf(lifter.id()));
        assertThat(people.as(lifter, () -> profiles.hasCoach(lifter.id()))).isTrue();

        assertThatThrownBy(() -> people.as(
                        lifter,
                        () -> profiles.update(
                                lifter.id(), new TrainingProfile(false, Set.of(), 0.8, null, read.version()))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("coach");
        TrainingProfile equipmentOnly = people.as(
                lifter,
                () -> profiles.update(
                        lifter.id(),
                        new TrainingProfile(true, Set.of(Equipment.FOAM_ROLLER), null, null, read.version())));
        assertThat(equipmentOnly.equipment()).containsExactly(Equipment.FOAM_ROLLER);

        AccountSummary selfCoached = people.lifter("Sol Selfcoached");
        TrainingProfile own = people.as(selfCoached, () -> profiles.profileOf(selfCoached.id()));
        TrainingProfile changed = people.as(
                selfCoached,
                () -> profiles.update(selfCoached.id(), new TrainingProfile(true, Set.of(), 1.2, 3, own.version())));
        assertThat(changed.pushPullTarget()).isEqualTo(1.2);
    }

    @Test
    void eachPersonKeepsTheirOwnWeightUnit() {
        people.as(coach, () -> profiles.changeMyWeightUnit(WeightUnit.LB));

        assertThat(people.as(coach, () -> profiles.myWeightUnit())).isEqualTo(WeightUnit.LB);
        assertThat(people.as(lifter, () -> profiles.myWeightUnit())).isEqualTo(WeightUnit.KG);
    }
}
