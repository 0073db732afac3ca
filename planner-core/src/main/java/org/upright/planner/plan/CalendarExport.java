package org.upright.planner.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
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
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
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
import org.upright.planner.common.Quantities;
import org.upright.planner.common.Texts;

/**
 * A week plan as an iCalendar file (RFC 5545) that any calendar app imports: one event per
 * session, with the exercises and doses in the description. Pure apart from ical4j: no database,
 * no Spring, no network; the clock only stamps the file. The words come from the {@code calendar}
 * bundle and the domain's labels, in the reader's language.
 *
 * <p>Choices (docs/adr/0021):
 *
 * <ul>
 *   <li><b>Times.</b> A session with a time of day starts then, in the lifter's own time zone,
 *       written as {@code DTSTART;TZID=<zone>} with the zone's {@code VTIMEZONE} from ical4j's
 *       registry in the file: a calendar app anywhere shows it at the right instant, and it moves
 *       with the lifter's daylight-saving changes. A local time that falls into a daylight-saving
 *       gap is read as {@link ZonedDateTime} reads it (moved forward by the gap).
 *   <li><b>No time, all day.</b> A session without a time is an all-day event on its date
 *       ({@code DTSTART;VALUE=DATE}, shown as free time), without a reminder: inventing an hour
 *       would put it at a time nobody chose.
 *   <li><b>Length.</b> A timed session lasts its {@link DurationEstimate}, rounded up to whole
 *       minutes, at least {@link #SHORTEST_EVENT}; an all-day one lasts the day.
 *   <li><b>Stable UIDs.</b> {@code <ISO week>-<session id>@upright}: exporting the same week again
 *       gives the same UIDs, so calendar apps update the events instead of adding copies.
 *   <li><b>Reminder.</b> One display alarm on a timed session, {@link #DEFAULT_REMINDER} before
 *       it starts unless another lead time is given.
 *   <li><b>Paused plan.</b> While a red flag is open (domain §5) every session is exported as
 *       cancelled ({@code STATUS:CANCELLED}), titled "Paused: …", with the reason first in its
 *       description and no reminder; exporting again after the clearance brings them back.
 * </ul>
 */
public final class CalendarExport {

    public static final String MEDIA_TYPE = "text/calendar";
    public static final Duration DEFAULT_REMINDER = Duration.ofMinutes(30);
    public static final Duration SHORTEST_EVENT = Duration.ofMinutes(5);

    static final String PRODUCT_ID = "-//Upright//Training planner//EN";
    static final String UID_DOMAIN = "upright";
    static final int MAX_LINE_OCTETS = 75;

    /** ical4j's bundled zone definitions; built once, read-only afterwards. */
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Clock clock;
    private final Duration reminderBefore;

    /** Exports with the default reminder, {@link #DEFAULT_REMINDER} before each timed session. */
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

    /** The week as iCalendar text in English (CRLF line ends, long lines folded, as RFC 5545 asks). */
    public String toIcs(WeekPlan week, String lifterName, ZoneId zone) {
        return toIcs(week, lifterName, zone, PlanState.ACTIVE, Locale.ENGLISH);
    }

    /**
     * The week as iCalendar text; a paused plan's sessions come out cancelled and say why.
     *
     * @param zone the lifter's time zone: sessions' times of day are the lifter's
     * @param locale the reader's language
     */
    public String toIcs(WeekPlan week, String lifterName, ZoneId zone, PlanState state, Locale locale) {
        Calendar calendar = calendar(week, lifterName, zone, state, locale);
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
    public byte[] toIcsBytes(PlannedWeek week, String lifterName, ZoneId zone, Locale locale) {
        return toIcs(week.plan(), lifterName, zone, week.state(), locale).getBytes(StandardCharsets.UTF_8);
    }

    Calendar calendar(WeekPlan week, String lifterName, ZoneId zone) {
        return calendar(week, lifterName, zone, PlanState.ACTIVE, Locale.ENGLISH);
    }

    Calendar calendar(WeekPlan week, String lifterName, ZoneId zone, PlanState state, Locale locale) {
        Objects.requireNonNull(week, "week is required");
        Objects.requireNonNull(state, "plan state is required");
        Objects.requireNonNull(zone, "time zone is required");
        Locale reader = Texts.supported(locale == null ? Locale.ENGLISH : locale);
        boolean paused = state == PlanState.PAUSED;
        String lifter = lifterName == null || lifterName.isBlank()
                ? Texts.render(reader, "calendar.someone")
                : lifterName.strip();
        Instant stamp = clock.instant();

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty(
                "X-WR-CALNAME",
                Texts.render(reader, paused ? "calendar.name.paused" : "calendar.name", lifter, isoWeek(week))));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        if (week.sessions().anyMatch(s -> s.time() != null)) {
            calendar.add(timeZone(zone).getVTimeZone());
        }

        Words words = new Words(reader, lifter, paused);
        for (PlanDay day : week.days()) {
            for (Session session : day.sessions()) {
                VEvent event = session.time() == null
                        ? allDay(week, day, session, stamp, words)
                        : timed(week, session, day.date().atTime(session.time()).atZone(zone), stamp, words);
                calendar.add(event);
            }
        }
        return calendar;
    }

    /** ical4j's definition of the zone (its VTIMEZONE); the JDK's rules for ids it lacks. */
    private static TimeZone timeZone(ZoneId zone) {
        TimeZone known = ZONES.getTimeZone(zone.getId());
        if (known == null) {
            throw new IllegalArgumentException("no VTIMEZONE definition for " + zone.getId());
        }
        return known;
    }

    /** The reader's words for one export. */
    private record Words(Locale locale, String lifter, boolean paused) {
        String render(String key, Object... args) {
            return Texts.render(locale, key, args);
        }
    }

    private VEvent timed(WeekPlan week, Session session, ZonedDateTime start, Instant stamp, Words words) {
        Duration length = length(session);
        VEvent event = common(week, session, stamp, words, description(session, length, words));
        event.add(new DtStart<>(start));
        event.add(new net.fortuna.ical4j.model.property.Duration(length));
        if (words.paused()) {
            return event;
        }
        VAlarm alarm = new VAlarm(reminderBefore.negated());
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(
                reminderBefore.isZero()
                        ? words.render("calendar.reminder.now", session.title())
                        : words.render(
                                "calendar.reminder.soon",
                                session.title(),
                                Texts.render(Quantities.minutes(reminderBefore.toMinutes()), words.locale()))));
        event.add(alarm);
        return event;
    }

    private VEvent allDay(WeekPlan week, PlanDay day, Session session, Instant stamp, Words words) {
        String description = words.render("calendar.allDay") + "\n\n" + description(session, length(session), words);
        VEvent event = common(week, session, stamp, words, description);
        event.add(new DtStart<>(day.date()));
        event.add(new net.fortuna.ical4j.model.property.Duration(java.time.Period.ofDays(1)));
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    private static VEvent common(WeekPlan week, Session session, Instant stamp, Words words, String description) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(week, session)));
        event.add(new DtStamp(stamp));
        event.add(
                new Summary(words.paused() ? words.render("calendar.event.paused", session.title()) : session.title()));
        event.add(new Description(
                words.paused() ? words.render("calendar.paused.note") + "\n\n" + description : description));
        event.add(new Categories(kind(session.kind(), words.locale())));
        event.add(words.paused() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
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

    /** In English; see {@link #description(Session, Duration, Words)}. */
    static String description(Session session, Duration length, String lifter) {
        return description(session, length, new Words(Locale.ENGLISH, lifter, false));
    }

    private static String description(Session session, Duration length, Words words) {
        Locale locale = words.locale();
        StringBuilder text = new StringBuilder(words.render(
                "calendar.about",
                kind(session.kind(), locale),
                Texts.render(Quantities.minutes(length.toMinutes()), locale)));
        for (Block block : session.blocks()) {
            if (block.prescriptions().isEmpty()) {
                continue;
            }
            text.append("\n\n").append(Labels.render(block.type(), locale)).append(':');
            for (Prescription p : block.prescriptions()) {
                text.append("\n- ").append(line(p, locale));
                if (!p.note().isEmpty()) {
                    text.append("\n  ").append(p.note());
                }
            }
        }
        text.append("\n\n").append(words.render("calendar.footer", words.lifter()));
        return text.toString();
    }

    /** "Bench press: 3 × 8–12, 60 kg, RPE 8", in English. */
    static String line(Prescription p) {
        return line(p, Locale.ENGLISH);
    }

    /** "Bench press: 3 × 8–12, 60 kg, RPE 8" in the reader's language. */
    static String line(Prescription p, Locale locale) {
        StringBuilder line = new StringBuilder(p.exercise().name())
                .append(": ")
                .append(Texts.render(p.dose().text(), locale));
        p.load().ifPresent(kg -> line.append(", ").append(Quantities.kilograms(kg, locale)));
        p.effortTarget().ifPresent(effort -> line.append(", ").append(effort(effort, locale)));
        return line.toString();
    }

    private static String effort(EffortTarget effort, Locale locale) {
        return switch (effort) {
            case EffortTarget.Rpe rpe -> "RPE " + Quantities.number(rpe.value(), 1, locale);
            case EffortTarget.RepsInReserve rir -> Texts.render(locale, "calendar.rir", rir.reps());
        };
    }

    static String kind(SessionKind kind) {
        return kind(kind, Locale.ENGLISH);
    }

    // One source per label (domain bundle), so the calendar says what the screen says.
    static String kind(SessionKind kind, Locale locale) {
        return Labels.render(kind, locale);
    }

    static String blockName(BlockType type, Locale locale) {
        return Labels.render(type, locale);
    }

    private static String isoWeek(WeekPlan week) {
        int number = week.weekStart().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int year = week.weekStart().get(IsoFields.WEEK_BASED_YEAR);
        return String.format(Locale.ROOT, "%d-W%02d", year, number);
    }
}
