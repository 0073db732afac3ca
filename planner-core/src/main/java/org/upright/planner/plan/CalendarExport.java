package org.upright.planner.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.upright.planner.balance.Block;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.DurationEstimate;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.Labels;

/**
 * A week plan as an iCalendar file (RFC 5545) that any calendar app imports: one event per
 * session, with the exercises and doses in the description and a reminder before it starts.
 * Pure apart from ical4j: no database, no Spring, no network; the clock only stamps the file.
 *
 * <p>Choices:
 *
 * <ul>
 *   <li><b>Times.</b> A day's first session starts at the given time of day in the lifter's time
 *       zone; the next sessions of that day follow back to back. Times are written in UTC (with a
 *       {@code Z}): every calendar shows them in its own zone, and the file needs no time-zone
 *       definitions (which ical4j would otherwise look up). A start that falls into a
 *       daylight-saving gap moves forward by the gap, as {@link ZonedDateTime} does.
 *   <li><b>Length.</b> The session's {@link DurationEstimate}, rounded up to whole minutes; a
 *       session with nothing in it yet still gets {@link #SHORTEST_EVENT} so that it shows.
 *   <li><b>Stable UIDs.</b> {@code <ISO week>-<session id>@upright}: exporting the same week again
 *       gives the same UIDs, so calendar apps update the events instead of adding copies. Session
 *       ids are the stored ids, unique across lifters.
 *   <li><b>Reminder.</b> One display alarm, {@link #DEFAULT_REMINDER} before the start unless
 *       another lead time is given.
 *   <li><b>Paused plan.</b> While a red flag is open (domain §5) every session is exported as
 *       cancelled ({@code STATUS:CANCELLED}), titled "Paused: …", with the reason first in its
 *       description and no reminder. Calendar apps strike such events through; because the UIDs
 *       are stable, importing this file over an earlier export cancels the events already there,
 *       and exporting again after the clearance brings them back.
 * </ul>
 */
public final class CalendarExport {

    public static final String MEDIA_TYPE = "text/calendar";
    public static final LocalTime DEFAULT_START = LocalTime.of(18, 0);
    public static final Duration DEFAULT_REMINDER = Duration.ofMinutes(30);
    public static final Duration SHORTEST_EVENT = Duration.ofMinutes(5);

    static final String PRODUCT_ID = "-//Upright//Training planner//EN";
    static final String UID_DOMAIN = "upright";
    static final int MAX_LINE_OCTETS = 75;

    private final Clock clock;
    private final Duration reminderBefore;

    /** Exports with the default reminder, {@link #DEFAULT_REMINDER} before each session. */
    public CalendarExport(Clock clock) {
        this(clock, DEFAULT_REMINDER);
    }

    /** @param reminderBefore how long before a session its reminder goes off; zero or more */
    public CalendarExport(Clock clock, Duration reminderBefore) {
        this.clock = Objects.requireNonNull(clock, "clock is required");
        if (reminderBefore == null || reminderBefore.isNegative()) {
            throw new IllegalArgumentException("the reminder lead time must be zero or more");
        }
        this.reminderBefore = reminderBefore;
    }

    /** The file name a download of {@code week} should get, e.g. {@code upright-2025-W15.ics}. */
    public static String fileName(WeekPlan week) {
        return "upright-" + isoWeek(week) + ".ics";
    }

    static final String PAUSED_NOTE = "Your plan is paused: a warning sign was reported. Please don't train until a"
            + " doctor or physical therapist has checked you and the clearance is recorded in Upright.";

    /** The week as iCalendar text (CRLF line ends, long lines folded, as RFC 5545 asks). */
    public String toIcs(WeekPlan week, String lifterName, ZoneId zone, LocalTime startOfDay) {
        return toIcs(week, lifterName, zone, startOfDay, PlanState.ACTIVE);
    }

    /** The week as iCalendar text; a paused plan's sessions come out cancelled and say why. */
    public String toIcs(WeekPlan week, String lifterName, ZoneId zone, LocalTime startOfDay, PlanState state) {
        Calendar calendar = calendar(week, lifterName, zone, startOfDay, state);
        StringWriter out = new StringWriter();
        try {
            // an empty week has no events, which strict validation refuses; it is still a fine file
            new CalendarOutputter(week.sessionCount() > 0).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the exported calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        return fold(out.toString());
    }

    /**
     * Folds every line longer than 75 octets (UTF-8) as RFC 5545 §3.1 asks: CRLF and one space,
     * never inside a character (a multi-byte letter or an emoji stays whole). ical4j folds after 75
     * <em>characters</em>, which in other scripts makes lines of 200 octets and can cut an emoji in
     * half, so its folds are undone first.
     */
    static String fold(String ics) {
        ics = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder folded = new StringBuilder(ics.length() + ics.length() / 50);
        for (String line : ics.split("\r\n", -1)) {
            if (!folded.isEmpty()) {
                folded.append("\r\n");
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    /** {@link #toIcs} of a planned week, in its state, as UTF-8 bytes, for a download. */
    public byte[] toIcsBytes(PlannedWeek week, String lifterName, ZoneId zone, LocalTime startOfDay) {
        return toIcs(week.plan(), lifterName, zone, startOfDay, week.state()).getBytes(StandardCharsets.UTF_8);
    }

    Calendar calendar(WeekPlan week, String lifterName, ZoneId zone, LocalTime startOfDay) {
        return calendar(week, lifterName, zone, startOfDay, PlanState.ACTIVE);
    }

    Calendar calendar(WeekPlan week, String lifterName, ZoneId zone, LocalTime startOfDay, PlanState state) {
        Objects.requireNonNull(week, "week is required");
        Objects.requireNonNull(state, "plan state is required");
        boolean paused = state == PlanState.PAUSED;
        Objects.requireNonNull(zone, "time zone is required");
        Objects.requireNonNull(startOfDay, "start time is required");
        String lifter = lifterName == null || lifterName.isBlank() ? "you" : lifterName.strip();
        Instant stamp = clock.instant();

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty(
                "X-WR-CALNAME",
                "Upright: training for " + lifter + ", " + isoWeek(week) + (paused ? " (plan paused)" : "")));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));

        for (PlanDay day : week.days()) {
            ZonedDateTime start = day.date().atTime(startOfDay).atZone(zone);
            for (Session session : day.sessions()) {
                Duration length = length(session);
                calendar.add(event(week, session, start.toInstant(), length, stamp, lifter, paused));
                start = start.plus(length);
            }
        }
        return calendar;
    }

    private VEvent event(
            WeekPlan week,
            Session session,
            Instant start,
            Duration length,
            Instant stamp,
            String lifter,
            boolean paused) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(week, session)));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(start));
        event.add(new net.fortuna.ical4j.model.property.Duration(length));
        event.add(new Summary(paused ? "Paused: " + session.title() : session.title()));
        String description = description(session, length, lifter);
        event.add(new Description(paused ? PAUSED_NOTE + "\n\n" + description : description));
        event.add(new Categories(kind(session.kind())));
        event.add(paused ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (paused) {
            return event;
        }

        VAlarm alarm = new VAlarm(reminderBefore.negated());
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(session.title()
                + (reminderBefore.isZero() ? " starts now." : " starts in " + minutes(reminderBefore) + ".")));
        event.add(alarm);
        return event;
    }

    /** {@code <ISO week>-<session id>@upright}, the same on every export of the week. */
    static String uid(WeekPlan week, Session session) {
        return isoWeek(week) + "-" + session.id() + "@" + UID_DOMAIN;
    }

    /** The estimate rounded up to whole minutes, at least {@link #SHORTEST_EVENT}. */
    static Duration length(Session session) {
        long seconds = DurationEstimate.seconds(session);
        Duration rounded = Duration.ofMinutes((seconds + 59) / 60);
        return rounded.compareTo(SHORTEST_EVENT) < 0 ? SHORTEST_EVENT : rounded;
    }

    static String description(Session session, Duration length, String lifter) {
        StringBuilder text = new StringBuilder();
        text.append(kind(session.kind()))
                .append(", about ")
                .append(minutes(length))
                .append('.');
        for (Block block : session.blocks()) {
            if (block.prescriptions().isEmpty()) {
                continue;
            }
            text.append("\n\n").append(blockName(block.type())).append(':');
            for (Prescription p : block.prescriptions()) {
                text.append("\n- ").append(line(p));
                if (!p.note().isEmpty()) {
                    text.append("\n  ").append(p.note());
                }
            }
        }
        text.append("\n\nPlanned in Upright for ")
                .append(lifter)
                .append(". This is general exercise guidance, not a diagnosis: stop if something hurts, and"
                        + " ask a doctor or physical therapist when unsure.");
        return text.toString();
    }

    /** "Bench press: 3 × 8–12, 60 kg, RPE 8". */
    static String line(Prescription p) {
        StringBuilder line = new StringBuilder(p.exercise().name())
                .append(": ")
                .append(p.dose().describe());
        p.load().ifPresent(kg -> line.append(", ").append(kilograms(kg)));
        p.effortTarget().ifPresent(effort -> line.append(", ").append(effort(effort)));
        return line.toString();
    }

    private static String kilograms(double kg) {
        String number = kg == Math.rint(kg)
                ? Long.toString((long) kg)
                : String.format(Locale.ROOT, "%.1f", kg).replaceAll("\\.?0+$", "");
        return number + " kg";
    }

    private static String effort(EffortTarget effort) {
        return switch (effort) {
            case EffortTarget.Rpe rpe ->
                "RPE " + (rpe.value() == Math.rint(rpe.value()) ? Integer.toString((int) rpe.value()) : rpe.value());
            case EffortTarget.RepsInReserve rir -> rir.reps() + (rir.reps() == 1 ? " rep" : " reps") + " in reserve";
        };
    }

    // One source per label (domain bundle); the calendar is written in English until it knows its reader.
    private static String blockName(BlockType type) {
        return Labels.render(type, Locale.ENGLISH);
    }

    static String kind(SessionKind kind) {
        return Labels.render(kind, Locale.ENGLISH);
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private static String isoWeek(WeekPlan week) {
        int number = week.weekStart().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int year = week.weekStart().get(IsoFields.WEEK_BASED_YEAR);
        return String.format(Locale.ROOT, "%d-W%02d", year, number);
    }
}
