package org.upright.planner.report;

import java.util.List;

/**
 * The headline numbers on the cover, worked out from the weekly rows.
 *
 * <p>They are derived here rather than passed in so that the cover can never disagree with the
 * weekly table and the charts printed a page later.
 *
 * @param plannedSessions planned sessions in the weeks that have an adherence figure
 * @param completedSessions completed sessions in those weeks
 * @param adherencePercent completed ÷ planned over those weeks, 0–100; {@code null} when no week
 *     has an adherence figure (nothing logged yet)
 * @param pullPerPush r from the first to the last week with push sets
 * @param ratioTarget the target for r in the last week
 * @param mobilityPerWeek mean mobility sessions per logged week; {@code null} when nothing was
 *     logged at all (zero sessions would be a made-up figure)
 * @param weeksMobilityOnTarget logged weeks with at least the bottom of that week's band (more is on target too)
 * @param weeksLogged weeks in which the lifter logged anything (see {@link WeekRow#nothingLogged})
 * @param mobilityBand the band in the last week
 * @param painBefore mean pain before sessions, first to last week with check-ins
 * @param painAfter mean pain after sessions, first to last week with check-ins
 * @param balanceScore the balance score, first to last week with a score
 * @param openFindingsLastWeek findings still open at the end of the period
 * @param weekCount weeks in the review
 */
public record KeyFigures(
        int plannedSessions,
        int completedSessions,
        Integer adherencePercent,
        Trend pullPerPush,
        double ratioTarget,
        Double mobilityPerWeek,
        int weeksMobilityOnTarget,
        int weeksLogged,
        MobilityBand mobilityBand,
        Trend painBefore,
        Trend painAfter,
        Trend balanceScore,
        int openFindingsLastWeek,
        int weekCount) {

    /** Works the figures out from the weekly rows (at least one row). */
    public static KeyFigures of(List<WeekRow> weeks) {
        if (weeks.isEmpty()) {
            throw new IllegalArgumentException("weeks must not be empty");
        }
        List<WeekRow> logged =
                weeks.stream().filter(w -> w.adherencePercent() != null).toList();
        int planned = logged.stream().mapToInt(WeekRow::plannedSessions).sum();
        int completed = logged.stream().mapToInt(WeekRow::completedSessions).sum();
        Integer adherence = planned == 0 ? null : (int) Math.min(100, Math.round(100.0 * completed / planned));
        WeekRow lastWeek = weeks.getLast();
        List<WeekRow> active = weeks.stream().filter(w -> !w.nothingLogged()).toList();
        return new KeyFigures(
                planned,
                completed,
                adherence,
                Trend.over(weeks, WeekRow::pullPerPush),
                lastWeek.ratioTarget(),
                active.isEmpty()
                        ? null
                        : active.stream()
                                .mapToInt(WeekRow::mobilitySessions)
                                .average()
                                .orElseThrow(),
                (int) active.stream()
                        .filter(w -> w.mobilityBand().onTarget(w.mobilitySessions()))
                        .count(),
                active.size(),
                lastWeek.mobilityBand(),
                Trend.over(weeks, WeekRow::painBefore),
                Trend.over(weeks, WeekRow::painAfter),
                Trend.over(weeks, WeekRow::balanceScore),
                lastWeek.openFindings(),
                weeks.size());
    }

    public boolean anyCheckIns() {
        return painBefore.hasData() || painAfter.hasData();
    }
}
