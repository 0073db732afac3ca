package org.upright.planner.plan.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.upright.planner.balance.Block;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.DoseType;
import org.upright.planner.exercise.ExerciseLookup;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of a week: plain records with exercises referred to by slug. Kept separate from
 * the domain records so that the stored format changes only on purpose ({@link #SCHEMA}).
 */
public final class WeekDocument {

    /** Bump with a migration when the stored shape changes. */
    static final int SCHEMA = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record StoredWeek(int schema, LocalDate weekStart, List<StoredDay> days) {}

    record StoredDay(LocalDate date, List<StoredSession> sessions) {}

    /** @param time when it starts in the lifter's zone; absent in weeks stored before issue 13 */
    record StoredSession(String id, SessionKind kind, String title, List<StoredBlock> blocks, LocalTime time) {}

    record StoredBlock(BlockType type, List<StoredPrescription> prescriptions) {}

    record StoredPrescription(
            String id,
            String exercise,
            DoseType doseType,
            int sets,
            int low,
            int high,
            boolean perSide,
            Double loadKg,
            Double rpe,
            Integer repsInReserve,
            String note) {}

    private WeekDocument() {}

    public static String write(WeekPlan week) {
        return JSON.writeValueAsString(new StoredWeek(
                SCHEMA,
                week.weekStart(),
                week.days().stream()
                        .map(day -> new StoredDay(
                                day.date(),
                                day.sessions().stream().map(WeekDocument::store).toList()))
                        .toList()));
    }

    public static WeekPlan read(String content, ExerciseLookup exercises) {
        StoredWeek stored = JSON.readValue(content, StoredWeek.class);
        return new WeekPlan(
                stored.weekStart(),
                stored.days().stream()
                        .map(day -> new PlanDay(
                                day.date(),
                                day.sessions().stream()
                                        .map(s -> restore(s, exercises))
                                        .toList()))
                        .toList());
    }

    private static StoredSession store(Session session) {
        return new StoredSession(
                session.id(),
                session.kind(),
                session.title(),
                session.blocks().stream()
                        .map(block -> new StoredBlock(
                                block.type(),
                                block.prescriptions().stream()
                                        .map(WeekDocument::store)
                                        .toList()))
                        .toList(),
                session.time());
    }

    private static StoredPrescription store(Prescription p) {
        Dose dose = p.dose();
        Double rpe = p.effort() instanceof EffortTarget.Rpe r ? r.value() : null;
        Integer rir = p.effort() instanceof EffortTarget.RepsInReserve r ? r.reps() : null;
        return new StoredPrescription(
                p.id(),
                p.exercise().slug(),
                dose.type(),
                dose.sets(),
                dose.low(),
                dose.high(),
                dose.perSide(),
                p.loadKg(),
                rpe,
                rir,
                p.note());
    }

    private static Session restore(StoredSession s, ExerciseLookup exercises) {
        return new Session(
                s.id(),
                s.kind(),
                s.title(),
                s.blocks().stream()
                        .map(b -> new Block(
                                b.type(),
                                b.prescriptions().stream()
                                        .map(p -> restore(p, exercises))
                                        .toList()))
                        .toList(),
                s.time());
    }

    private static Prescription restore(StoredPrescription p, ExerciseLookup exercises) {
        EffortTarget effort = p.rpe() != null
                ? EffortTarget.rpe(p.rpe())
                : p.repsInReserve() != null ? EffortTarget.repsInReserve(p.repsInReserve()) : null;
        return new Prescription(
                p.id(),
                exercises.require(p.exercise()),
                new Dose(p.doseType(), p.sets(), p.low(), p.high(), p.perSide()),
                p.loadKg(),
                effort,
                p.note());
    }
}
