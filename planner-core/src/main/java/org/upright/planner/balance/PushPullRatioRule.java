package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.upright.planner.common.Text;
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

    public static final int MAX_ADDED_SETS_PER_SESSION = FixBudget.MAX_ADDED_SETS_PER_SESSION;

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

    private static Text message(
            Severity severity, double push, double pull, double hPush, double hTop, double target, Plan plan) {
        List<Text> parts = new ArrayList<>();
        parts.add(Text.of(
                severity == Severity.ALERT ? "domain.balance.pushPull.alert" : "domain.balance.pushPull.warning"));
        parts.add(Text.of(
                "domain.balance.pushPull.counts",
                Wording.number(push),
                Wording.number(pull),
                Wording.number(pull / push),
                Wording.number(target)));
        if (hPush > 0 && !Ratio.reaches(hTop, hPush, target)) {
            parts.add(Text.of("domain.balance.pushPull.horizontal", Wording.number(hTop / hPush)));
        }
        parts.add(Text.of("domain.balance.pushPull.why"));
        if (plan.trimsPressing) {
            parts.add(Text.of("domain.balance.pushPull.trims"));
        }
        if (!plan.complete) {
            parts.add(Text.of(
                    plan.exercise == null
                            ? "domain.balance.pushPull.noExercise"
                            : "domain.balance.pushPull.stillOpen"));
        }
        return Wording.sentences(parts);
    }

    /**
     * Works out the added sets, session by session, until both ratios reach the target — within
     * the click's limits ({@link FixBudget}): at most four new sets per session, more sets on a
     * session's own line of the pull rather than a second line, and, where last week's volume
     * leaves no room, a pressing set trimmed for every pulling set added (a swap); when no session
     * can take more, pressing is trimmed alone.
     */
    private static final class Plan {
        private final RuleContext context;
        private final SuggestionKit kit;
        private final PressTrims trims;
        private double push;
        private double hPush;
        private final double target;
        private double pull;
        private double hTop;
        private int room;
        private final List<Exercise> pulls = new ArrayList<>();
        private Exercise exercise;
        private boolean complete;
        private boolean trimsPressing;
        private final List<Suggestion> suggestions = new ArrayList<>();

        Plan(RuleContext context, double push, double pull, double hPush, double hTop, double target) {
            this.context = context;
            this.kit = context.kit("pp");
            this.trims = new PressTrims(context);
            this.push = push;
            this.pull = pull;
            this.hPush = hPush;
            this.hTop = hTop;
            this.target = target;
            this.room = context.strengthRoom();
        }

        void build() {
            for (String slug : PULLS) {
                // a pull that also pressed would move both sides of the ratio; none of ours do
                kit.usable(slug)
                        .filter(e -> horizontalWeight(e) > 0 && pushWeight(e) == 0)
                        .ifPresent(pulls::add);
            }
            if (pulls.isEmpty()) {
                return;
            }
            exercise = pulls.getFirst();
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
            while (setsNeeded() > 0 && trimOne(null)) {
                // no session can take more pulling: the rest of the gap closes by pressing less
            }
            complete = setsNeeded() == 0;
            List<Suggestion> trimmed = trims.suggestions(Text.of("domain.balance.trim.whyPushPull"));
            trimsPressing = !trimmed.isEmpty();
            suggestions.addAll(trimmed);
        }

        private static boolean takesExtraSets(Session session) {
            return session.kind() == SessionKind.STRENGTH || session.kind() == SessionKind.CONDITIONING;
        }

        /** The first pull the session can take: its own working line of it, or a new line. */
        private Optional<SuggestionKit.Line> ownLine(Session session, Exercise e) {
            return SuggestionKit.line(session, e);
        }

        private void addTo(SessionFacts s) {
            int left = context.setsLeft(s);
            if (left == 0 || setsNeeded() == 0) {
                return;
            }
            Session session = s.session();
            boolean needsWarmUp =
                    !s.upperBodyWork() && !SuggestionKit.hasThoracicDrillUpTo(session, BlockType.ACCESSORY);
            for (Exercise e : pulls) {
                Optional<SuggestionKit.Line> line = ownLine(session, e);
                if (line.isPresent() && !line.get().counts()) {
                    continue; // held as a warm-up or cool-down drill: a second line would repeat it
                }
                int cap = line.map(l -> Math.min(left, org.upright.planner.exercise.Dose.MAX_SETS - l.sets()))
                        .orElse(left);
                if (cap <= 0) {
                    continue;
                }
                Optional<Suggestion> warmUp = Optional.empty();
                if (line.isEmpty()) {
                    if (!SuggestionKit.hasRoomFor(session, needsWarmUp ? 2 : 1)) {
                        continue; // no room for a new line; another pull may have one to raise
                    }
                    if (needsWarmUp) {
                        warmUp = kit.thoracicWarmUp(session, s.date());
                        if (warmUp.isEmpty()) {
                            continue; // rows without the warm-up would only trade one finding for another
                        }
                    }
                }
                int sets = addSets(e, cap, session.id());
                if (sets == 0) {
                    return;
                }
                warmUp.ifPresent(suggestions::add);
                suggestions.add(
                        line.isPresent()
                                ? kit.raise(session, s.date(), line.get(), sets)
                                : kit.append(
                                        session,
                                        s.date(),
                                        BlockType.ACCESSORY,
                                        kit.prescription(e, e.defaultDose().withSets(sets))));
                return;
            }
        }

        /**
         * Counts up to {@code cap} sets of {@code e} while the gap is open: each within last week's
         * volume, or paid for by trimming a pressing set (preferably in {@code sessionId}).
         */
        private int addSets(Exercise e, int cap, String sessionId) {
            int sets = 0;
            while (sets < cap && setsNeeded() > 0) {
                if (room > 0) {
                    room--;
                } else if (!trimOne(sessionId)) {
                    break;
                }
                pull += pullWeight(e);
                hTop += horizontalWeight(e);
                sets++;
            }
            return sets;
        }

        private boolean trimOne(String sessionId) {
            Optional<Exercise> trimmed = trims.trimOne(sessionId);
            trimmed.ifPresent(e -> {
                push -= PressTrims.push(e);
                hPush -= PressTrims.horizontalPush(e);
            });
            return trimmed.isPresent();
        }

        private void addNewSessions(WeekFacts facts) {
            WeekPlan week = facts.week();
            List<LocalDate> days = week.dates().stream()
                    .sorted(Comparator.comparingLong(facts::daySeconds))
                    .toList();
            int sessionsInWeek = week.sessionCount();
            for (LocalDate day : days) {
                if (setsNeeded() == 0 || sessionsInWeek >= WeekPlan.MAX_SESSIONS_PER_WEEK) {
                    return;
                }
                if (!week.hasRoomOn(day)) {
                    continue;
                }
                int sets = addSets(exercise, MAX_ADDED_SETS_PER_SESSION, null);
                if (sets == 0) {
                    return;
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
                        Text.of(
                                "domain.balance.pushPull.addSession",
                                NEW_SESSION_TITLE,
                                Wording.day(day),
                                exercise.name(),
                                rows.dose().text())));
                sessionsInWeek++;
            }
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
