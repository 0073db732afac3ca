package org.upright.planner.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.upright.planner.balance.Block;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.Text;

/**
 * A week taken apart into editable lists, for {@link PlanChange}: find a session or an exercise by
 * its id, take it out, put it back after a neighbour. The week's limits are checked before an
 * insert, so that a full day is reported in plain words rather than by the record's constructor.
 */
final class WeekDraft {

    /** Where a session is: its day and the session before it that day (null when first). */
    record SessionPlace(LocalDate date, String after, Session session) {}

    /** Where an exercise is: its session, block, the line before it in the block (null when first). */
    record PrescriptionPlace(String sessionId, BlockType block, String after, Prescription prescription) {}

    private final LocalDate weekStart;
    private final Map<LocalDate, List<Session>> days = new TreeMap<>();

    WeekDraft(WeekPlan week) {
        weekStart = week.weekStart();
        for (PlanDay day : week.days()) {
            days.put(day.date(), new ArrayList<>(day.sessions()));
        }
    }

    Optional<SessionPlace> findSession(String sessionId) {
        for (var day : days.entrySet()) {
            List<Session> sessions = day.getValue();
            for (int i = 0; i < sessions.size(); i++) {
                if (sessions.get(i).id().equals(sessionId)) {
                    return Optional.of(new SessionPlace(
                            day.getKey(), i == 0 ? null : sessions.get(i - 1).id(), sessions.get(i)));
                }
            }
        }
        return Optional.empty();
    }

    Optional<PrescriptionPlace> findPrescription(String prescriptionId) {
        for (List<Session> sessions : days.values()) {
            for (Session session : sessions) {
                for (Block block : session.blocks()) {
                    List<Prescription> lines = block.prescriptions();
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).id().equals(prescriptionId)) {
                            return Optional.of(new PrescriptionPlace(
                                    session.id(),
                                    block.type(),
                                    i == 0 ? null : lines.get(i - 1).id(),
                                    lines.get(i)));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    boolean usesId(String id) {
        return days.values().stream()
                .flatMap(List::stream)
                .anyMatch(s -> s.id().equals(id) || s.prescriptions().anyMatch(p -> p.id().equals(id)));
    }

    void removeSession(String sessionId) {
        days.values().forEach(sessions -> sessions.removeIf(s -> s.id().equals(sessionId)));
    }

    /**
     * Puts {@code session} on {@code date} right after {@code after}; first when {@code after} is
     * null, last when {@code after} is no longer on that day (someone moved or removed it).
     */
    void insertSession(LocalDate date, String after, Session session) {
        List<Session> sessions = days.computeIfAbsent(date, d -> new ArrayList<>());
        if (sessions.size() >= WeekPlan.MAX_SESSIONS_PER_DAY) {
            throw new ChangeConflict(Text.of("domain.refused.plan.dayFull", date, WeekPlan.MAX_SESSIONS_PER_DAY));
        }
        int total = days.values().stream().mapToInt(List::size).sum();
        if (total >= WeekPlan.MAX_SESSIONS_PER_WEEK) {
            throw new ChangeConflict(Text.of("domain.refused.plan.weekFull", WeekPlan.MAX_SESSIONS_PER_WEEK));
        }
        sessions.add(indexAfter(sessions.stream().map(Session::id).toList(), after), session);
    }

    void replaceSession(Session updated) {
        days.values().forEach(sessions -> sessions.replaceAll(s -> s.id().equals(updated.id()) ? updated : s));
    }

    void removePrescription(String prescriptionId) {
        for (List<Session> sessions : days.values()) {
            sessions.replaceAll(session -> session.prescriptions().anyMatch(p -> p.id().equals(prescriptionId))
                    ? edited(
                            session,
                            blocks -> blocks.values()
                                    .forEach(lines -> lines.removeIf(p -> p.id().equals(prescriptionId))))
                    : session);
        }
    }

    /** Same placement rule as {@link #insertSession}, within one block of one session. */
    void insertPrescription(String sessionId, BlockType block, String after, Prescription prescription) {
        Session session = findSession(sessionId).orElseThrow().session();
        if (session.prescriptions().count() >= Session.MAX_PRESCRIPTIONS) {
            throw new ChangeConflict(Text.of(
                    "domain.refused.plan.sessionFull", PlanChange.quoted(session.title()), Session.MAX_PRESCRIPTIONS));
        }
        replaceSession(edited(session, blocks -> {
            List<Prescription> lines = blocks.computeIfAbsent(block, b -> new ArrayList<>());
            lines.add(indexAfter(lines.stream().map(Prescription::id).toList(), after), prescription);
        }));
    }

    void replacePrescription(Prescription updated) {
        for (List<Session> sessions : days.values()) {
            sessions.replaceAll(session -> session.prescriptions().anyMatch(p -> p.id().equals(updated.id()))
                    ? edited(
                            session,
                            blocks -> blocks.values()
                                    .forEach(lines -> lines.replaceAll(p -> p.id().equals(updated.id()) ? updated : p)))
                    : session);
        }
    }

    WeekPlan toWeek() {
        List<PlanDay> planDays = new ArrayList<>();
        days.forEach((date, sessions) -> {
            if (!sessions.isEmpty()) {
                planDays.add(new PlanDay(date, sessions));
            }
        });
        return new WeekPlan(weekStart, planDays);
    }

    private static int indexAfter(List<String> ids, String after) {
        if (after == null) {
            return 0;
        }
        int at = ids.indexOf(after);
        return at < 0 ? ids.size() : at + 1;
    }

    /**
     * A session with its blocks edited as lists. A block the edit leaves empty is dropped, as the
     * planner does; one that was empty already stays.
     */
    private static Session edited(Session session, Consumer<Map<BlockType, List<Prescription>>> edit) {
        Map<BlockType, List<Prescription>> blocks = new EnumMap<>(BlockType.class);
        session.blocks().forEach(b -> blocks.put(b.type(), new ArrayList<>(b.prescriptions())));
        Set<BlockType> emptyBefore = session.blocks().stream()
                .filter(b -> b.prescriptions().isEmpty())
                .map(Block::type)
                .collect(Collectors.toSet());
        edit.accept(blocks);
        List<Block> result = new ArrayList<>();
        blocks.forEach((type, lines) -> {
            if (!lines.isEmpty() || emptyBefore.contains(type)) {
                result.add(new Block(type, lines));
            }
        });
        return new Session(session.id(), session.kind(), session.title(), result, session.time());
    }
}
