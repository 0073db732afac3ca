package org.upright.planner.report;

/**
 * One week of the review as the report shows it: a column of the weekly table and one point of each
 * chart. Values that may be missing are boxed and {@code null} means "no data" (never zero), so the
 * charts can leave a gap instead of drawing a fake 0.
 *
 * @param week the ISO week
 * @param plannedSessions sessions in the week's plan
 * @param completedSessions sessions logged as done
 * @param adherencePercent completed as a share of planned, 0–100; {@code null} when nothing was
 *     planned or the lifter has not logged anything yet
 * @param pushSets weighted working push sets (domain §3.1; may be fractional)
 * @param pullSets weighted working pull sets, including scapular stability
 * @param pullPerPush r = pull / push; {@code null} when there are no push sets
 * @param horizontalPullPerPush r_h = (horizontal pull + scapular stability) / horizontal push;
 *     {@code null} when there is no horizontal push
 * @param ratioTarget the target for r and r_h (1.0, or 1.5 for upper-back care)
 * @param mobilitySessions mobility sessions done
 * @param mobilityBand the number of mobility sessions the week should have
 * @param thoracicWarmUpPercent share of upper-body sessions that had a thoracic warm-up, 0–100;
 *     {@code null} when there were no upper-body sessions
 * @param routineDays days (0–7) the daily routine was done
 * @param habitTicks habit ticks in the week
 * @param painBefore mean pain before sessions, 0–10; {@code null} without check-ins
 * @param painAfter mean pain after sessions, 0–10; {@code null} without check-ins
 * @param balanceScore the balance score, 0–100; {@code null} when the week had no plan
 * @param openFindings findings still open at the end of the week
 */
public record WeekRow(
        IsoWeek week,
        int plannedSessions,
        int completedSessions,
        Integer adherencePercent,
        double pushSets,
        double pullSets,
        Double pullPerPush,
        Double horizontalPullPerPush,
        double ratioTarget,
        int mobilitySessions,
        MobilityBand mobilityBand,
        Integer thoracicWarmUpPercent,
        int routineDays,
        int habitTicks,
        Double painBefore,
        Double painAfter,
        Integer balanceScore,
        int openFindings) {

    public WeekRow {
        Require.present(week, "week");
        String in = " in week " + week;
        Require.atLeastZero(plannedSessions, "plannedSessions" + in);
        Require.atLeastZero(completedSessions, "completedSessions" + in);
        Require.optionalBetween(adherencePercent, 0, 100, "adherencePercent" + in);
        Require.optionalNonNegative(pushSets, "pushSets" + in);
        Require.optionalNonNegative(pullSets, "pullSets" + in);
        Require.optionalNonNegative(pullPerPush, "pullPerPush" + in);
        Require.optionalNonNegative(horizontalPullPerPush, "horizontalPullPerPush" + in);
        if (pushSets == 0 && (pullPerPush != null || horizontalPullPerPush != null)) {
            throw new IllegalArgumentException(
                    "pullPerPush and horizontalPullPerPush must be empty when there are no push sets" + in);
        }
        Require.positive(ratioTarget, "ratioTarget" + in);
        Require.atLeastZero(mobilitySessions, "mobilitySessions" + in);
        Require.present(mobilityBand, "mobilityBand" + in);
        Require.optionalBetween(thoracicWarmUpPercent, 0, 100, "thoracicWarmUpPercent" + in);
        Require.between(routineDays, 0, 7, "routineDays" + in);
        Require.atLeastZero(habitTicks, "habitTicks" + in);
        Require.optionalBetween(painBefore, 0.0, 10.0, "painBefore" + in);
        Require.optionalBetween(painAfter, 0.0, 10.0, "painAfter" + in);
        Require.optionalBetween(balanceScore, 0, 100, "balanceScore" + in);
        Require.atLeastZero(openFindings, "openFindings" + in);
    }

    /** Pull sets the week needed to reach the target: target × push sets. */
    public double pullSetsNeeded() {
        return ratioTarget * pushSets;
    }

    /** True when r is known and below target (the week the push:pull rule flags). */
    public boolean belowRatioTarget() {
        return pullPerPush != null && pullPerPush < ratioTarget;
    }

    public boolean hasCheckIns() {
        return painBefore != null || painAfter != null;
    }

    /**
     * True when the lifter logged nothing this week: no sessions, check-ins, mobility, routine or
     * habits. Such a week shows "no data" in the charts rather than zeros.
     */
    public boolean nothingLogged() {
        return adherencePercent == null
                && !hasCheckIns()
                && mobilitySessions == 0
                && routineDays == 0
                && habitTicks == 0;
    }

    public static Builder builder(IsoWeek week) {
        return new Builder(week);
    }

    /**
     * Builds a row field by field; unset values are "nothing happened": zero counts, no data for the
     * optional values, target 1.0 and the 2–3 mobility band.
     */
    public static final class Builder {
        private final IsoWeek week;
        private int plannedSessions;
        private int completedSessions;
        private Integer adherencePercent;
        private double pushSets;
        private double pullSets;
        private Double pullPerPush;
        private Double horizontalPullPerPush;
        private double ratioTarget = 1.0;
        private int mobilitySessions;
        private MobilityBand mobilityBand = MobilityBand.DEFAULT;
        private Integer thoracicWarmUpPercent;
        private int routineDays;
        private int habitTicks;
        private Double painBefore;
        private Double painAfter;
        private Integer balanceScore;
        private int openFindings;

        private Builder(IsoWeek week) {
            this.week = week;
        }

        /** Planned and completed sessions; also sets adherence (completed ÷ planned, at most 100 %). */
        public Builder sessions(int planned, int completed) {
            this.plannedSessions = planned;
            this.completedSessions = completed;
            this.adherencePercent = planned == 0 ? null : (int) Math.min(100, Math.round(100.0 * completed / planned));
            return this;
        }

        public Builder adherencePercent(Integer percent) {
            this.adherencePercent = percent;
            return this;
        }

        /** Push and pull sets; also sets r = pull ÷ push (empty without push sets). */
        public Builder sets(double push, double pull) {
            this.pushSets = push;
            this.pullSets = pull;
            this.pullPerPush = push == 0 ? null : pull / push;
            return this;
        }

        public Builder pullPerPush(Double r) {
            this.pullPerPush = r;
            return this;
        }

        public Builder horizontalPullPerPush(Double rh) {
            this.horizontalPullPerPush = rh;
            return this;
        }

        public Builder ratioTarget(double target) {
            this.ratioTarget = target;
            return this;
        }

        public Builder mobility(int sessions, MobilityBand band) {
            this.mobilitySessions = sessions;
            this.mobilityBand = band;
            return this;
        }

        public Builder thoracicWarmUpPercent(Integer percent) {
            this.thoracicWarmUpPercent = percent;
            return this;
        }

        public Builder routineDays(int days) {
            this.routineDays = days;
            return this;
        }

        public Builder habitTicks(int ticks) {
            this.habitTicks = ticks;
            return this;
        }

        public Builder pain(Double before, Double after) {
            this.painBefore = before;
            this.painAfter = after;
            return this;
        }

        public Builder balanceScore(Integer score) {
            this.balanceScore = score;
            return this;
        }

        public Builder openFindings(int count) {
            this.openFindings = count;
            return this;
        }

        public WeekRow build() {
            return new WeekRow(
                    week,
                    plannedSessions,
                    completedSessions,
                    adherencePercent,
                    pushSets,
                    pullSets,
                    pullPerPush,
                    horizontalPullPerPush,
                    ratioTarget,
                    mobilitySessions,
                    mobilityBand,
                    thoracicWarmUpPercent,
                    routineDays,
                    habitTicks,
                    painBefore,
                    painAfter,
                    balanceScore,
                    openFindings);
        }
    }
}
