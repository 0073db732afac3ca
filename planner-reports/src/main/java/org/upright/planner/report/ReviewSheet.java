package org.upright.planner.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the printable 4–6 week review shows (domain §6), already worked out: the report only
 * lays it out. The core's review calculator is mapped to this; the report never reads the database.
 *
 * <p>The constructor checks for obviously bad input (wrong number of weeks, weeks out of order,
 * values out of range, missing texts) and names the field in the message. Optional texts are
 * {@code null} when absent; blank texts are treated as absent.
 *
 * @param lifterName the lifter's name as it should print (any European script)
 * @param coachName the coach's name; {@code null} for lifters without a coach
 * @param period the weeks the review covers
 * @param paperSize A4 or US Letter (see {@link PaperSize#defaultFor})
 * @param weeks one row per week of the period, in order
 * @param findings open findings of the period; printed most severe first
 * @param safety the safety status (domain §5)
 * @param recommendations advice for the next weeks, in the order to print
 * @param coachNote the coach's free-text note; {@code null} when there is none. Blank lines separate
 *     paragraphs.
 * @param disclaimer the short "not a diagnosis" text printed at the foot of every page
 * @param generatedOn the day the review was made
 * @param locale the reader's language and region: every word, number and date of the PDF follows it
 *     (the texts above are already in it)
 */
public record ReviewSheet(
        String lifterName,
        String coachName,
        ReviewPeriod period,
        PaperSize paperSize,
        List<WeekRow> weeks,
        List<Finding> findings,
        SafetyStatus safety,
        List<Recommendation> recommendations,
        String coachNote,
        String disclaimer,
        LocalDate generatedOn,
        Locale locale) {

    /** Longest name we print; longer is a mapping bug, not a name. */
    public static final int MAX_NAME_LENGTH = 300;
    /** A coach's note can run to several pages; beyond this it belongs in a message, not a review. */
    public static final int MAX_NOTE_LENGTH = 20_000;
    /** The disclaimer is repeated in every page footer, so it has to stay short. */
    public static final int MAX_DISCLAIMER_LENGTH = 600;

    public ReviewSheet {
        lifterName = Require.text(lifterName, "lifterName", MAX_NAME_LENGTH);
        coachName = Require.optionalText(coachName, "coachName", MAX_NAME_LENGTH);
        Require.present(period, "period");
        Require.present(paperSize, "paperSize");
        weeks = Require.list(Require.present(weeks, "weeks"), "weeks");
        if (weeks.size() != period.weekCount()) {
            throw new IllegalArgumentException("weeks must have one row per week of the period: "
                    + period.weekCount() + " rows for " + period.first() + " to " + period.last() + " (was "
                    + weeks.size() + ")");
        }
        List<IsoWeek> expected = period.weeks();
        for (int i = 0; i < weeks.size(); i++) {
            if (!weeks.get(i).week().equals(expected.get(i))) {
                throw new IllegalArgumentException("weeks[" + i + "].week must be " + expected.get(i) + " (was "
                        + weeks.get(i).week() + ")");
            }
        }
        findings = Require.list(findings, "findings");
        Require.present(safety, "safety");
        recommendations = Require.list(recommendations, "recommendations");
        coachNote = Require.optionalText(coachNote, "coachNote", MAX_NOTE_LENGTH);
        disclaimer = Require.text(disclaimer, "disclaimer", MAX_DISCLAIMER_LENGTH);
        Require.present(generatedOn, "generatedOn");
        Require.present(locale, "locale");
    }

    public Optional<String> coach() {
        return Optional.ofNullable(coachName);
    }

    public Optional<String> note() {
        return Optional.ofNullable(coachNote);
    }

    /** The cover's headline numbers, worked out from {@link #weeks()}. */
    public KeyFigures keyFigures() {
        return KeyFigures.of(weeks);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a sheet step by step; {@link #build()} runs the checks. */
    public static final class Builder {
        private String lifterName;
        private String coachName;
        private ReviewPeriod period;
        private PaperSize paperSize = PaperSize.A4;
        private final List<WeekRow> weeks = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private SafetyStatus safety = SafetyStatus.clear();
        private final List<Recommendation> recommendations = new ArrayList<>();
        private String coachNote;
        private String disclaimer;
        private LocalDate generatedOn;
        private Locale locale = Locale.ENGLISH;

        private Builder() {}

        public Builder lifterName(String name) {
            this.lifterName = name;
            return this;
        }

        public Builder coachName(String name) {
            this.coachName = name;
            return this;
        }

        public Builder period(ReviewPeriod period) {
            this.period = period;
            return this;
        }

        public Builder paperSize(PaperSize paperSize) {
            this.paperSize = paperSize;
            return this;
        }

        public Builder week(WeekRow week) {
            this.weeks.add(week);
            return this;
        }

        public Builder weeks(List<WeekRow> weeks) {
            this.weeks.clear();
            this.weeks.addAll(weeks);
            return this;
        }

        public Builder finding(Severity severity, String message) {
            this.findings.add(new Finding(severity, message));
            return this;
        }

        public Builder safety(SafetyStatus safety) {
            this.safety = safety;
            return this;
        }

        public Builder recommendation(String title, String text) {
            this.recommendations.add(new Recommendation(title, text));
            return this;
        }

        public Builder coachNote(String note) {
            this.coachNote = note;
            return this;
        }

        public Builder disclaimer(String disclaimer) {
            this.disclaimer = disclaimer;
            return this;
        }

        public Builder generatedOn(LocalDate day) {
            this.generatedOn = day;
            return this;
        }

        /** The reader's language; English unless set. */
        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        public ReviewSheet build() {
            return new ReviewSheet(
                    lifterName,
                    coachName,
                    period,
                    paperSize,
                    weeks,
                    findings,
                    safety,
                    recommendations,
                    coachNote,
                    disclaimer,
                    generatedOn,
                    locale);
        }
    }
}
