package org.upright.planner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewSheetTest {

    @Nested
    class Period {

        @ParameterizedTest
        @ValueSource(ints = {4, 5, 6})
        void covers_four_to_six_weeks(int weeks) {
            ReviewPeriod period = ReviewPeriod.endingWith(IsoWeek.parse("2026-W19"), weeks);
            assertThat(period.weekCount()).isEqualTo(weeks);
            assertThat(period.weeks()).hasSize(weeks).last().isEqualTo(IsoWeek.parse("2026-W19"));
            assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 5, 10));
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 3, 7, 12})
        void refuses_other_lengths_naming_the_field(int weeks) {
            assertThatThrownBy(() -> ReviewPeriod.endingWith(IsoWeek.parse("2026-W19"), weeks))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("period must cover 4 to 6 weeks")
                    .hasMessageContaining(weeks + " weeks");
        }

        @Test
        void refuses_a_last_week_before_the_first() {
            assertThatThrownBy(() -> new ReviewPeriod(IsoWeek.parse("2026-W19"), IsoWeek.parse("2026-W14")))
                    .hasMessageContaining("period must cover");
        }

        @Test
        void runs_across_the_new_year() {
            ReviewPeriod period = ReviewPeriod.endingWith(IsoWeek.parse("2027-W02"), 5);
            assertThat(period.weeks())
                    .extracting(IsoWeek::toString)
                    .containsExactly("2026-W51", "2026-W52", "2026-W53", "2027-W01", "2027-W02");
            assertThat(period.firstDay()).isEqualTo(LocalDate.of(2026, 12, 14));
        }
    }

    @Nested
    class Weeks {

        @Test
        void iso_week_reads_and_writes_its_text_form() {
            IsoWeek week = IsoWeek.parse("2026-W01");
            assertThat(week.monday()).isEqualTo(LocalDate.of(2025, 12, 29));
            assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 1, 4));
            assertThat(week).hasToString("2026-W01");
            assertThat(week.shortLabel()).isEqualTo("W01");
            assertThat(IsoWeek.of(LocalDate.of(2025, 12, 31))).isEqualTo(week);
        }

        @Test
        void iso_week_refuses_a_53rd_week_in_a_52_week_year_and_bad_text() {
            assertThat(IsoWeek.parse("2026-W53").plusWeeks(1)).isEqualTo(IsoWeek.parse("2027-W01"));
            assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).hasMessageContaining("week of 2025");
            assertThatThrownBy(() -> IsoWeek.parse("2026-14")).hasMessageContaining("2026-W14");
        }

        @Test
        void a_row_names_the_field_and_the_week_when_a_value_is_out_of_range() {
            IsoWeek week = IsoWeek.parse("2026-W15");
            assertThatThrownBy(() -> WeekRow.builder(week).pain(11.0, 2.0).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("painBefore in week 2026-W15 must be between 0 and 10 (was 11.0)");
            assertThatThrownBy(() -> WeekRow.builder(week).adherencePercent(101).build())
                    .hasMessageContaining("adherencePercent in week 2026-W15");
            assertThatThrownBy(() -> WeekRow.builder(week).routineDays(8).build())
                    .hasMessageContaining("routineDays in week 2026-W15");
            assertThatThrownBy(() -> WeekRow.builder(week).balanceScore(-1).build())
                    .hasMessageContaining("balanceScore in week 2026-W15");
            assertThatThrownBy(() -> WeekRow.builder(week).sets(Double.NaN, 3).build())
                    .hasMessageContaining("pushSets in week 2026-W15");
            assertThatThrownBy(() -> WeekRow.builder(week).ratioTarget(0).build())
                    .hasMessageContaining("ratioTarget in week 2026-W15");
            assertThatThrownBy(() -> WeekRow.builder(week).mobility(2, null).build())
                    .hasMessageContaining("mobilityBand in week 2026-W15 is required");
        }

        @Test
        void a_ratio_without_push_sets_is_refused() {
            assertThatThrownBy(() -> WeekRow.builder(IsoWeek.parse("2026-W15"))
                            .sets(0, 6)
                            .pullPerPush(1.5)
                            .build())
                    .hasMessageContaining("must be empty when there are no push sets");
        }

        @Test
        void builder_works_out_adherence_and_r() {
            WeekRow row = WeekRow.builder(IsoWeek.parse("2026-W15"))
                    .sessions(4, 3)
                    .sets(10, 14)
                    .ratioTarget(1.5)
                    .build();
            assertThat(row.adherencePercent()).isEqualTo(75);
            assertThat(row.pullPerPush()).isEqualTo(1.4);
            assertThat(row.pullSetsNeeded()).isEqualTo(15.0);
            assertThat(row.belowRatioTarget()).isTrue();
            assertThat(WeekRow.builder(IsoWeek.parse("2026-W15"))
                            .sessions(3, 5)
                            .build()
                            .adherencePercent())
                    .as("extra sessions count as 100 %, not more")
                    .isEqualTo(100);
            assertThat(WeekRow.builder(IsoWeek.parse("2026-W15"))
                            .sets(0, 4)
                            .build()
                            .pullPerPush())
                    .isNull();
        }

        @Test
        void a_week_without_any_logs_is_nothing_logged_not_zero() {
            WeekRow empty = WeekRow.builder(IsoWeek.parse("2026-W15"))
                    .sessions(3, 0)
                    .adherencePercent(null)
                    .build();
            assertThat(empty.nothingLogged()).isTrue();
            assertThat(empty.hasCheckIns()).isFalse();
            WeekRow habitsOnly =
                    WeekRow.builder(IsoWeek.parse("2026-W15")).habitTicks(3).build();
            assertThat(habitsOnly.nothingLogged()).isFalse();
        }

        @Test
        void mobility_band_prints_as_a_range_and_refuses_max_below_min() {
            assertThat(MobilityBand.DEFAULT).hasToString("2–3");
            assertThat(new MobilityBand(3, 3)).hasToString("3");
            assertThat(MobilityBand.DEFAULT.onTarget(2)).isTrue();
            assertThat(MobilityBand.DEFAULT.onTarget(4))
                    .as("the band is a minimum: more is on target")
                    .isTrue();
            assertThat(MobilityBand.DEFAULT.onTarget(1)).isFalse();
            assertThatThrownBy(() -> new MobilityBand(3, 2)).hasMessageContaining("mobilityBand.max");
        }
    }

    @Nested
    class Sheet {

        @Test
        void needs_one_row_per_week_of_the_period() {
            ReviewSheet.Builder builder = SampleReviews.sixWeeks();
            List<WeekRow> five = new ArrayList<>(builder.build().weeks().subList(0, 5));
            assertThatThrownBy(() -> builder.weeks(five).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("weeks must have one row per week of the period: 6 rows")
                    .hasMessageContaining("(was 5)");
        }

        @Test
        void needs_the_rows_in_week_order() {
            List<WeekRow> weeks =
                    new ArrayList<>(SampleReviews.sixWeeks().build().weeks());
            WeekRow third = weeks.get(2);
            weeks.set(2, weeks.get(3));
            weeks.set(3, third);
            assertThatThrownBy(() -> SampleReviews.sixWeeks().weeks(weeks).build())
                    .hasMessage("weeks[2].week must be 2026-W16 (was 2026-W17)");
        }

        @Test
        void names_missing_or_blank_texts() {
            assertThatThrownBy(() -> SampleReviews.sixWeeks().lifterName("  ").build())
                    .hasMessage("lifterName must not be blank");
            assertThatThrownBy(() -> SampleReviews.sixWeeks().disclaimer(null).build())
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("disclaimer is required");
            assertThatThrownBy(() -> SampleReviews.sixWeeks().generatedOn(null).build())
                    .hasMessage("generatedOn is required");
            assertThatThrownBy(() -> SampleReviews.sixWeeks().finding(Severity.INFO, " "))
                    .hasMessage("finding.message must not be blank");
            assertThatThrownBy(() -> new Recommendation("Rest", ""))
                    .hasMessage("recommendation.text must not be blank");
        }

        @Test
        void refuses_texts_longer_than_a_review_can_hold() {
            String tooLong = "x".repeat(ReviewSheet.MAX_NOTE_LENGTH + 1);
            assertThatThrownBy(() -> SampleReviews.sixWeeks().coachNote(tooLong).build())
                    .hasMessage("coachNote must be at most 20000 characters (was 20001)");
            assertThatThrownBy(() ->
                            SampleReviews.sixWeeks().disclaimer("y".repeat(601)).build())
                    .hasMessageContaining("disclaimer must be at most 600 characters");
        }

        @Test
        void blank_optional_texts_mean_none_and_texts_are_trimmed() {
            ReviewSheet sheet = SampleReviews.sixWeeks()
                    .lifterName("  Zoë  ")
                    .coachName(" ")
                    .coachNote("\n\n")
                    .build();
            assertThat(sheet.lifterName()).isEqualTo("Zoë");
            assertThat(sheet.coachName()).isNull();
            assertThat(sheet.coach()).isEmpty();
            assertThat(sheet.note()).isEmpty();
        }

        @Test
        void lists_are_copied_and_cannot_be_changed_afterwards() {
            ReviewSheet sheet = SampleReviews.sixWeeks().build();
            assertThatThrownBy(() -> sheet.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> sheet.weeks().add(sheet.weeks().getFirst()))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void refuses_null_entries_naming_their_position() {
            ReviewSheet ok = SampleReviews.sixWeeks().build();
            assertThatThrownBy(() -> new ReviewSheet(
                            ok.lifterName(),
                            null,
                            ok.period(),
                            ok.paperSize(),
                            ok.weeks(),
                            Arrays.asList(ok.findings().getFirst(), null),
                            ok.safety(),
                            null,
                            null,
                            ok.disclaimer(),
                            ok.generatedOn(),
                            Locale.ENGLISH))
                    .hasMessage("findings[1] is required");
        }

        @Test
        void a_warning_safety_status_must_say_why() {
            assertThatThrownBy(() -> new SafetyStatus(SafetyLevel.STOP, List.of()))
                    .hasMessage("safety.lines must say why when the level is STOP");
            assertThat(SafetyStatus.clear().redFlag()).isFalse();
            assertThat(new SafetyStatus(SafetyLevel.STOP, List.of("Fever.")).redFlag())
                    .isTrue();
        }
    }

    @Nested
    class Paper {

        @ParameterizedTest
        @ValueSource(strings = {"en-US", "en-CA", "fr-CA", "es-MX", "en-PH", "es-CL", "es-CO"})
        void letter_where_letter_is_the_norm(String tag) {
            assertThat(PaperSize.defaultFor(Locale.forLanguageTag(tag))).isEqualTo(PaperSize.LETTER);
        }

        @ParameterizedTest
        @ValueSource(strings = {"en-GB", "de-DE", "fr-FR", "pl-PL", "el-GR", "ru-RU", "ja-JP", "en-AU", "en", ""})
        void a4_everywhere_else(String tag) {
            assertThat(PaperSize.defaultFor(Locale.forLanguageTag(tag))).isEqualTo(PaperSize.A4);
        }

        @Test
        void a4_without_a_locale() {
            assertThat(PaperSize.defaultFor(null)).isEqualTo(PaperSize.A4);
        }
    }

    @Nested
    class Figures {

        @Test
        void key_figures_add_up_sessions_and_take_first_and_last_weeks_with_data() {
            KeyFigures figures = SampleReviews.sixWeeks().build().keyFigures();
            assertThat(figures.plannedSessions()).isEqualTo(24);
            assertThat(figures.completedSessions()).isEqualTo(20);
            assertThat(figures.adherencePercent()).isEqualTo(83);
            assertThat(figures.pullPerPush().first()).isEqualTo(0.75);
            assertThat(figures.pullPerPush().last()).isCloseTo(1.556, org.assertj.core.data.Offset.offset(0.001));
            assertThat(figures.ratioTarget()).isEqualTo(1.5);
            assertThat(figures.mobilityPerWeek()).isCloseTo(2.33, org.assertj.core.data.Offset.offset(0.01));
            assertThat(figures.weeksMobilityOnTarget())
                    .as("a week above the 2–3 band is on target too")
                    .isEqualTo(5);
            assertThat(figures.painBefore().change()).isEqualTo(-2.5);
            assertThat(figures.balanceScore().first()).isEqualTo(58);
            assertThat(figures.balanceScore().last()).isEqualTo(81);
            assertThat(figures.openFindingsLastWeek()).isEqualTo(1);
            assertThat(figures.weekCount()).isEqualTo(6);
            assertThat(figures.weeksLogged()).isEqualTo(6);
        }

        @Test
        void weeks_without_data_are_skipped_not_counted_as_zero() {
            KeyFigures figures = SampleReviews.singleWeekWithData().build().keyFigures();
            assertThat(figures.adherencePercent()).isEqualTo(67);
            assertThat(figures.plannedSessions()).isEqualTo(3);
            assertThat(figures.painBefore().weeksWithData()).isEqualTo(1);
            assertThat(figures.painBefore().hasChange()).isFalse();
            assertThat(figures.painBefore().last()).isEqualTo(6.0);
            assertThat(figures.weeksLogged()).isEqualTo(1);
            assertThat(figures.mobilityPerWeek())
                    .as("mean over the logged week only")
                    .isEqualTo(2.0);
            assertThat(figures.weeksMobilityOnTarget()).isEqualTo(1);
        }

        @Test
        void nothing_logged_gives_no_adherence_and_no_pain() {
            KeyFigures figures = SampleReviews.noLogs().build().keyFigures();
            assertThat(figures.adherencePercent()).isNull();
            assertThat(figures.anyCheckIns()).isFalse();
            assertThat(figures.painBefore().hasData()).isFalse();
            assertThat(figures.mobilityPerWeek()).isNull();
            assertThat(figures.weeksLogged()).isZero();
        }
    }
}
