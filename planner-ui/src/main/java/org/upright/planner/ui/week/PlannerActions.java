package org.upright.planner.ui.week;

import java.time.LocalDate;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.Session;
import org.upright.planner.exercise.Dose;

/** What the parts of the planner ask the board to do; the board turns each into a service call. */
interface PlannerActions {

    void addExercise(Session session);

    void editSession(Session session);

    void removeSession(Session session);

    void moveSession(Session session, LocalDate to, int position);

    void removePrescription(String prescriptionId);

    void movePrescription(String prescriptionId, String toSessionId, BlockType block, int position);

    /** Asks where to move an exercise: any session of the week, any block. */
    void chooseWhereToMove(String prescriptionId);

    /** Returns false when the change was refused, so the editor stays open with what was typed. */
    boolean changePrescription(String prescriptionId, Dose dose, Double loadKg, EffortTarget effort, String note);
}
