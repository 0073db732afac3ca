package org.upright.planner.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.upright.planner.balance.Block;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.WeekPlan;

/**
 * Works out the {@link PlanChange} between two versions of a week from the ids sessions and
 * exercises keep, in the smallest steps that say what happened: an exercise removed, a session
 * moved to Tuesday, a dose changed. Small steps matter: they are what lets an undo go through while
 * someone else changed a different exercise of the same session.
 *
 * <p>The steps are built by applying each to a working copy as it is found, and the result is
 * checked against {@code after}. A shuffle that the small steps cannot express without passing
 * through a week the model forbids (say, six sessions trading days on a full week — no single
 * planner click does that) falls back to whole sessions: the changed week's sessions taken out
 * and put back as they are now.
 */
final class PlanDiff {

    private record SessionAt(LocalDate date, Session session) {}

    private record LineAt(String sessionId, Prescription prescription) {}

    private final WeekPlan before;
    private final WeekPlan after;
    private final Map<String, SessionAt> sessionsBefore;
    private final Map<String, SessionAt> sessionsAfter;
    private final Map<String, LineAt> linesBefore;
    private final Map<String, LineAt> linesAfter;
    private final List<PlanChange> steps = new ArrayList<>();
    private WeekPlan working;

    private PlanDiff(WeekPlan before, WeekPlan after) {
        this.before = before;
        this.after = after;
        this.working = before;
        sessionsBefore = sessions(before);
        sessionsAfter = sessions(after);
        linesBefore = lines(before);
        linesAfter = lines(after);
    }

    static PlanChange between(WeekPlan before, WeekPlan after) {
        if (!before.weekStart().equals(after.weekStart())) {
            throw new IllegalArgumentException("a change stays within one week");
        }
        if (before.equals(after)) {
            return PlanChange.none();
        }
        PlanChange fine;
        try {
            fine = new PlanDiff(before, after).fineSteps();
        } catch (ChangeConflict passesThroughAForbiddenWeek) {
            fine = null;
        }
        return fine != null ? fine : wholeSessions(before, after);
    }

    private PlanChange fineSteps() {
        removeLinesThatGo();
        removeSessionsThatGo();
        renameSessions();
        retimeSessions();
        placeSessions();
        placeLines();
        changeDoses();
        return working.equals(after) ? asOne(steps) : null;
    }

    /** Lines that leave a session that stays (gone for good, or off to a brand-new session). */
    private void removeLinesThatGo() {
        for (Session session : sessionList(before)) {
            if (stays(session.id())) {
                session.prescriptions()
                        .filter(p -> !movable(p.id()))
                        .forEach(p -> emit(new PlanChange.RemovePrescription(p)));
            }
        }
    }

    private void removeSessionsThatGo() {
        for (Session session : sessionList(before)) {
            if (!sessionsAfter.containsKey(session.id())) {
                emit(new PlanChange.RemoveSession(current(session.id())));
            }
        }
    }

    private void renameSessions() {
        for (Session session : sessionList(after)) {
            SessionAt was = sessionsBefore.get(session.id());
            if (was != null
                    && (was.session().kind() != session.kind()
                            || !was.session().title().equals(session.title()))) {
                emit(new PlanChange.RenameSession(
                        session.id(), was.session().kind(), was.session().title(), session.kind(), session.title()));
            }
        }
    }

    private void retimeSessions() {
        for (Session session : sessionList(after)) {
            SessionAt was = sessionsBefore.get(session.id());
            if (was != null && !Objects.equals(was.session().time(), session.time())) {
                emit(new PlanChange.SetSessionTime(
                        session.id(), session.title(), was.session().time(), session.time()));
            }
        }
    }

    /**
     * Day by day, in {@code after}'s order: sessions that are new are added, and sessions not
     * already in the right order (the longest run that is, stays put) are moved, each right after
     * its neighbour in {@code after}.
     */
    private void placeSessions() {
        for (LocalDate date : after.dates()) {
            List<String> wanted =
                    sessionIds(after.day(date).map(PlanDay::sessions).orElse(List.of()));
            if (wanted.isEmpty()) {
                continue;
            }
            List<String> here = sessionIds(
                            working.day(date).map(PlanDay::sessions).orElse(List.of()))
                    .stream()
                    .filter(wanted::contains)
                    .toList();
            Set<String> keep = longestCommonRun(here, wanted);
            for (int i = 0; i < wanted.size(); i++) {
                String id = wanted.get(i);
                String previous = i == 0 ? null : wanted.get(i - 1);
                if (!sessionsBefore.containsKey(id)) {
                    emit(new PlanChange.AddSession(
                            date, previous, sessionsAfter.get(id).session()));
                } else if (!keep.contains(id)) {
                    SessionAt now = sessionAt(working, id);
                    emit(new PlanChange.MoveSession(id, now.session().title(), now.date(), date, previous));
                }
            }
        }
    }

    /** The same for exercises, block by block of every session that stays. */
    private void placeLines() {
        for (Session session : sessionList(after)) {
            if (!stays(session.id())) {
                continue;
            }
            for (Block block : session.blocks()) {
                List<String> wanted = lineIds(block.prescriptions());
                List<String> here = sessionAt(working, session.id())
                        .session()
                        .block(block.type())
                        .map(b -> lineIds(b.prescriptions()))
                        .orElse(List.of())
                        .stream()
                        .filter(wanted::contains)
                        .toList();
                Set<String> keep = longestCommonRun(here, wanted);
                for (int i = 0; i < wanted.size(); i++) {
                    String id = wanted.get(i);
                    String previous = i == 0 ? null : wanted.get(i - 1);
                    if (!movable(id)) {
                        emit(new PlanChange.AddPrescription(
                                session.id(),
                                block.type(),
                                previous,
                                linesAfter.get(id).prescription()));
                    } else if (!keep.contains(id)) {
                        WeekDraft.PrescriptionPlace now =
                                new WeekDraft(working).findPrescription(id).orElseThrow();
                        emit(new PlanChange.MovePrescription(
                                id,
                                now.prescription().exercise().name(),
                                now.sessionId(),
                                now.block(),
                                session.id(),
                                block.type(),
                                previous));
                    }
                }
            }
        }
    }

    private void changeDoses() {
        for (Map.Entry<String, LineAt> line : linesAfter.entrySet()) {
            if (!movable(line.getKey())) {
                continue;
            }
            Prescription was = linesBefore.get(line.getKey()).prescription();
            Prescription now = line.getValue().prescription();
            PlanChange.Dosage from = PlanChange.Dosage.of(was);
            PlanChange.Dosage to = PlanChange.Dosage.of(now);
            if (!from.equals(to)) {
                emit(new PlanChange.ChangePrescription(now.id(), now.exercise().name(), from, to));
            }
        }
    }

    private void emit(PlanChange step) {
        working = step.applyTo(working).week();
        steps.add(step);
    }

    /** Whether a session is in both versions. */
    private boolean stays(String sessionId) {
        return sessionsBefore.containsKey(sessionId) && sessionsAfter.containsKey(sessionId);
    }

    /**
     * Whether a line can be moved and re-dosed in place: the same exercise under the same id in
     * both versions, in sessions that are in both. Anything else is taken out and put in anew.
     */
    private boolean movable(String prescriptionId) {
        LineAt was = linesBefore.get(prescriptionId);
        LineAt now = linesAfter.get(prescriptionId);
        return was != null
                && now != null
                && was.prescription().exercise().equals(now.prescription().exercise())
                && stays(was.sessionId())
                && stays(now.sessionId());
    }

    private Session current(String sessionId) {
        return sessionAt(working, sessionId).session();
    }

    /** Every session of {@code before} out, every session of {@code after} in: always possible. */
    private static PlanChange wholeSessions(WeekPlan before, WeekPlan after) {
        List<PlanChange> steps = new ArrayList<>();
        sessionList(before).forEach(s -> steps.add(new PlanChange.RemoveSession(s)));
        for (PlanDay day : after.days()) {
            String previous = null;
            for (Session session : day.sessions()) {
                steps.add(new PlanChange.AddSession(day.date(), previous, session));
                previous = session.id();
            }
        }
        return asOne(steps);
    }

    private static PlanChange asOne(List<PlanChange> steps) {
        return steps.size() == 1 ? steps.getFirst() : new PlanChange.Steps(steps);
    }

    /**
     * The ids of the longest subsequence two orderings share: those can stay where they are while
     * the rest move around them.
     */
    static Set<String> longestCommonRun(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j))
                        ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        Set<String> common = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                common.add(a.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    private static List<Session> sessionList(WeekPlan week) {
        return week.sessions().toList();
    }

    private static List<String> sessionIds(List<Session> sessions) {
        return sessions.stream().map(Session::id).toList();
    }

    private static List<String> lineIds(List<Prescription> lines) {
        return lines.stream().map(Prescription::id).toList();
    }

    private static SessionAt sessionAt(WeekPlan week, String sessionId) {
        return Objects.requireNonNull(sessions(week).get(sessionId), sessionId);
    }

    private static Map<String, SessionAt> sessions(WeekPlan week) {
        Map<String, SessionAt> map = new LinkedHashMap<>();
        for (PlanDay day : week.days()) {
            day.sessions().forEach(s -> map.put(s.id(), new SessionAt(day.date(), s)));
        }
        return map;
    }

    private static Map<String, LineAt> lines(WeekPlan week) {
        Map<String, LineAt> map = new LinkedHashMap<>();
        week.sessions().forEach(s -> s.prescriptions().forEach(p -> map.put(p.id(), new LineAt(s.id(), p))));
        return map;
    }
}
