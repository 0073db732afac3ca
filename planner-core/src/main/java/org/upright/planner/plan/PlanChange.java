package org.upright.planner.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.Text;
import org.upright.planner.exercise.Dose;

/**
 * What one edit did to a week, as steps that can be applied to whatever the week has become since
 * — and reversed. Each step names the session or exercise it touches by the id that thing keeps for
 * life, and carries what it expects to find there. Applied to a week someone else has changed in
 * between, a step either still fits (the other changes stay as they are) or is refused with a
 * {@link ChangeConflict} that says what is in the way; it never overwrites what it did not expect.
 *
 * <p>This is what undo, redo and "apply my change again" replay (docs/adr/0009): never a stored copy
 * of the week. The reverse of a step is worked out from the week it was applied to, so undoing a
 * step right after it restores that week exactly. Pure: nothing here touches the database.
 */
public sealed interface PlanChange {

    /**
     * The week after a change, and the change that takes it back exactly.
     *
     * @param undo worked out from the week the change was applied to
     */
    record Applied(WeekPlan week, PlanChange undo) {}

    /** Applies this change to {@code week}, or refuses with {@link ChangeConflict} naming what no longer fits. */
    Applied applyTo(WeekPlan week);

    /** The single steps this change is made of, in order. */
    default Stream<PlanChange> steps() {
        return Stream.of(this);
    }

    default boolean isEmpty() {
        return false;
    }

    /**
     * The change that turns {@code before} into {@code after}, found by the ids sessions and
     * exercises keep: applied to {@code before} it gives exactly {@code after}.
     */
    static PlanChange between(WeekPlan before, WeekPlan after) {
        return PlanDiff.between(before, after);
    }

    static PlanChange none() {
        return Steps.NONE;
    }

    /** Put a whole session on {@code date}, right after session {@code after} (first when null). */
    record AddSession(LocalDate date, String after, Session session) implements PlanChange {
        @Override
        public Applied applyTo(WeekPlan week) {
            WeekDraft draft = new WeekDraft(week);
            if (draft.usesId(session.id()) || session.prescriptions().anyMatch(p -> draft.usesId(p.id()))) {
                throw new ChangeConflict(Text.of("domain.refused.plan.alreadyInWeek", quoted(session.title())));
            }
            draft.insertSession(date, after, session);
            return new Applied(draft.toWeek(), new RemoveSession(session));
        }
    }

    /** Take out a session, as long as it is exactly as expected (nobody added to it meanwhile). */
    record RemoveSession(Session session) implements PlanChange {
        @Override
        public Applied applyTo(WeekPlan week) {
            WeekDraft draft = new WeekDraft(week);
            WeekDraft.SessionPlace place =
                    draft.findSession(session.id()).orElseThrow(() -> gone(quoted(session.title())));
            if (!place.session().equals(session)) {
                throw changed(quoted(session.title()));
            }
            draft.removeSession(session.id());
            return new Applied(draft.toWeek(), new AddSession(place.date(), place.after(), session));
        }
    }

    /** Move a session from day {@code from} to day {@code to}, right after session {@code after}. */
    record MoveSession(String sessionId, String title, LocalDate from, LocalDate to, String after)
            implements PlanChange {
        @Override
        public Applied applyTo(WeekPlan week) {
            WeekDraft draft = new WeekDraft(week);
            WeekDraft.SessionPlace place = draft.findSession(sessionId).orElseThrow(() -> gone(quoted(title)));
            if (!place.date().equals(from)) {
                throw new ChangeConflict(Text.of("domain.refused.plan.movedToAnotherDay", quoted(title)));
            }
            draft.removeSession(sessionId);
            draft.insertSession(to, after, place.session());
            return new Applied(draft.toWeek(), new MoveSession(sessionId, title, to, from, place.after()));
        }
    }

    /**
     * Change a session's kind and title. Only what differs between {@code from…} and {@code to…}
     * is touched, so a rename and someone else's change of kind both survive.
     */
    record RenameSession(String sessionId, SessionKind fromKind, String fromTitle, SessionKind toKind, String toTitle)
            implements PlanChange {
        @Override
        public Applied applyTo(WeekPlan week) {
            WeekDraft draft = new WeekDraft(week);
            Session current = draft.findSession(sessionId)
                    .orElseThrow(() -> gone(quoted(fromTitle)))
                    .session();
            SessionKind kind = take(current.kind(), fromKind, toKind, quoted(fromTitle));
            String title = take(current.title(), fromTitle, toTitle, quoted(fromTitle));
            draft.replaceSession(new Session(sessionId, kind, title, current.blocks(), current.time()));
            return new Applied(draft.toWeek(), new RenameSession(sessionId, toKind, toTitle, fromKind, fromTitle));
        }
    }

    /**
     * Change the time of day a session starts ({@code null}: none). Refused when someone else has
     * set another time meanwhile.
     */
    record SetSessionTime(String sessionId, String title, LocalTime from, LocalTime to) implements PlanChange {
        @Override
        public Applied applyTo(WeekPlan week) {
            WeekDraft draft = new WeekDraft(week);
            Session current = draft.findSession(sessionId)
                    .orElseThrow(() -> gone(quoted(title)))
                    .session();
            LocalTime time = take(current.time(), from, to, quoted(title));
            draft.replaceSession(current.at(time));
            return new Applied(draft.toWeek(), new SetSessionTime(sessionId, title, to, from));
        }
    }

    /** Put an exercise into a block of a session, right after line {@code after} (first when null). */
    record AddPrescription(String sessionId, BlockType block, String after, Prescription prescription)
            implements PlanChange {
        @Override
        public Applied applyTo(WeekPlan week) {
            WeekDraft draft = new WeekDraft(week);
            String name = prescription.exercise().name();
            if (draft.usesId(prescription.id())) {
                throw new ChangeConflict(Text.of("domain.refused.plan.alreadyInWeek", name));
            }
            if (draft.findSession(sessionId).isEmpty()) {
                throw new ChangeConflict(Text.of("domain.refused.plan.sessionOfGone", name));
            }
            draft.insertPrescription(sessionId, block, after, prescription);
            return new Applied(draft.toWeek(), new RemovePrescription(prescription));
        }
    }

    /** Take out an exercise, as long as its dose, load, effort and note are as expected. */
    record RemovePrescription(Prescription prescription) implements PlanChange {
        @Override
        public Applied applyTo(WeekPlan week) {
            WeekDraft draft = new WeekDraft(week);
            String name = prescription.exercise().name();
            WeekDraft.PrescriptionPlace place =
                    draft.findPrescription(prescription.id()).orElseThrow(() -> gone(name));
            if (!place.prescription().equals(prescription)) {
                throw changed(name);
            }
            draft.removePrescription(prescription.id());
            return new Applied(
                    draft.toWeek(), new AddPrescription(place.sessionId(), place.block(), place.after(), prescription));
        }
    }

    /** Move an exercise from a block of one session to a block of another (or the same), after line {@code after}. */
    record MovePrescription(
            String prescriptionId,
            String exercise,
            String fromSession,
            BlockType fromBlock,
            String toSession,
            BlockType toBlock,
            String after)
            implements PlanChange {
        @Override
        public Applied applyTo(WeekPlan week) {
            WeekDraft draft = new WeekDraft(week);
            WeekDraft.PrescriptionPlace place =
                    draft.findPrescription(prescriptionId).orElseThrow(() -> gone(exercise));
            if (!place.sessionId().equals(fromSession) || place.block() != fromBlock) {
                throw new ChangeConflict(Text.of("domain.refused.plan.movedSince", exercise));
            }
            if (draft.findSession(toSession).isEmpty()) {
                throw new ChangeConflict(Text.of("domain.refused.plan.targetSessionGone", exercise));
            }
            draft.removePrescription(prescriptionId);
            draft.insertPrescription(toSession, toBlock, after, place.prescription());
            return new Applied(
                    draft.toWeek(),
                    new MovePrescription(
                            prescriptionId, exercise, toSession, toBlock, fromSession, fromBlock, place.after()));
        }
    }

    /**
     * Change how much of an exercise. Only the parts that differ between {@code from} and {@code to}
     * are touched: a new load and someone else's new note both survive; two new loads do not.
     */
    record ChangePrescription(String prescriptionId, String exercise, Dosage from, Dosage to) implements PlanChange {
        @Override
        public Applied applyTo(WeekPlan week) {
            WeekDraft draft = new WeekDraft(week);
            Prescription current = draft.findPrescription(prescriptionId)
                    .orElseThrow(() -> gone(exercise))
                    .prescription();
            Dosage now = Dosage.of(current);
            Dosage merged = new Dosage(
                    take(now.dose(), from.dose(), to.dose(), exercise),
                    take(now.loadKg(), from.loadKg(), to.loadKg(), exercise),
                    take(now.effort(), from.effort(), to.effort(), exercise),
                    take(now.note(), from.note(), to.note(), exercise));
            draft.replacePrescription(merged.on(current));
            return new Applied(draft.toWeek(), new ChangePrescription(prescriptionId, exercise, to, from));
        }
    }

    /** How much of an exercise: the parts of a prescription that a dose change touches. */
    record Dosage(Dose dose, Double loadKg, EffortTarget effort, String note) {

        static Dosage of(Prescription p) {
            return new Dosage(p.dose(), p.loadKg(), p.effort(), p.note());
        }

        Prescription on(Prescription p) {
            return new Prescription(p.id(), p.exercise(), dose, loadKg, effort, note);
        }
    }

    /** Several steps applied in order, all or nothing: one click, one undo. */
    record Steps(List<PlanChange> changes) implements PlanChange {

        static final Steps NONE = new Steps(List.of());

        public Steps {
            changes = List.copyOf(changes);
        }

        @Override
        public Applied applyTo(WeekPlan week) {
            WeekPlan result = week;
            List<PlanChange> undo = new ArrayList<>();
            for (PlanChange change : changes) {
                Applied applied = change.applyTo(result);
                result = applied.week();
                undo.addFirst(applied.undo());
            }
            return new Applied(result, undo.size() == 1 ? undo.getFirst() : new Steps(undo));
        }

        @Override
        public Stream<PlanChange> steps() {
            return changes.stream().flatMap(PlanChange::steps);
        }

        @Override
        public boolean isEmpty() {
            return changes.stream().allMatch(PlanChange::isEmpty);
        }
    }

    /**
     * The value to keep for one field: unchanged by this step → what is there now; changed → the
     * new value, provided nobody else changed the field meanwhile.
     */
    private static <T> T take(T current, T from, T to, Object what) {
        if (Objects.equals(from, to)) {
            return current;
        }
        if (!Objects.equals(current, from)) {
            throw changed(what);
        }
        return to;
    }

    /** @param what an exercise's name, or a session's {@linkplain #quoted(String) quoted} title */
    private static ChangeConflict gone(Object what) {
        return new ChangeConflict(Text.of("domain.refused.plan.gone", what));
    }

    private static ChangeConflict changed(Object what) {
        return new ChangeConflict(Text.of("domain.refused.plan.changedSince", what));
    }

    /** A title someone typed, in the quotation marks of the reader's language. */
    static Text quoted(String title) {
        return Text.of("domain.refused.plan.quoted", title);
    }
}
