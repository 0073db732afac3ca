package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.MovementPattern;

/**
 * §3.1 Push:pull balance. r = pull / push over the week's weighted working sets, and separately
 * r_h = (horizontal pull + scapular stability) / horizontal push, both against the same target.
 *
 * <p>One finding for the rule, with the worse of the two severities: the lifter fixes both with
 * the same rows, so two findings would only count the same gap twice. No push sets, no finding;
 * no horizontal pushing, no r_h.
 *
 * <p>The suggestion adds sets of one horizontal pull the lifter can do — band row, dumbbell row,
 * face pull, then prone Y or T raise (no equipment), then scapular squeeze — at most
 * {@value #MAX_ADDED_SETS_PER_SESSION} sets per session, until both ratios reach the target:
 *
 * <ol>
 *   <li>first to the sessions that press, heaviest pressing first (pair the row with the press);
 *   <li>then to other strength and conditioning sessions, those with upper-body work first, adding
 *       a thoracic warm-up where the rows would be the session's first upper-body work;
 *   <li>then as short new "Upper-back strength" sessions on the lightest days with room.
 * </ol>
 *
 * Back-care routines and mobility sessions are left alone: extra sets would push a routine past its
 * 20 minutes. If even this cannot close the gap (a week of very heavy pressing), the suggestions
 * add what fits and the message says to trim pressing instead.
 */
public final class PushPullRatioRule implements BalanceRule {

    public static final int MAX_ADDED_SETS_PER_SESSION = 4;

    /** In order of preference (§3.1). */
    static final String[] PULLS = {
        CatalogSlugs.BAND_ROW,
        CatalogSlugs.DUMBBELL_ROW,
        CatalogSlugs.FACE_PULL,
        CatalogSlugs.PRONE_Y_RAISE,
        CatalogSlugs.PRONE_T_RAISE,
        CatalogSlugs.SCAPULAR_SQUEEZE
    };

    static final String NEW_SESSION_TITLE = "Upper-back strength";

    @Override
    public RuleId id() {
        return RuleId.PUSH_PULL_RATIO;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        WeekFacts facts = context.facts();
        double push = facts.pushSets();
        if (push <= 0) {
            return List.of();
        }
        double pull = facts.pullSets();
        double hPush = facts.sets(MovementPattern.HORIZONTAL_PUSH);
        double hTop = facts.rowingAndScapularSets();
        double target = context.targets().pushPullRatio();

        Optional<Severity> overall = severity(pull, push, target);
        Optional<Severity> horizontal = hPush > 0 ? severity(hTop, hPush, target) : Optional.empty();
        if (overall.isEmpty() && horizontal.isEmpty()) {
            return List.of();
        }
        Severity worst = worse(overall, horizontal);

        Plan plan = new Plan(context, push, pull, hPush, hTop, target);
        plan.build();

        List<String> pressing = facts.sessions().stream()
                .filter(s -> s.pushSets() > 0)
                .map(s -> s.session().id())
                .toList();
        return List.of(new Finding(
                id(), worst, message(worst, push, pull, hPush, hTop, target, plan), pressing, plan.suggestions));
    }

    /** Exactly the spec's bands: at or above target fine, from 0.75 × target a warning, below an alert. */
    static Optional<Severity> severity(double top, double bottom, double target) {
        if (Ratio.reaches(top, bottom, target)) {
            return Optional.empty();
        }
        return Optional.of(Ratio.reaches(top, bottom, 0.75 * target) ? Severity.WARNING : Severity.ALERT);
    }

    private static Severity worse(Optional<Severity> a, Optional<Severity> b) {
        if (a.isEmpty()) {
            return b.orElseThrow();
        }
        if (b.isEmpty()) {
            return a.get();
        }
        return a.get().compareTo(b.get()) >= 0 ? a.get() : b.get();
    }

    private static String message(
            Severity severity, double push, double pull, double hPush, double hTop, double target, Plan plan) {
        StringBuilder text = new StringBuilder();
        text.append(
                severity == Severity.ALERT
                        ? "Pressing clearly outweighs pulling this week. "
                        : "Pulling is a little behind pressing this week. ");
        text.append("You have ")
                .append(Wording.number(push))
                .append(" pushing and ")
                .append(Wording.number(pull))
                .append(" pulling sets, so push : pull is 1 : ")
                .append(Wording.number(pull / push))
                .append(" where we aim for at least 1 : ")
                .append(Wording.number(target))
                .append(".");
        if (hPush > 0 && !Ratio.reaches(hTop, hPush, target)) {
            text.append(
                            " Chest pressing is balanced by rows and shoulder-blade work, not by pull-ups: there it is 1 : ")
                    .append(Wording.number(hTop / hPush))
                    .append(".");
        }
        text.append(" A few more rows keep the shoulders from drifting forward and spare the upper back.");
        if (!plan.complete) {
            text.append(
                    plan.exercise == null
                            ? " None of the rowing exercises we would suggest fit your equipment, so add a pull you can do."
                            : " Even with extra rows wherever they fit, the gap stays open: consider trimming a few"
                                    + " pressing sets as well.");
        }
        return text.toString();
    }

    /** Works out the added sets, session by session, until both ratios reach the target. */
    private static final class Plan {
        private final RuleContext context;
        private final SuggestionKit kit;
        private final double push;
        private final double hPush;
        private final double target;
        private double pull;
        private double hTop;
        private Exercise exercise;
        private boolean complete;
        private final List<Suggestion> suggestions = new ArrayList<>();

        Plan(RuleContext context, double push, double pull, double hPush, double hTop, double target) {
            this.context = context;
            this.kit = context.kit("pp");
            this.push = push;
            this.pull = pull;
            this.hPush = hPush;
            this.hTop = hTop;
            this.target = target;
        }

        void build() {
            exercise = chooseExercise().orElse(null);
            if (exercise == null) {
                return;
            }
            WeekFacts facts = context.facts();
            List<SessionFacts> pressing = facts.sessions().stream()
                    .filter(s -> s.pushSets() > 0 && takesExtraSets(s.session()))
                    .sorted(Comparator.comparingDouble(SessionFacts::pushSets).reversed())
                    .toList();
            for (SessionFacts s : pressing) {
                addTo(s);
            }
            List<SessionFacts> others = facts.sessions().stream()
                    .filter(s -> s.pushSets() <= 0 && takesExtraSets(s.session()))
                    .sorted(Comparator.comparing((SessionFacts s) -> !s.upperBodyWork()))
                    .toList();
            for (SessionFacts s : others) {
                addTo(s);
            }
            addNewSessions(facts);
            complete = setsNeeded() == 0;
        }

        private Optional<Exercise> chooseExercise() {
            for (String slug : PULLS) {
                Optional<Exercise> found = kit.usable(slug);
                // a pull that also pressed would move both sides of the ratio; none of ours do
                if (found.isPresent() && horizontalWeight(found.get()) > 0 && pushWeight(found.get()) == 0) {
                    return found;
                }
            }
            return Optional.empty();
        }

        private static boolean takesExtraSets(Session session) {
            return session.kind() == SessionKind.STRENGTH || session.kind() == SessionKind.CONDITIONING;
        }

        private void addTo(SessionFacts s) {
            int sets = Math.min(MAX_ADDED_SETS_PER_SESSION, setsNeeded());
            if (sets == 0) {
                return;
            }
            Session session = s.session();
            boolean needsWarmUp =
                    !s.upperBodyWork() && !SuggestionKit.hasThoracicDrillUpTo(session, BlockType.ACCESSORY);
            if (!SuggestionKit.hasRoomFor(session, needsWarmUp ? 2 : 1)) {
                return;
            }
            if (needsWarmUp) {
                Optional<Suggestion> warmUp = kit.thoracicWarmUp(session, s.date());
                if (warmUp.isEmpty()) {
                    return; // rows without the warm-up would only trade one finding for another
                }
                suggestions.add(warmUp.get());
            }
            suggestions.add(kit.append(
                    session,
                    s.date(),
                    BlockType.ACCESSORY,
                    kit.prescription(exercise, exercise.defaultDose().withSets(sets))));
            count(sets);
        }

        private void addNewSessions(WeekFacts facts) {
            WeekPlan week = facts.week();
            List<LocalDate> days = week.dates().stream()
                    .sorted(Comparator.comparingLong(facts::daySeconds))
                    .toList();
            int sessionsInWeek = week.sessionCount();
            for (LocalDate day : days) {
                int sets = Math.min(MAX_ADDED_SETS_PER_SESSION, setsNeeded());
                if (sets == 0 || sessionsInWeek >= WeekPlan.MAX_SESSIONS_PER_WEEK) {
                    return;
                }
                if (!week.hasRoomOn(day)) {
                    continue;
                }
                List<Block> blocks = new ArrayList<>();
                kit.usable(CatalogSlugs.THORACIC_ROTATION)
                        .ifPresent(rotation -> blocks.add(Block.of(
                                BlockType.WARM_UP, kit.prescription(rotation, SuggestionKit.THORACIC_WARM_UP_DOSE))));
                Prescription rows =
                        kit.prescription(exercise, exercise.defaultDose().withSets(sets));
                blocks.add(Block.of(BlockType.MAIN, rows));
                Session session = new Session(kit.newId(), SessionKind.STRENGTH, NEW_SESSION_TITLE, blocks);
                suggestions.add(new Suggestion.AddSession(
                        day,
                        session,
                        "Add a short “" + NEW_SESSION_TITLE + "” session on " + Wording.day(day) + ": "
                                + exercise.name() + ", " + rows.dose().describe() + ", after a thoracic warm-up."));
                sessionsInWeek++;
                count(sets);
            }
        }

        private void count(int sets) {
            pull += sets * pullWeight(exercise);
            hTop += sets * horizontalWeight(exercise);
        }

        private int setsNeeded() {
            int forOverall = setsFor(Ratio.shortfall(pull, push, target), pullWeight(exercise));
            int forHorizontal =
                    hPush > 0 ? setsFor(Ratio.shortfall(hTop, hPush, target), horizontalWeight(exercise)) : 0;
            return Math.max(forOverall, forHorizontal);
        }

        private static int setsFor(double missing, double perSet) {
            return missing <= 0 ? 0 : (int) Math.ceil(missing / perSet - Ratio.EPSILON);
        }
    }

    static double pullWeight(Exercise e) {
        return SessionFacts.pullWeight(e);
    }

    static double pushWeight(Exercise e) {
        return SessionFacts.pushWeight(e);
    }

    static double horizontalWeight(Exercise e) {
        return SessionFacts.rowingWeight(e);
    }
}
