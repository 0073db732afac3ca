package org.upright.planner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.ExistingSessions;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.safety.Disclaimer;
import org.upright.planner.safety.SafetyStatus;

@DatabaseTest
class ReviewServiceTest {

    static final LocalDate LAST_COMPLETE = ReviewPeriod.lastCompleteWeek(LocalDate.now());

    @Autowired
    ReviewService reviews;

    @Autowired
    WeekPlanService plans;

    @Autowired
    People people;

    AccountSummary lifter;
    AccountSummary coach;

    @BeforeEach
    void aCoachedLifter() {
        lifter = people.lifter("Ren Review");
        coach = people.coach("Cora Coach");
        people.coaches(coach, lifter, false);
    }

    @Test
    void aSixWeekReviewHasOneRowPerWeekWithThePlannedSetsTheTargetAndTheDisclaimer() {
        for (int back = 0; back < 6; back++) {
            balancedWeek(LAST_COMPLETE.minusWeeks(back));
        }
        pressOnly(LAST_COMPLETE.minusWeeks(6)); // before the period: must not count

        LifterReview review = people.as(lifter, () -> reviews.review(lifter.id(), LAST_COMPLETE, 6));

        ReviewReport report = review.report();
        assertThat(report.weeks())
                .extracting(WeekReview::weekStart)
                .containsExactlyElementsOf(ReviewPeriod.weeksEndingWith(LAST_COMPLETE, 6));
        assertThat(report.weeks()).allSatisfy(week -> {
            assertThat(week.plannedSessions()).isEqualTo(5);
            assertThat(week.mobilitySessions()).isEqualTo(2);
            assertThat(week.pullSets()).isGreaterThanOrEqualTo(week.pushSets());
        });
        assertThat(report.disclaimer()).isEqualTo(Disclaimer.TEXT);
        assertThat(report.recommends(RecommendationKind.TIME_FRAME)).isTrue();
        assertThat(review.lifterName()).isEqualTo("Ren Review");
        assertThat(review.coachName()).contains("Cora Coach");
        assertThat(review.targets().pushPullRatio()).isEqualTo(1.0);
        assertThat(review.generatedOn()).isEqualTo(LocalDate.now());
    }

    @Test
    void withoutAnyPlanOrLogTheReviewStillComesBackWithEmptyWeeksAndAClearSafetyStatus() {
        LifterReview review = people.as(lifter, () -> reviews.review(lifter.id(), null, 4));

        assertThat(review.lastWeek()).isEqualTo(LAST_COMPLETE);
        assertThat(review.report().weeks()).hasSize(4).allSatisfy(week -> {
            assertThat(week.plannedSessions()).isZero();
            assertThat(week.adherence()).isEmpty();
            assertThat(week.meanPainBefore()).isEmpty();
        });
        assertThat(review.report().adherence()).isEmpty();
        assertThat(review.report().safety().status()).isEqualTo(SafetyStatus.CLEAR);
        assertThat(review.note()).isEmpty();
    }

    @Test
    void pullingShortOfPressingInTwoWeeksOrMoreAsksToRebalance() {
        balancedWeek(LAST_COMPLETE.minusWeeks(3));
        pressOnly(LAST_COMPLETE.minusWeeks(1));
        pressOnly(LAST_COMPLETE);

        ReviewReport report = people.as(coach, () -> reviews.review(lifter.id(), LAST_COMPLETE, 4))
                .report();

        assertThat(report.recommends(RecommendationKind.REBALANCE)).isTrue();
        assertThat(report.recommends(RecommendationKind.PROGRESS_STRENGTHENING)).isFalse();
    }

    @Test
    void aReviewOfThreeOrSevenWeeksOrOfAWeekStillToComeIsRefusedWithAReason() {
        people.as(lifter, () -> {
            assertThatThrownBy(() -> reviews.review(lifter.id(), LAST_COMPLETE, 3))
                    .isInstanceOf(ReviewRejected.class)
                    .hasMessage("A review covers 4, 5 or 6 weeks.");
            assertThatThrownBy(() -> reviews.review(lifter.id(), LAST_COMPLETE, 7))
                    .isInstanceOf(ReviewRejected.class);
            assertThatThrownBy(() -> reviews.review(lifter.id(), LocalDate.now().plusWeeks(1), 4))
                    .isInstanceOf(ReviewRejected.class)
                    .hasMessageContaining("has not started yet");
        });
        LifterReview thisWeek = people.as(lifter, () -> reviews.review(lifter.id(), LocalDate.now(), 4));
        assertThat(thisWeek.lastWeek()).isEqualTo(LAST_COMPLETE.plusWeeks(1));
    }

    @Test
    void onlyTheLifterAndTheCurrentCoachSeeTheReview() {
        AccountSummary otherLifter = people.lifter("Other Lifter");
        AccountSummary otherCoach = people.coach("Other Coach");
        AccountSummary formerCoach = people.coach("Former Coach");
        people.coaches(formerCoach, lifter, true);
        people.coaches(otherCoach, otherLifter, false);
        Function<AccountSummary, Object> read = who -> people.as(who, () -> reviews.review(lifter.id(), null, 4));

        assertThat(read.apply(lifter)).isNotNull();
        assertThat(read.apply(coach)).isNotNull();
        for (AccountSummary stranger : List.of(otherLifter, otherCoach, formerCoach)) {
            assertThatThrownBy(() -> read.apply(stranger))
                    .as(stranger.displayName())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> reviews.review(lifter.id(), null, 4))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theCoachsNoteIsKeptPerEndWeekShownToTheLifterAndSignedByItsAuthor() {
        ReviewNote saved = people.as(
                coach,
                () -> reviews.saveNote(
                        lifter.id(), LAST_COMPLETE.plusDays(3), "Łukasz, great block.\n\nKeep the rows.", -1));

        assertThat(saved.version()).isNotEqualTo(ReviewNote.NEVER_SAVED);
        LifterReview seenByLifter = people.as(lifter, () -> reviews.review(lifter.id(), LAST_COMPLETE, 5));
        assertThat(seenByLifter.note()).map(ReviewNote::text).contains("Łukasz, great block.\n\nKeep the rows.");
        assertThat(seenByLifter.coachName()).contains("Cora Coach");
        LifterReview otherWeek = people.as(lifter, () -> reviews.review(lifter.id(), LAST_COMPLETE.minusWeeks(1), 5));
        assertThat(otherWeek.note()).isEmpty();
    }

    @Test
    void aStaleOrOverlongNoteIsRefusedAndTheStoredOneStaysABlankNoteRemovesIt() {
        ReviewNote first = people.as(coach, () -> reviews.saveNote(lifter.id(), LAST_COMPLETE, "First", -1));
        people.as(coach, () -> reviews.saveNote(lifter.id(), LAST_COMPLETE, "Second", first.version()));

        people.as(coach, () -> {
            assertThatThrownBy(() -> reviews.saveNote(lifter.id(), LAST_COMPLETE, "Third", first.version()))
                    .isInstanceOf(StaleEditException.class);
            String overlong = "x".repeat(ReviewNote.MAX_LENGTH + 1);
            assertThatThrownBy(() -> reviews.saveNote(lifter.id(), LAST_COMPLETE, overlong, first.version() + 1))
                    .isInstanceOf(ReviewRejected.class)
                    .hasMessageContaining("20,000");
        });
        ReviewNote stored = people.as(lifter, () -> reviews.review(lifter.id(), LAST_COMPLETE, 4))
                .note()
                .orElseThrow();
        assertThat(stored.text()).isEqualTo("Second");

        people.as(coach, () -> reviews.saveNote(lifter.id(), LAST_COMPLETE, "   ", stored.version()));
        assertThat(people.as(lifter, () -> reviews.review(lifter.id(), LAST_COMPLETE, 4))
                        .note())
                .isEmpty();
    }

    @Test
    void onlyTheCurrentCoachWritesTheNote() {
        AccountSummary formerCoach = people.coach("Former Coach");
        people.coaches(formerCoach, lifter, true);

        for (AccountSummary who : List.of(lifter, formerCoach)) {
            assertThatThrownBy(() -> people.as(who, () -> reviews.saveNote(lifter.id(), LAST_COMPLETE, "Hi", -1)))
                    .as(who.displayName())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(people.as(lifter, () -> reviews.review(lifter.id(), LAST_COMPLETE, 4))
                        .note())
                .isEmpty();
    }

    private void balancedWeek(LocalDate monday) {
        people.as(
                lifter,
                () -> plans.applyTemplate(
                        lifter.id(),
                        monday,
                        PlannedWeek.NOT_SAVED,
                        BuiltInTemplates.BALANCED_THREE_DAY,
                        ExistingSessions.KEEP));
    }

    private void pressOnly(LocalDate monday) {
        people.as(lifter, () -> {
            PlannedWeek week =
                    plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Bench");
            return plans.addExercise(
                    lifter.id(),
                    monday,
                    week.version(),
                    week.plan().sessions().findFirst().orElseThrow().id(),
                    BlockType.MAIN,
                    CatalogSlugs.BENCH_PRESS);
        });
    }
}
