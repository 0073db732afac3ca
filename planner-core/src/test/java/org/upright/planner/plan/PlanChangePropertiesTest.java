package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.upright.planner.balance.WeekPlan;

/**
 * Properties of plan changes over a thousand random weeks and random edits each (seeded, see
 * docs/adr/0004; every failure names its seed). Pure: no database.
 */
class PlanChangePropertiesTest {

    static final int TRIES = 1000;

    @Test
    void theChangeBetweenTwoVersionsMakesOneIntoTheOtherAndItsUndoMakesItBack() {
        for (long seed = 0; seed < TRIES; seed++) {
            RandomPlanEdits random = new RandomPlanEdits(seed);
            WeekPlan before = random.week();
            WeekPlan after = random.edits(before, 1 + random.nextInt(6));

            PlanChange.Applied applied = PlanChange.between(before, after).applyTo(before);

            assertThat(applied.week()).as("seed %d: change", seed).isEqualTo(after);
            assertThat(applied.undo().applyTo(after).week())
                    .as("seed %d: undo", seed)
                    .isEqualTo(before);
        }
    }

    @Test
    void evenTwoUnrelatedWeeksAreOneChangeApart() {
        for (long seed = 0; seed < TRIES; seed++) {
            WeekPlan one = new RandomPlanEdits(seed).week();
            WeekPlan other = new RandomPlanEdits(seed + TRIES).week();

            PlanChange.Applied applied = PlanChange.between(one, other).applyTo(one);

            assertThat(applied.week()).as("seed %d: change", seed).isEqualTo(other);
            assertThat(applied.undo().applyTo(other).week())
                    .as("seed %d: undo", seed)
                    .isEqualTo(one);
        }
    }

    /**
     * I edit, someone else edits after me, I undo: whatever they did is still there, or my undo is
     * refused as a whole. Both outcomes must actually happen over the run, or the check is hollow.
     */
    @Test
    void undoingMyEditsNeverOverwritesWhatSomeoneElseDidSince() {
        int undone = 0;
        int refused = 0;
        for (long seed = 0; seed < TRIES; seed++) {
            RandomPlanEdits random = new RandomPlanEdits(seed);
            WeekPlan start = random.week();
            WeekPlan mine = random.edits(start, 1 + random.nextInt(3));
            PlanChange undo = PlanChange.between(start, mine).applyTo(start).undo();
            WeekPlan theirs = random.edits(mine, 1 + random.nextInt(3));

            WeekPlan result;
            try {
                result = undo.applyTo(theirs).week();
            } catch (ChangeConflict refusedAsAWhole) {
                refused++;
                continue;
            }
            undone++;
            Footprint.of(mine, theirs).holdsIn(result, "seed " + seed + ": their");
        }
        assertThat(undone).as("undos that went through").isGreaterThan(TRIES / 3);
        assertThat(refused).as("undos refused").isPositive();
    }

    /**
     * We both edit the same version; theirs is saved first; mine is applied again on top: both
     * people's work is in the result, or mine is refused as a whole.
     */
    @Test
    void applyingMyEditAgainOnTopOfTheirsKeepsBothOrChangesNothing() {
        int applied = 0;
        int refused = 0;
        for (long seed = 0; seed < TRIES; seed++) {
            RandomPlanEdits random = new RandomPlanEdits(seed);
            WeekPlan seen = random.week();
            WeekPlan mine = random.edits(seen, 1 + random.nextInt(3));
            WeekPlan theirs = random.edits(seen, 1 + random.nextInt(3));

            WeekPlan result;
            try {
                result = PlanChange.between(seen, mine).applyTo(theirs).week();
            } catch (ChangeConflict refusedAsAWhole) {
                refused++;
                continue;
            }
            applied++;
            Footprint.of(seen, theirs).holdsIn(result, "seed " + seed + ": their");
            Footprint.of(seen, mine).holdsIn(result, "seed " + seed + ": my");
        }
        assertThat(applied).as("changes applied again").isGreaterThan(TRIES / 3);
        assertThat(refused).as("changes refused").isPositive();
    }
}
