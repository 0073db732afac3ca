package org.upright.planner.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.upright.planner.balance.Block;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.Text;

/**
 * The edits a planner makes to a week, as pure functions: each returns a new week and leaves the
 * old one untouched (which is also what makes undo trivial). Unknown ids and impossible moves are
 * refused with {@link PlanEditRejected}; the week's own limits (sessions per day, per week) are
 * enforced by {@link WeekPlan} and reported the same way.
 */
public final class WeekEdits {

    private WeekEdits() {}

    /** A fresh id for a session or prescription, unique within {@code week}. */
    public static String newId(WeekPlan week) {
        String id;
        do {
            id = UUID.randomUUID().toString().substring(0, 12);
        } while (week.usesId(id));
        return id;
    }

    public static WeekPlan addSession(WeekPlan week, LocalDate date, SessionKind kind, String title) {
        return addSession(week, date, kind, title, null);
    }

    /** @param time when it starts, in the lifter's zone; null for none */
    public static WeekPlan addSession(WeekPlan week, LocalDate date, SessionKind kind, String title, LocalTime time) {
        requireInWeek(week, date);
        Days days = new Days(week);
        days.on(date).add(new Session(newId(week), kind, title, List.of(), time));
        return days.toWeek();
    }

    /** Adds a whole session (e.g. from a template) with fresh ids for it and its prescriptions. */
    public static WeekPlan addSessionCopy(WeekPlan week, LocalDate date, Session template) {
        requireInWeek(week, date);
        List<Block> blocks = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (Block block : template.blocks()) {
            List<Prescription> copies = new ArrayList<>();
            for (Prescription p : block.prescriptions()) {
                String id = freshId(week, taken);
                copies.add(new Prescription(id, p.exercise(), p.dose(), p.loadKg(), p.effort(), p.note()));
            }
            blocks.add(new Block(block.type(), copies));
        }
        Days days = new Days(week);
        days.on(date)
                .add(new Session(freshId(week, taken), template.kind(), template.title(), blocks, template.time()));
        return days.toWeek();
    }

    public static WeekPlan removeSession(WeekPlan week, String sessionId) {
        Days days = new Days(week);
        days.remove(sessionId);
        return days.toWeek();
    }

    /** Moves a session to {@code date} at {@code position} (0 = first; past the end appends). */
    public static WeekPlan moveSession(WeekPlan week, String sessionId, LocalDate date, int position) {
        requireInWeek(week, date);
        Days days = new Days(week);
        Session session = days.remove(sessionId);
        List<Session> target = days.on(date);
        target.add(clamp(position, target.size()), session);
        return days.toWeek();
    }

    public static WeekPlan renameSession(WeekPlan week, String sessionId, SessionKind kind, String title) {
        Session session = requireSession(week, sessionId);
        return replaceSession(week, new Session(session.id(), kind, title, session.blocks(), session.time()));
    }

    /** Gives a session a time of day, or takes it away ({@code time} null). */
    public static WeekPlan setSessionTime(WeekPlan week, String sessionId, LocalTime time) {
        return replaceSession(week, requireSession(week, sessionId).at(time));
    }

    /** Inserts {@code prescription} (with a fresh id) into a block of a session. */
    public static WeekPlan addPrescription(
            WeekPlan week, String sessionId, BlockType block, int position, Prescription prescription) {
        Session session = requireSession(week, sessionId);
        Prescription fresh = new Prescription(
                newId(week),
                prescription.exercise(),
                prescription.dose(),
                prescription.loadKg(),
                prescription.effort(),
                prescription.note());
        Blocks blocks = new Blocks(session);
        List<Prescription> items = blocks.of(block);
        items.add(clamp(position, items.size()), fresh);
        return replaceSession(week, blocks.toSession());
    }

    public static WeekPlan removePrescription(WeekPlan week, String prescriptionId) {
        Session session = sessionHolding(week, prescriptionId);
        Blocks blocks = new Blocks(session);
        blocks.remove(prescriptionId);
        return replaceSession(week, blocks.toSession());
    }

    /** Replaces a prescription (dose, load, effort, note) keeping its id and place. */
    public static WeekPlan changePrescription(WeekPlan week, Prescription changed) {
        Session session = sessionHolding(week, changed.id());
        Blocks blocks = new Blocks(session);
        blocks.replace(changed);
        return replaceSession(week, blocks.toSession());
    }

    /** Moves a prescription to a block of any session of the week, at {@code position}. */
    public static WeekPlan movePrescription(
            WeekPlan week, String prescriptionId, String toSessionId, BlockType toBlock, int position) {
        requireSession(week, toSessionId);
        Session from = sessionHolding(week, prescriptionId);
        Blocks source = new Blocks(from);
        Prescription moving = source.remove(prescriptionId);
        WeekPlan without = replaceSession(week, source.toSession());
        Blocks target = new Blocks(requireSession(without, toSessionId));
        List<Prescription> items = target.of(toBlock);
        items.add(clamp(position, items.size()), moving);
        return replaceSession(without, target.toSession());
    }

    public static Optional<Prescription> prescription(WeekPlan week, String prescriptionId) {
        return week.sessions()
                .flatMap(Session::prescriptions)
                .filter(p -> p.id().equals(prescriptionId))
                .findFirst();
    }

    private static String freshId(WeekPlan week, List<String> taken) {
        String id;
        do {
            id = newId(week);
        } while (taken.contains(id));
        taken.add(id);
        return id;
    }

    private static WeekPlan replaceSession(WeekPlan week, Session updated) {
        Days days = new Days(week);
        days.replace(updated);
        return days.toWeek();
    }

    private static Session requireSession(WeekPlan week, String sessionId) {
        return week.session(sessionId)
                .orElseThrow(() -> new PlanEditRejected(Text.of("domain.refused.plan.sessionGone")));
    }

    private static Session sessionHolding(WeekPlan week, String prescriptionId) {
        return week.sessions()
                .filter(s -> s.prescriptions().anyMatch(p -> p.id().equals(prescriptionId)))
                .findFirst()
                .orElseThrow(() -> new PlanEditRejected(Text.of("domain.refused.plan.exerciseGone")));
    }

    private static void requireInWeek(WeekPlan week, LocalDate date) {
        if (date == null
                || date.isBefore(week.weekStart())
                || date.isAfter(week.weekStart().plusDays(6))) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.dayInWeek", week.weekStart()));
        }
    }

    private static int clamp(int position, int size) {
        return Math.max(0, Math.min(position, size));
    }

    /** The week's days as editable lists. */
    private static final class Days {
        private final WeekPlan week;
        private final Map<LocalDate, List<Session>> byDate = new LinkedHashMap<>();

        Days(WeekPlan week) {
            this.week = week;
            for (PlanDay day : week.days()) {
                byDate.put(day.date(), new ArrayList<>(day.sessions()));
            }
        }

        List<Session> on(LocalDate date) {
            return byDate.computeIfAbsent(date, d -> new ArrayList<>());
        }

        Session remove(String sessionId) {
            for (List<Session> sessions : byDate.values()) {
                for (int i = 0; i < sessions.size(); i++) {
                    if (sessions.get(i).id().equals(sessionId)) {
                        return sessions.remove(i);
                    }
                }
            }
            throw new PlanEditRejected(Text.of("domain.refused.plan.sessionGone"));
        }

        void replace(Session updated) {
            for (List<Session> sessions : byDate.values()) {
                sessions.replaceAll(s -> s.id().equals(updated.id()) ? updated : s);
            }
        }

        WeekPlan toWeek() {
            List<PlanDay> days = new ArrayList<>();
            byDate.forEach((date, sessions) -> {
                if (!sessions.isEmpty()) {
                    days.add(new PlanDay(date, sessions));
                }
            });
            try {
                return new WeekPlan(week.weekStart(), days);
            } catch (IllegalArgumentException tooMuch) {
                throw new PlanEditRejected(tooMuch(), tooMuch);
            }
        }
    }

    /** A session's blocks as editable lists. */
    private static final class Blocks {
        private final Session session;
        private final Map<BlockType, List<Prescription>> byType = new EnumMap<>(BlockType.class);

        Blocks(Session session) {
            this.session = session;
            for (Block block : session.blocks()) {
                byType.put(block.type(), new ArrayList<>(block.prescriptions()));
            }
        }

        List<Prescription> of(BlockType type) {
            return byType.computeIfAbsent(type, t -> new ArrayList<>());
        }

        Prescription remove(String prescriptionId) {
            for (List<Prescription> items : byType.values()) {
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).id().equals(prescriptionId)) {
                        return items.remove(i);
                    }
                }
            }
            throw new PlanEditRejected(Text.of("domain.refused.plan.exerciseGone"));
        }

        void replace(Prescription changed) {
            for (List<Prescription> items : byType.values()) {
                items.replaceAll(p -> p.id().equals(changed.id()) ? changed : p);
            }
        }

        Session toSession() {
            List<Block> blocks = new ArrayList<>();
            byType.forEach((type, items) -> {
                if (!items.isEmpty()) {
                    blocks.add(new Block(type, items));
                }
            });
            try {
                return new Session(session.id(), session.kind(), session.title(), blocks, session.time());
            } catch (IllegalArgumentException tooMuch) {
                throw new PlanEditRejected(tooMuch(), tooMuch);
            }
        }
    }

    /** A week's limits, said to the person who reached one; the record's own message names ids and goes to the log. */
    private static Text tooMuch() {
        return Text.of(
                "domain.refused.plan.tooMuch",
                WeekPlan.MAX_SESSIONS_PER_DAY,
                WeekPlan.MAX_SESSIONS_PER_WEEK,
                Session.MAX_PRESCRIPTIONS);
    }
}
