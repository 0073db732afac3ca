package org.upright.planner.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.planner.exercise.CatalogSlugs.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Exercise;

/** Bad input is refused where it enters, with the field named. */
class WeekPlanTest {

    private static final LocalDate MONDAY = Plans.WEEK;
    private static final Exercise BENCH = FixtureExercises.INSTANCE.require(BENCH_PRESS);

    private static Session session(String id) {
        return Session.of(
                id,
                SessionKind.STRENGTH,
                "Lift",
                Block.of(BlockType.MAIN, Prescription.of(id + "-p", BENCH, Dose.reps(3, 5))));
    }

    @Nested
    class Weeks {

        @Test
        void theWeekMustStartOnAMonday() {
            assertThatThrownBy(() -> WeekPlan.empty(MONDAY.plusDays(1)))
                    .hasMessageContaining("week start must be a Monday")
                    .hasMessageContaining("TUESDAY");
        }

        @Test
        void moreThanSevenDaysAreRefused() {
            List<PlanDay> days = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                days.add(PlanDay.of(MONDAY.plusDays(i)));
            }
            assertThatThrownBy(() -> new WeekPlan(MONDAY, days)).hasMessage("a week has at most 7 days, was 8");
        }

        @Test
        void aDayOutsideTheWeekIsRefused() {
            assertThatThrownBy(() -> WeekPlan.of(MONDAY, PlanDay.of(MONDAY.plusDays(7))))
                    .hasMessageContaining("day 2025-09-08 is not in the week of 2025-09-01");
            assertThatThrownBy(() -> WeekPlan.of(MONDAY, PlanDay.of(MONDAY.minusDays(1))))
                    .hasMessageContaining("is not in the week");
        }

        @Test
        void aDayTwiceIsRefused() {
            assertThatThrownBy(() -> WeekPlan.of(MONDAY, PlanDay.of(MONDAY), PlanDay.of(MONDAY)))
                    .hasMessageContaining("appears twice");
        }

        @Test
        void fiftySessionsAreRefused() {
            // 50 sessions, 7 or 8 a day: refused at the first overfull day
            assertThatThrownBy(() -> {
                        List<PlanDay> days = new ArrayList<>();
                        int n = 0;
                        for (int d = 0; d < 7; d++) {
                            List<Session> sessions = new ArrayList<>();
                            for (int i = 0; i < (d == 0 ? 8 : 7); i++) {
                                sessions.add(session("s" + n++));
                            }
                            days.add(new PlanDay(MONDAY.plusDays(d), sessions));
                        }
                        assertThat(n).isEqualTo(50);
                        new WeekPlan(MONDAY, days);
                    })
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("day 2025-09-01: at most 6 sessions a day, was 8");
        }

        @Test
        void theWeekLimitHoldsEvenWhenEveryDayIsWithinItsOwn() {
            List<PlanDay> days = new ArrayList<>();
            int n = 0;
            for (int d = 0; d < 7; d++) {
                List<Session> sessions = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    sessions.add(session("s" + n++));
                }
                days.add(new PlanDay(MONDAY.plusDays(d), sessions));
            }
            assertThatThrownBy(() -> new WeekPlan(MONDAY, days)).hasMessage("a week holds at most 28 sessions, was 42");
        }

        @Test
        void sevenSessionsInOneDayAreRefused() {
            List<Session> sessions = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                sessions.add(session("s" + i));
            }
            assertThatThrownBy(() -> new PlanDay(MONDAY, sessions))
                    .hasMessage("day 2025-09-01: at most 6 sessions a day, was 7");
        }

        @Test
        void idsMustBeUniqueWithinTheWeek() {
            assertThatThrownBy(() -> WeekPlan.of(
                            MONDAY, PlanDay.of(MONDAY, session("a")), PlanDay.of(MONDAY.plusDays(1), session("a"))))
                    .hasMessage("session id a is used twice in the week");
            Session other = Session.of(
                    "b",
                    SessionKind.STRENGTH,
                    "Lift",
                    Block.of(BlockType.MAIN, Prescription.of("a-p", BENCH, Dose.reps(3, 5))));
            assertThatThrownBy(() -> WeekPlan.of(MONDAY, PlanDay.of(MONDAY, session("a"), other)))
                    .hasMessage("prescription id a-p is used twice in the week");
        }

        @Test
        void daysAreKeptInDateOrder() {
            WeekPlan week = WeekPlan.of(MONDAY, PlanDay.of(MONDAY.plusDays(3)), PlanDay.of(MONDAY));
            assertThat(week.days()).extracting(PlanDay::date).containsExactly(MONDAY, MONDAY.plusDays(3));
        }
    }

    @Nested
    class Sessions {

        @Test
        void blocksAreOrderedWarmUpFirstWhateverTheInput() {
            Session s = Session.of(
                    "s",
                    SessionKind.STRENGTH,
                    "Lift",
                    Block.of(BlockType.COOL_DOWN),
                    Block.of(BlockType.MAIN),
                    Block.of(BlockType.WARM_UP));
            assertThat(s.blocks())
                    .extracting(Block::type)
                    .containsExactly(BlockType.WARM_UP, BlockType.MAIN, BlockType.COOL_DOWN);
        }

        @Test
        void aBlockTypeTwiceIsRefused() {
            assertThatThrownBy(() -> Session.of(
                            "s", SessionKind.STRENGTH, "Lift", Block.of(BlockType.MAIN), Block.of(BlockType.MAIN)))
                    .hasMessage("session s: the MAIN block appears twice");
        }

        @Test
        void titleKindAndIdAreRequired() {
            assertThatThrownBy(() -> Session.of("s", SessionKind.STRENGTH, " ")).hasMessageContaining("title");
            assertThatThrownBy(() -> Session.of("s", null, "Lift")).hasMessage("session s: kind is required");
            assertThatThrownBy(() -> Session.of("", SessionKind.STRENGTH, "Lift"))
                    .hasMessage("session id is required");
        }

        @Test
        void tooManyPrescriptionsAreRefused() {
            List<Prescription> many = new ArrayList<>();
            for (int i = 0; i < 41; i++) {
                many.add(Prescription.of("p" + i, BENCH, Dose.reps(1, 5)));
            }
            assertThatThrownBy(() ->
                            new Session("s", SessionKind.STRENGTH, "Lift", List.of(new Block(BlockType.MAIN, many))))
                    .hasMessage("session s: at most 40 prescriptions per session, was 41");
        }
    }

    @Nested
    class Prescriptions {

        @Test
        void exerciseAndDoseAreRequired() {
            assertThatThrownBy(() -> Prescription.of("p1", null, Dose.reps(3, 5)))
                    .hasMessage("prescription p1: exercise is required");
            assertThatThrownBy(() -> Prescription.of("p1", BENCH, null))
                    .hasMessage("prescription p1: dose is required");
        }

        @Test
        void negativeSetsAreAlreadyRefusedByTheDose() {
            assertThatThrownBy(() -> Dose.reps(-1, 5)).hasMessageContaining("sets must be between 1 and 20");
        }

        @Test
        void loadMustBeZeroOrMoreAndSane() {
            assertThatThrownBy(
                            () -> Prescription.of("p1", BENCH, Dose.reps(3, 5)).withLoadKg(-2.5))
                    .hasMessage("prescription p1: load must be between 0 and 600.0 kg, was -2.5");
            assertThatThrownBy(
                            () -> Prescription.of("p1", BENCH, Dose.reps(3, 5)).withLoadKg(Double.NaN))
                    .hasMessageContaining("load must be between");
            assertThat(Prescription.of("p1", BENCH, Dose.reps(3, 5))
                            .withLoadKg(0)
                            .load())
                    .hasValue(0.0);
        }

        @Test
        void rpeMustBeOneToTen() {
            assertThatThrownBy(() -> EffortTarget.rpe(0.5)).hasMessage("RPE must be between 1 and 10, was 0.5");
            assertThatThrownBy(() -> EffortTarget.rpe(10.5)).hasMessage("RPE must be between 1 and 10, was 10.5");
            assertThat(EffortTarget.rpe(1)).isEqualTo(new EffortTarget.Rpe(1.0));
            assertThat(EffortTarget.rpe(10)).isEqualTo(new EffortTarget.Rpe(10.0));
            assertThat(Prescription.of("p1", BENCH, Dose.reps(3, 5))
                            .withEffort(EffortTarget.rpe(7.5))
                            .effortTarget())
                    .contains(new EffortTarget.Rpe(7.5));
        }

        @Test
        void repsInReserveMustBeZeroToTen() {
            assertThatThrownBy(() -> EffortTarget.repsInReserve(-1)).hasMessageContaining("reps in reserve");
            assertThatThrownBy(() -> EffortTarget.repsInReserve(11)).hasMessageContaining("reps in reserve");
            assertThat(EffortTarget.repsInReserve(0)).isEqualTo(new EffortTarget.RepsInReserve(0));
        }

        @Test
        void anUnknownSlugIsRefusedByName() {
            assertThatThrownBy(
                            () -> Prescription.fromSlug("p9", "bench-pres", Dose.reps(3, 5), FixtureExercises.INSTANCE))
                    .hasMessage("prescription p9: unknown exercise slug 'bench-pres'");
        }

        @Test
        void noteIsTrimmedAndCapped() {
            assertThat(Prescription.of("p1", BENCH, Dose.reps(3, 5))
                            .withNote("  slow down  ")
                            .note())
                    .isEqualTo("slow down");
            assertThatThrownBy(
                            () -> Prescription.of("p1", BENCH, Dose.reps(3, 5)).withNote("x".repeat(501)))
                    .hasMessageContaining("note must be at most 500");
        }
    }

    @Nested
    class ProfileAndTargets {

        @Test
        void defaultsFollowTheSpec() {
            Targets general = Targets.defaultsFor(RuleTesting.GENERAL);
            assertThat(general).isEqualTo(new Targets(1.0, 2, 3, 2, 4, 0.25, 3));
            assertThat(Targets.defaultsFor(RuleTesting.CARE).pushPullRatio()).isEqualTo(1.5);
        }

        @Test
        void nonsenseTargetsAreRefused() {
            Targets t = Targets.defaultsFor(RuleTesting.GENERAL);
            assertThatThrownBy(() -> t.withPushPullRatio(0)).hasMessageContaining("push:pull target");
            assertThatThrownBy(() -> t.withMobilitySessions(3, 2))
                    .hasMessageContaining("must not be below the minimum");
            assertThatThrownBy(() -> t.withRoutineDays(8)).hasMessage("routine days must be between 0 and 7, was 8");
            assertThatThrownBy(() -> t.withVolumeJumpLimit(-0.1)).hasMessageContaining("volume jump limit");
        }

        @Test
        void aDoorwayAndTheFloorAreAlwaysAtHand() {
            LifterProfile nothing = LifterProfile.general(java.util.Set.of());
            assertThat(nothing.canDo(FixtureExercises.INSTANCE.require(DOORWAY_PEC_STRETCH)))
                    .isTrue();
            assertThat(nothing.canDo(FixtureExercises.INSTANCE.require(CHILDS_POSE_WITH_REACH)))
                    .isTrue();
            assertThat(nothing.canDo(FixtureExercises.INSTANCE.require(BAND_ROW)))
                    .isFalse();
        }
    }
}
