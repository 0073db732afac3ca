package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.upright.planner.balance.Block;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.DurationEstimate;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.exercise.BuiltInCatalog;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Exercise;

class CalendarExportTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate MONDAY = LocalDate.of(2025, 4, 7); // ISO week 15 of 2025, summer time in Berlin
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-01T08:00:00Z"), ZoneOffset.UTC);

    final CalendarExport export = new CalendarExport(CLOCK);

    static Exercise exercise(String slug) {
        return BuiltInCatalog.instance().require(slug);
    }

    static Session upperBody() {
        return Session.of(
                "s-101",
                SessionKind.STRENGTH,
                "Upper body",
                Block.of(
                        BlockType.WARM_UP,
                        Prescription.of("p1", exercise(CatalogSlugs.THORACIC_ROTATION), Dose.repsPerSide(1, 10, 10))),
                Block.of(
                        BlockType.MAIN,
                        Prescription.of("p2", exercise(CatalogSlugs.BENCH_PRESS), Dose.reps(3, 8, 12))
                                .withLoadKg(62.5)
                                .withEffort(EffortTarget.rpe(8)),
                        Prescription.of("p3", exercise(CatalogSlugs.DUMBBELL_ROW), Dose.repsPerSide(3, 10, 10))
                                .withEffort(EffortTarget.repsInReserve(2))
                                .withNote("Pause at the top")));
    }

    static Session routine() {
        return Session.of(
                "s-102",
                SessionKind.BACK_CARE_ROUTINE,
                "Evening routine",
                Block.of(
                        BlockType.MAIN,
                        Prescription.of("p4", exercise(CatalogSlugs.DOORWAY_PEC_STRETCH), Dose.hold(2, 20, 30, true)),
                        Prescription.of("p5", exercise(CatalogSlugs.DIAPHRAGMATIC_BREATHING), Dose.minutes(5, 5))));
    }

    static Session walk() {
        return Session.of(
                "s-103",
                SessionKind.CONDITIONING,
                "Walk",
                Block.of(
                        BlockType.MAIN,
                        Prescription.of("p6", exercise(CatalogSlugs.WALKING_BREAK), Dose.minutes(20, 30))));
    }

    /** Upper body at 18:00 and the routine at 19:00 on Monday, the walk at 07:30 on Wednesday. */
    static WeekPlan week() {
        return WeekPlan.of(
                MONDAY,
                PlanDay.of(
                        MONDAY, upperBody().at(LocalTime.of(18, 0)), routine().at(LocalTime.of(19, 0))),
                PlanDay.of(MONDAY.plusDays(2), walk().at(LocalTime.of(7, 30))));
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static String value(PropertyContainer component, String property) {
        return component.getProperty(property).map(Property::getValue).orElseThrow();
    }

    static Instant start(VEvent event) {
        return Instant.from(event.getStartDate().orElseThrow().getDate());
    }

    static Duration duration(VEvent event) {
        return Duration.from(event.getProperty(Property.DURATION)
                .map(p -> ((net.fortuna.ical4j.model.property.Duration) p).getDuration())
                .orElseThrow());
    }

    @Test
    void aPausedPlanExportsItsSessionsCancelledMarkedPausedAndWithoutReminders() throws Exception {
        Calendar calendar = parse(export.toIcs(week(), "Alex", BERLIN, PlanState.PAUSED, Locale.ENGLISH));
        calendar.validate();
        List<VEvent> events = events(calendar);

        assertThat(value(calendar, "X-WR-CALNAME")).contains("paused");
        assertThat(events).hasSize(3).allSatisfy(event -> {
            assertThat(value(event, Property.STATUS))
                    .as("calendar apps strike through a cancelled event; re-exporting after clearance restores it")
                    .isEqualTo("CANCELLED");
            assertThat(value(event, Property.SUMMARY)).startsWith("Paused: ");
            assertThat(value(event, Property.DESCRIPTION))
                    .startsWith("Your plan is paused")
                    .contains("warning sign")
                    .contains("not a diagnosis");
            assertThat(event.getAlarms())
                    .as("no reminder to train while paused")
                    .isEmpty();
        });
    }

    @Test
    void anActivePlanExportsConfirmedEventsWithReminders() throws Exception {
        List<VEvent> events = events(parse(export.toIcs(week(), "Alex", BERLIN, PlanState.ACTIVE, Locale.ENGLISH)));

        assertThat(events).allSatisfy(event -> {
            assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
            assertThat(value(event, Property.SUMMARY)).doesNotContain("Paused");
            assertThat(event.getAlarms()).hasSize(1);
        });
    }

    @Test
    void oneEventPerSessionAtItsTimeOfDayInTheLiftersZone() throws Exception {
        Calendar calendar = parse(export.toIcs(week(), "Alex", BERLIN));
        calendar.validate();

        List<VEvent> events = events(calendar);
        assertThat(events)
                .extracting(e -> value(e, Property.SUMMARY))
                .containsExactly("Upper body", "Evening routine", "Walk");

        Duration upper = Duration.ofMinutes((DurationEstimate.seconds(upperBody()) + 59) / 60);
        assertThat(duration(events.get(0))).isEqualTo(upper);
        assertThat(start(events.get(0))).isEqualTo(Instant.parse("2025-04-07T16:00:00Z")); // 18:00 summer time
        assertThat(start(events.get(1))).isEqualTo(Instant.parse("2025-04-07T17:00:00Z"));
        assertThat(duration(events.get(1)))
                .isEqualTo(Duration.ofMinutes(8)); // 2 × 30 s × 2 sides + 15 s + 5 min, rounded up
        assertThat(start(events.get(2))).isEqualTo(Instant.parse("2025-04-09T05:30:00Z"));
        assertThat(duration(events.get(2))).isEqualTo(Duration.ofMinutes(30));
        assertThat(value(events.get(2), Property.CATEGORIES)).isEqualTo("Conditioning");
        assertThat(value(calendar, Property.PRODID)).isEqualTo(CalendarExport.PRODUCT_ID);
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Upright: training for Alex, 2025-W15");
    }

    @Test
    void everyEventHasADisplayReminderBeforeItStarts() throws Exception {
        List<VEvent> events = events(parse(export.toIcs(week(), "Alex", BERLIN)));

        for (VEvent event : events) {
            List<VAlarm> alarms = event.getAlarms();
            assertThat(alarms).hasSize(1);
            assertThat(value(alarms.getFirst(), Property.ACTION)).isEqualTo("DISPLAY");
            assertThat(value(alarms.getFirst(), Property.TRIGGER)).isEqualTo("-PT30M");
            assertThat(value(alarms.getFirst(), Property.DESCRIPTION))
                    .isEqualTo(value(event, Property.SUMMARY) + " starts in 30 minutes.");
        }

        VEvent early = events(parse(new CalendarExport(CLOCK, Duration.ofHours(1)).toIcs(week(), "Alex", BERLIN)))
                .getFirst();
        assertThat(value(early.getAlarms().getFirst(), Property.TRIGGER)).isEqualTo("-PT1H");
        assertThatThrownBy(() -> new CalendarExport(CLOCK, Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uidsAreTheSameOnEveryExportAndDifferBySessionAndWeek() throws Exception {
        String first = export.toIcs(week(), "Alex", BERLIN);
        String later = new CalendarExport(Clock.offset(CLOCK, Duration.ofDays(3)))
                .toIcs(week(), "Alex B.", ZoneId.of("America/New_York"));

        List<String> uids =
                events(parse(first)).stream().map(e -> value(e, Property.UID)).toList();
        assertThat(uids).containsExactly("2025-W15-s-101@upright", "2025-W15-s-102@upright", "2025-W15-s-103@upright");
        assertThat(events(parse(later))).extracting(e -> value(e, Property.UID)).isEqualTo(uids);
        assertThat(value(events(parse(later)).getFirst(), Property.DTSTAMP))
                .isNotEqualTo(value(events(parse(first)).getFirst(), Property.DTSTAMP));

        LocalDate nextMonday = MONDAY.plusWeeks(1);
        WeekPlan nextWeek = WeekPlan.of(nextMonday, PlanDay.of(nextMonday, walk()));
        assertThat(value(events(parse(export.toIcs(nextWeek, "Alex", BERLIN))).getFirst(), Property.UID))
                .isEqualTo("2025-W16-s-103@upright");
    }

    @Test
    void theDescriptionListsTheExercisesWithTheirDosesByBlock() throws Exception {
        VEvent upper = events(parse(export.toIcs(week(), "Alex", BERLIN))).getFirst();

        assertThat(value(upper, Property.DESCRIPTION))
                .startsWith("Strength, about 12 minutes.\n\n")
                .contains("""
                        Warm-up:
                        - Thoracic rotation: 1 × 10 per side

                        Main:
                        - Bench press: 3 × 8–12, 62.5 kg, RPE 8
                        - One-arm dumbbell row: 3 × 10 per side, 2 reps in reserve
                          Pause at the top""")
                .endsWith("not a diagnosis: stop if something hurts, and ask a doctor or physical therapist when"
                        + " unsure.")
                .contains("Planned in Upright for Alex.");
    }

    @Test
    void commasSemicolonsBackslashesAndUnicodeSurviveTheRoundTrip() throws Exception {
        String title = "Push, pull; repeat \\ Übung 💪 — 背中";
        Session tricky = Session.of(
                "s-200",
                SessionKind.MOBILITY,
                title,
                Block.of(
                        BlockType.MAIN,
                        Prescription.of("p7", exercise(CatalogSlugs.CAT_COW), Dose.rounds(1, 8, 12))
                                .withNote("Slow; no rush, really — ça va? " + "long note ".repeat(20)
                                        + "背中💪".repeat(30))));
        WeekPlan week = WeekPlan.of(MONDAY, PlanDay.of(MONDAY.plusDays(4), tricky.at(LocalTime.of(6, 30))));

        byte[] bytes = export.toIcs(week, "Zoë Ørsted, Jr.", BERLIN).getBytes(StandardCharsets.UTF_8);
        String ics = new String(bytes, StandardCharsets.UTF_8);
        VEvent event = events(parse(ics)).getFirst();

        assertThat(ics).contains("SUMMARY:Push\\, pull\\; repeat \\\\ Übung");
        assertThat(ics.split("\r\n")).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
        assertThat(ics).doesNotContain("\uFFFD");
        assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
        assertThat(value(event, Property.DESCRIPTION))
                .contains("- Cat-cow: 8–12 rounds\n  Slow; no rush, really — ça va? long note")
                .contains("背中💪".repeat(30))
                .contains("Planned in Upright for Zoë Ørsted, Jr.");
        assertThat(value(event.getAlarms().getFirst(), Property.DESCRIPTION))
                .isEqualTo(title + " starts in 30 minutes.");
        assertThat(start(event)).isEqualTo(Instant.parse("2025-04-11T04:30:00Z"));
    }

    @Test
    void foldingKeepsLinesWithin75OctetsAndNeverSplitsACharacter() {
        String line = "DESCRIPTION:" + "a💪é背".repeat(40);

        String folded = CalendarExport.fold(line + "\r\nEND:VEVENT");

        assertThat(folded.split("\r\n")).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\nEND:VEVENT");
        assertThat(folded).doesNotContain("\uFFFD").endsWith("\r\nEND:VEVENT");
    }

    @Test
    void localTimesFollowTheZonesDaylightSavingRules() throws Exception {
        LocalDate monday = LocalDate.of(2025, 3, 24); // Berlin moves to summer time on Sunday 30 March
        WeekPlan week = WeekPlan.of(
                monday,
                PlanDay.of(monday, walk().at(LocalTime.of(18, 0))),
                PlanDay.of(monday.plusDays(6), routine().at(LocalTime.of(18, 0))));

        List<VEvent> events = events(parse(export.toIcs(week, "Alex", BERLIN)));

        assertThat(start(events.get(0))).isEqualTo(Instant.parse("2025-03-24T17:00:00Z"));
        assertThat(start(events.get(1))).isEqualTo(Instant.parse("2025-03-30T16:00:00Z"));
    }

    @Test
    void anEmptySessionStillShowsAndAnEmptyWeekIsAnEmptyCalendar() throws Exception {
        Session empty = Session.of("s-300", SessionKind.RECOVERY, "Rest and walk as you like")
                .at(LocalTime.of(9, 0));
        WeekPlan week = WeekPlan.of(MONDAY, PlanDay.of(MONDAY, empty, walk().at(LocalTime.of(9, 5))));

        List<VEvent> events = events(parse(export.toIcs(week, "Alex", BERLIN)));

        assertThat(duration(events.get(0))).isEqualTo(CalendarExport.SHORTEST_EVENT);
        assertThat(start(events.get(1))).isEqualTo(Instant.parse("2025-04-07T07:05:00Z"));
        assertThat(events(parse(export.toIcs(WeekPlan.empty(MONDAY), null, BERLIN))))
                .isEmpty();
        assertThat(CalendarExport.fileName(week)).isEqualTo("upright-2025-W15.ics");
    }

    @Test
    void twoLiftersFourteenHoursApartGetTheirSessionAtTheirOwnSixThirty() throws Exception {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        WeekPlan week = WeekPlan.of(monday, PlanDay.of(monday, walk().at(LocalTime.of(6, 30))));

        String kiritimati = export.toIcs(week, "Kiri", ZoneId.of("Pacific/Kiritimati"));
        String pagoPago = export.toIcs(week, "Pago", ZoneId.of("Pacific/Pago_Pago"));

        // a real parser reads each file back: the same wall-clock time, 25 hours apart
        Calendar early = parse(kiritimati);
        early.validate();
        VEvent earlyWalk = events(early).getFirst();
        assertThat(start(earlyWalk)).isEqualTo(Instant.parse("2026-12-06T16:30:00Z"));
        assertThat(start(events(parse(pagoPago)).getFirst())).isEqualTo(Instant.parse("2026-12-07T17:30:00Z"));
        assertThat(earlyWalk
                        .getStartDate()
                        .orElseThrow()
                        .getParameter(Parameter.TZID)
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Pacific/Kiritimati");
        List<VTimeZone> zones = early.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(value(zones.getFirst(), Property.TZID)).isEqualTo("Pacific/Kiritimati");
        assertThat(kiritimati).contains("DTSTART;TZID=Pacific/Kiritimati:20261207T063000");
    }

    @Test
    void aSessionWithoutATimeIsAnAllDayEventWithoutAReminder() throws Exception {
        WeekPlan week = WeekPlan.of(MONDAY, PlanDay.of(MONDAY.plusDays(1), walk()));

        String ics = export.toIcs(week, "Alex", BERLIN);
        Calendar calendar = parse(ics);
        calendar.validate();
        VEvent walk = events(calendar).getFirst();

        assertThat(ics).contains("DTSTART;VALUE=DATE:20250408").doesNotContain("BEGIN:VTIMEZONE");
        assertThat(walk.getStartDate().orElseThrow().getDate()).isEqualTo(MONDAY.plusDays(1));
        assertThat(walk.getAlarms()).as("no invented hour to remind at").isEmpty();
        assertThat(value(walk, Property.TRANSP)).isEqualTo("TRANSPARENT");
        assertThat(value(walk, Property.DESCRIPTION)).startsWith("No time set: this session is for any time that day.");
    }

    @Test
    void theFileIsWrittenInTheReadersLanguage() throws Exception {
        Calendar calendar = parse(export.toIcs(week(), "Alex", BERLIN, PlanState.ACTIVE, Locale.GERMAN));
        VEvent upper = events(calendar).getFirst();

        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Upright: Training für Alex, 2025-W15");
        assertThat(value(upper, Property.DESCRIPTION))
                .startsWith("Kraft, etwa 12 Minuten.")
                .contains("Hauptteil:")
                .contains("62,5 kg")
                .contains("2 Wiederholungen in Reserve")
                .contains("keine Diagnose");
        assertThat(value(upper, Property.CATEGORIES)).isEqualTo("Kraft");
        assertThat(value(upper.getAlarms().getFirst(), Property.DESCRIPTION))
                .isEqualTo("Upper body beginnt in 30 Minuten.");
    }
}
