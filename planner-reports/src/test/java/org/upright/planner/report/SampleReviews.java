package org.upright.planner.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Review sheets for tests and for looking at the output. */
public final class SampleReviews {

    public static final String LIFTER = "Zoë Łukasiewicz-Ångström";
    public static final String COACH = "Δημήτρης Παπαδόπουλος";
    public static final String DISCLAIMER = "General exercise guidance, not a diagnosis or medical advice."
            + " If pain is severe, getting worse or comes with other symptoms, see a health professional.";
    public static final IsoWeek LAST_WEEK = IsoWeek.parse("2026-W19");
    public static final ReviewPeriod SIX_WEEKS = ReviewPeriod.endingWith(LAST_WEEK, 6);

    private SampleReviews() {}

    /** A typical six-week review: pull catches up with push, pain goes down, one open finding. */
    public static ReviewSheet.Builder sixWeeks() {
        double[][] sets = {{12, 9}, {12, 11}, {10, 13}, {10, 14}, {10, 15}, {9, 14}};
        double[][] pain = {{5.5, 4.5}, {5, 4}, {4.5, 3.5}, {4, 3}, {3.5, 2.5}, {3, 2}};
        int[] done = {3, 4, 2, 4, 4, 3};
        int[] mobility = {1, 2, 2, 3, 2, 4};
        int[] score = {58, 66, 72, 78, 83, 81};
        List<WeekRow> weeks = new ArrayList<>();
        List<IsoWeek> periodWeeks = SIX_WEEKS.weeks();
        for (int i = 0; i < 6; i++) {
            weeks.add(WeekRow.builder(periodWeeks.get(i))
                    .sessions(4, done[i])
                    .sets(sets[i][0], sets[i][1])
                    .horizontalPullPerPush(sets[i][1] / sets[i][0] * 0.9)
                    .ratioTarget(1.5)
                    .mobility(mobility[i], MobilityBand.DEFAULT)
                    .thoracicWarmUpPercent(60 + 8 * i)
                    .routineDays(3 + i % 4)
                    .habitTicks(8 + i)
                    .pain(pain[i][0], pain[i][1])
                    .balanceScore(score[i])
                    .openFindings(i < 3 ? 2 : 1)
                    .build());
        }
        return ReviewSheet.builder()
                .lifterName(LIFTER)
                .coachName(COACH)
                .period(SIX_WEEKS)
                .paperSize(PaperSize.A4)
                .weeks(weeks)
                .finding(
                        Severity.WARNING,
                        "Week 2026-W19: 9 push sets and 14 pull sets; horizontal rows are"
                                + " still a little short of the 1.5 target for chest pressing.")
                .finding(Severity.ALERT, "Week 2026-W14: pull sets were well below push sets (1 : 0.75).")
                .finding(Severity.INFO, "Thoracic warm-up was skipped in 2 of 9 upper-body sessions.")
                .recommendation(
                        "Progress strengthening",
                        "Pain is down and you did most sessions. Add one set to your rows, try light dumbbells"
                                + " for the Y and T raises, or move to a stronger band. Keep your mobility work.")
                .recommendation(
                        "Give it time",
                        "Long-standing postural pain usually takes 4 to 8 weeks to settle. Stay patient and"
                                + " keep the routine going.")
                .coachNote("Great block, Zoë! Rows are finally ahead of presses.\n\n"
                        + "Next block: keep the Tuesday and Friday sessions and add the band pull-aparts"
                        + " to your desk breaks.")
                .disclaimer(DISCLAIMER)
                .generatedOn(LocalDate.of(2026, 5, 12));
    }

    /** Four weeks of plan but nothing logged at all: no adherence, no check-ins. */
    public static ReviewSheet.Builder noLogs() {
        ReviewPeriod period = ReviewPeriod.endingWith(LAST_WEEK, 4);
        List<WeekRow> weeks = period.weeks().stream()
                .map(w -> WeekRow.builder(w)
                        .sessions(3, 0)
                        .adherencePercent(null)
                        .sets(8, 8)
                        .balanceScore(61)
                        .openFindings(1)
                        .build())
                .toList();
        return ReviewSheet.builder()
                .lifterName("Юлия Кузнецова")
                .period(period)
                .paperSize(PaperSize.LETTER)
                .weeks(weeks)
                .recommendation(
                        "Consistency first",
                        "Keep the plan as it is and pick two habits to tick off each day. No progression yet.")
                .disclaimer(DISCLAIMER)
                .generatedOn(LocalDate.of(2026, 5, 12));
    }

    /** Five weeks where only the last week has logs and check-ins. */
    public static ReviewSheet.Builder singleWeekWithData() {
        ReviewPeriod period = ReviewPeriod.endingWith(LAST_WEEK, 5);
        List<WeekRow> weeks = new ArrayList<>();
        for (IsoWeek w : period.weeks()) {
            WeekRow.Builder row = WeekRow.builder(w);
            if (w.equals(LAST_WEEK)) {
                row.sessions(3, 2)
                        .sets(6, 9)
                        .mobility(2, MobilityBand.DEFAULT)
                        .pain(6.0, 5.0)
                        .balanceScore(70);
            }
            weeks.add(row.build());
        }
        return ReviewSheet.builder()
                .lifterName("Δημήτρης Οικονόμου")
                .period(period)
                .weeks(weeks)
                .disclaimer(DISCLAIMER)
                .generatedOn(LocalDate.of(2026, 5, 12));
    }

    /** The typical review with an open red flag. */
    public static ReviewSheet.Builder redFlag() {
        return sixWeeks()
                .safety(new SafetyStatus(
                        SafetyLevel.STOP,
                        List.of(
                                "You reported numbness and tingling in your left arm on 8 May.",
                                "Please see a doctor before your next session. If you also lose bladder or bowel"
                                        + " control, get urgent / emergency care.")));
    }

    private static final String SENTENCE = "Keep your shoulder blades down and back during every row, breathe out"
            + " as you pull, and stop a set two repetitions before your form slips. ";

    /** A note of about {@code chars} characters in paragraphs of five sentences. */
    public static String longNote(int chars) {
        StringBuilder note = new StringBuilder();
        int sentences = 0;
        while (note.length() < chars) {
            note.append(SENTENCE);
            if (++sentences % 5 == 0) {
                note.append("\n\n");
            }
        }
        return note.toString();
    }
}
