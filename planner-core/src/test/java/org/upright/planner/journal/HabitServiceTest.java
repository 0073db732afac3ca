package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.planner.journal.JournalFixtures.today;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.common.StaleEditException;

@DatabaseTest
class HabitServiceTest {

    static final String BREAKS = Habit.MOVEMENT_BREAK.label();
    static final String BREATHING = Habit.BREATHING_BEFORE_BED.label();

    @Autowired
    HabitService habits;

    @Autowired
    People people;

    AccountSummary lifter;

    @BeforeEach
    void aNewLifter() {
        lifter = people.lifter("Hal Habit");
    }

    @Test
    void twoHabitsForFourWeeksTickedTodayShowAStreakOfOne() {
        assertThat(people.as(lifter, () -> habits.progress(lifter.id()))).isEmpty();

        HabitProgress chosen =
                people.as(lifter, () -> habits.chooseHabits(lifter.id(), List.of(BREAKS, BREATHING), HabitBlock.NONE));
        assertThat(chosen.block().startsOn()).isEqualTo(today());
        assertThat(chosen.block().endsOn()).isEqualTo(today().plusDays(27));
        assertThat(chosen.dayOfBlock()).isEqualTo(1);

        HabitProgress ticked = people.as(lifter, () -> habits.tick(lifter.id(), BREAKS, today(), true));
        // a double tap ticks once
        people.as(lifter, () -> habits.tick(lifter.id(), BREAKS, today(), true));

        HabitProgress now =
                people.as(lifter, () -> habits.progress(lifter.id())).orElseThrow();
        assertThat(now).isEqualTo(ticked);
        assertThat(now.habits().getFirst().tickedToday()).isTrue();
        assertThat(now.habits().getFirst().streak()).isEqualTo(1);
        assertThat(now.habits().getFirst().daysTicked()).isEqualTo(1);
        assertThat(now.habits().get(1).streak()).isZero();

        people.as(lifter, () -> habits.tick(lifter.id(), BREAKS, today(), false));
        assertThat(people.as(lifter, () -> habits.progress(lifter.id()))
                        .orElseThrow()
                        .habits()
                        .getFirst()
                        .tickedToday())
                .isFalse();
    }

    @Test
    void aCustomHabitWorksLikeABuiltInOne() {
        people.as(
                lifter, () -> habits.chooseHabits(lifter.id(), List.of(" Stretch at the bus stop "), HabitBlock.NONE));

        HabitProgress progress =
                people.as(lifter, () -> habits.tick(lifter.id(), "Stretch at the bus stop", today(), true));

        assertThat(progress.habits())
                .singleElement()
                .satisfies(h -> assertThat(h.tickedToday()).isTrue());
    }

    @Test
    void atMostTwoHabitsAndNeverAnEmptyChoice() {
        assertThatThrownBy(() -> people.as(
                        lifter,
                        () -> habits.chooseHabits(
                                lifter.id(), List.of(BREAKS, BREATHING, "Drink water"), HabitBlock.NONE)))
                .isInstanceOfSatisfying(
                        JournalEntryRejected.class, e -> assertThat(e.field()).isEqualTo(JournalEntryRejected.HABITS));
        assertThatThrownBy(
                        () -> people.as(lifter, () -> habits.chooseHabits(lifter.id(), List.of(" "), HabitBlock.NONE)))
                .isInstanceOf(JournalEntryRejected.class);
        assertThat(people.as(lifter, () -> habits.progress(lifter.id()))).isEmpty();
    }

    @Test
    void changingHabitsOnTheFirstDayKeepsTheBlockAndAStaleChoiceIsRefused() {
        HabitProgress first =
                people.as(lifter, () -> habits.chooseHabits(lifter.id(), List.of(BREAKS), HabitBlock.NONE));
        HabitProgress changed = people.as(
                lifter,
                () -> habits.chooseHabits(
                        lifter.id(), List.of(BREATHING), first.block().version()));

        assertThat(changed.block().id()).isEqualTo(first.block().id());
        assertThat(changed.block().habits()).containsExactly(BREATHING);
        assertThatThrownBy(() -> people.as(
                        lifter,
                        () -> habits.chooseHabits(
                                lifter.id(), List.of(BREAKS), first.block().version())))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void onlyChosenHabitsOnDaysOfTheBlockUpToTodayCanBeTicked() {
        people.as(lifter, () -> habits.chooseHabits(lifter.id(), List.of(BREAKS), HabitBlock.NONE));

        assertThatThrownBy(() -> people.as(lifter, () -> habits.tick(lifter.id(), BREATHING, today(), true)))
                .isInstanceOf(JournalEntryRejected.class);
        assertThatThrownBy(() -> people.as(lifter, () -> habits.tick(lifter.id(), BREAKS, today().plusDays(1), true)))
                .isInstanceOfSatisfying(
                        JournalEntryRejected.class, e -> assertThat(e.field()).isEqualTo(JournalEntryRejected.DATE));
        assertThatThrownBy(() -> people.as(lifter, () -> habits.tick(lifter.id(), BREAKS, today().minusDays(1), true)))
                .isInstanceOf(JournalEntryRejected.class);
    }

    @Test
    void theCoachSeesTheHabitsButCannotTickThem() {
        AccountSummary coach = people.coach("Hattie Coach");
        people.coaches(coach, lifter, false);
        people.as(lifter, () -> habits.chooseHabits(lifter.id(), List.of(BREAKS), HabitBlock.NONE));

        assertThat(people.as(coach, () -> habits.progress(lifter.id()))).isPresent();
        assertThatThrownBy(() -> people.as(coach, () -> habits.tick(lifter.id(), BREAKS, today(), true)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
