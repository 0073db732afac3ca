package org.upright.planner.journal;

import java.util.Objects;
import org.upright.planner.balance.Prescription;
import org.upright.planner.common.Text;
import org.upright.planner.exercise.Dose;

/**
 * What the lifter actually did for one prescription of a planned session, where they cared to
 * write it down. Every number is optional, but an entry says at least one thing.
 *
 * @param prescriptionId the prescription's id in the week plan
 * @param sets sets done, 0–{@value Dose#MAX_SETS}; {@code null} when not recorded
 * @param reps reps per set, 0–{@value Dose#MAX_REPS}; {@code null} when not recorded
 * @param loadKg load in kilograms, 0–600; {@code null} for body weight or not recorded
 */
public record ActualSet(String prescriptionId, Integer sets, Integer reps, Double loadKg) {

    public ActualSet {
        Objects.requireNonNull(prescriptionId, "prescriptionId is required");
        if (sets == null && reps == null && loadKg == null) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.ACTUALS, Text.of("domain.refused.journal.actualsEmpty"));
        }
        if (sets != null && (sets < 0 || sets > Dose.MAX_SETS)) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.ACTUALS, Text.of("domain.refused.journal.setsRange", Dose.MAX_SETS));
        }
        if (reps != null && (reps < 0 || reps > Dose.MAX_REPS)) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.ACTUALS, Text.of("domain.refused.journal.repsRange", Dose.MAX_REPS));
        }
        if (loadKg != null && !(loadKg >= 0 && loadKg <= Prescription.MAX_LOAD_KG)) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.ACTUALS,
                    Text.of("domain.refused.journal.loadRange", Prescription.MAX_LOAD_KG));
        }
    }
}
