package org.upright.planner.exercise;

import static org.upright.planner.exercise.CatalogEntry.entry;
import static org.upright.planner.exercise.Equipment.BARBELL;
import static org.upright.planner.exercise.Equipment.BENCH;
import static org.upright.planner.exercise.Equipment.CABLE;
import static org.upright.planner.exercise.Equipment.DIP_BARS;
import static org.upright.planner.exercise.Equipment.DUMBBELL;
import static org.upright.planner.exercise.Equipment.NONE;
import static org.upright.planner.exercise.Equipment.PULL_UP_BAR;
import static org.upright.planner.exercise.Equipment.RESISTANCE_BAND;
import static org.upright.planner.exercise.MovementPattern.CARRY;
import static org.upright.planner.exercise.MovementPattern.CORE;
import static org.upright.planner.exercise.MovementPattern.HINGE;
import static org.upright.planner.exercise.MovementPattern.HORIZONTAL_PULL;
import static org.upright.planner.exercise.MovementPattern.HORIZONTAL_PUSH;
import static org.upright.planner.exercise.MovementPattern.LUNGE;
import static org.upright.planner.exercise.MovementPattern.SCAPULAR_STABILITY;
import static org.upright.planner.exercise.MovementPattern.SQUAT;
import static org.upright.planner.exercise.MovementPattern.VERTICAL_PULL;
import static org.upright.planner.exercise.MovementPattern.VERTICAL_PUSH;

import java.util.List;

/**
 * The common gym lifts a lifter plans around. Patterns are chosen the way a strength coach counts
 * sets; secondary patterns only where the lift really trains that pattern, not every muscle that
 * helps:
 *
 * <ul>
 *   <li>Deadlift and Romanian deadlift: hinge only. The upper back holds the bar isometrically but
 *       nothing is rowed, so they add no pull sets.
 *   <li>Barbell row: half a hinge, because the bent-over position is a held hinge under load.
 *   <li>Dips: vertical push (the arms drive down in line with the trunk, as in the classic pull-up
 *       and dip pairing) with half a horizontal push for the chest work.
 *   <li>Incline press: horizontal push with half a vertical push (it sits between the two).
 *   <li>Push-up, overhead press, farmer carry: half a core credit for the bracing they demand.
 *   <li>Face pull: scapular work (rear shoulders, retraction, external rotation) with half a
 *       horizontal pull for its rowing part. Band pull-apart: scapular work only (no elbow bend).
 *   <li>Pull-up, chin-up, lat pulldown; bench press; the rows; squat; lunge: no secondary.
 * </ul>
 *
 * <p>Default doses are ours: common strength ranges, heavier and lower-rep for the big barbell
 * lifts, higher-rep for the small upper-back work. Carries are timed, so they are dosed as holds.
 */
final class GymLifts {

    private GymLifts() {}

    static List<Exercise> entries() {
        return List.of(
                entry(CatalogSlugs.BENCH_PRESS, "Bench press")
                        .needs(BARBELL, BENCH)
                        .primary(HORIZONTAL_PUSH)
                        .dose(Dose.reps(3, 6, 10))
                        .steps(
                                "Lie on the bench with your eyes under the bar and feet flat on the floor.",
                                "Grip a little wider than the shoulders, pull the shoulder blades together and"
                                        + " down, and lift the bar out over your shoulders.",
                                "Lower it under control to the lower chest, forearms upright and elbows about 45°"
                                        + " from the body.",
                                "Press back up over the shoulders, keeping the shoulder blades set.")
                        .why("The main horizontal press for the chest, front shoulders and triceps. Balance it"
                                + " with at least as many sets of rows.")
                        .cautions("Use a spotter or safety arms when the weight is heavy. Flaring the elbows"
                                + " wide or letting the shoulder blades loosen strains the shoulders.")
                        .build(),
                entry(CatalogSlugs.INCLINE_PRESS, "Incline dumbbell press")
                        .needs(DUMBBELL, BENCH)
                        .primary(HORIZONTAL_PUSH)
                        .secondary(VERTICAL_PUSH)
                        .dose(Dose.reps(3, 8, 12))
                        .steps(
                                "Set an adjustable bench to a low incline (about 30°) and sit with a dumbbell on"
                                        + " each thigh.",
                                "Lie back, bring the dumbbells beside your chest and set the shoulder blades back"
                                        + " and down.",
                                "Press up and slightly inward over the upper chest, then lower under control.")
                        .why("Works the upper chest and front shoulders. The incline sits between a flat and an"
                                + " overhead press, so it counts half toward vertical pushing.")
                        .cautions("A steep incline turns it into a shoulder press; keep it low if the shoulders"
                                + " are irritable. Bring the dumbbells down safely at the end of the set.")
                        .build(),
                entry(CatalogSlugs.PUSH_UP, "Push-up")
                        .needs(NONE)
                        .primary(HORIZONTAL_PUSH)
                        .secondary(CORE)
                        .dose(Dose.reps(3, 8, 15))
                        .steps(
                                "Place your hands a little wider than the shoulders, body straight from head to"
                                        + " heels.",
                                "Lower your chest toward the floor, elbows angled back about 45°.",
                                "Push the floor away until the arms are straight, letting the shoulder blades"
                                        + " spread at the top.",
                                "Make it easier with hands on a wall or table, harder with the feet raised.")
                        .why("A horizontal press that needs no equipment and trains the trunk to hold a"
                                + " straight line at the same time.")
                        .cautions("Do not let the hips sag or the head poke forward; raise the hands if you"
                                + " cannot keep the body straight.")
                        .build(),
                entry(CatalogSlugs.DIPS, "Dips")
                        .needs(DIP_BARS)
                        .primary(VERTICAL_PUSH)
                        .secondary(HORIZONTAL_PUSH)
                        .dose(Dose.reps(3, 6, 10))
                        .steps(
                                "Support yourself on parallel bars with straight arms and the shoulders pressed"
                                        + " down, away from the ears.",
                                "Lean the chest slightly forward and bend the elbows until the upper arms are"
                                        + " about level with the floor, or higher if the shoulders object.",
                                "Press back up to straight arms.")
                        .why("A demanding press for the chest, triceps and front shoulders, and a good partner"
                                + " for pull-ups.")
                        .cautions("Deep dips strain the front of the shoulder: stop where you can keep the"
                                + " shoulders down and back. Begin with assisted or partial dips.")
                        .build(),
                entry(CatalogSlugs.OVERHEAD_PRESS, "Overhead press")
                        .needs(BARBELL)
                        .primary(VERTICAL_PUSH)
                        .secondary(CORE)
                        .dose(Dose.reps(3, 6, 10))
                        .steps(
                                "Stand with the bar resting at the front of your shoulders, hands just outside"
                                        + " them, feet hip-width apart.",
                                "Brace your trunk and squeeze your glutes.",
                                "Press the bar straight up, tipping the head back to let it pass, then bring the"
                                        + " head forward under the bar at the top.",
                                "Lower it to the shoulders under control.")
                        .why("The main vertical press for the shoulders and triceps; standing makes the trunk"
                                + " brace against the load.")
                        .cautions("Do not lean back to finish. If the arms cannot reach overhead without the lower"
                                + " back arching, work on thoracic mobility first.")
                        .build(),
                entry(CatalogSlugs.BARBELL_ROW, "Barbell row")
                        .needs(BARBELL)
                        .primary(HORIZONTAL_PULL)
                        .secondary(HINGE)
                        .dose(Dose.reps(3, 8, 12))
                        .steps(
                                "Stand with the bar over the middle of your feet, hinge at the hips with a flat"
                                        + " back to about 45° and grip just outside the knees.",
                                "Brace, then pull the bar to the lower ribs, leading with the elbows and squeezing"
                                        + " the shoulder blades together.",
                                "Lower under control without letting the upper back round.")
                        .why("A heavy horizontal pull for the whole upper back; holding the hinge also works"
                                + " the back extensors and hamstrings.")
                        .cautions("Rounded shoulders or back shift the load away from the target muscles: lower"
                                + " the weight before that happens, and do not heave with the torso.")
                        .build(),
                entry(CatalogSlugs.DUMBBELL_ROW, "One-arm dumbbell row")
                        .needs(DUMBBELL, BENCH)
                        .perSide()
                        .primary(HORIZONTAL_PULL)
                        .dose(Dose.repsPerSide(3, 8, 12))
                        .steps(
                                "Put one knee and the same-side hand on a bench, back flat and roughly level.",
                                "Hold a dumbbell in the free hand with the arm hanging straight.",
                                "Row the dumbbell toward your hip, elbow close to the body, finishing by drawing"
                                        + " the shoulder blade back.",
                                "Lower slowly to a full stretch; finish the set, then change sides.")
                        .why("A supported row that spares the lower back and lets each side work on its own,"
                                + " which shows up differences between them.")
                        .cautions("Do not twist the trunk to heave the weight up; keep the neck in line with the"
                                + " spine.")
                        .build(),
                entry(CatalogSlugs.SEATED_CABLE_ROW, "Seated cable row")
                        .needs(CABLE)
                        .primary(HORIZONTAL_PULL)
                        .dose(Dose.reps(3, 10, 12))
                        .steps(
                                "Sit at the cable row with feet on the platform, knees slightly bent, and take the"
                                        + " handle.",
                                "Sit tall with straight arms, letting the shoulder blades come forward.",
                                "Pull the handle to your lower ribs, elbows close, drawing the shoulder blades"
                                        + " together.",
                                "Return slowly to straight arms without rounding the lower back.")
                        .why("A steady, easy-to-load horizontal pull for the mid back; a good main row when"
                                + " the lower back needs a break from bent-over rows.")
                        .cautions("Do not rock the trunk back and forth to move the weight; keep the shoulders"
                                + " away from the ears.")
                        .build(),
                entry(CatalogSlugs.FACE_PULL, "Face pull")
                        .needs(CABLE)
                        .primary(SCAPULAR_STABILITY)
                        .secondary(HORIZONTAL_PULL)
                        .dose(Dose.reps(3, 12, 15))
                        .steps(
                                "Set a rope at about head height on a cable station and hold the ends, thumbs"
                                        + " toward you.",
                                "Step back so the weight lifts and stand tall with soft knees.",
                                "Pull the rope toward your face, spreading the ends, elbows high, until the hands"
                                        + " are beside your ears.",
                                "Pause, squeeze the shoulder blades together and return slowly.")
                        .why("Trains the rear shoulders, the muscles between the shoulder blades and the"
                                + " rotator cuff in one movement.")
                        .cautions("Keep the weight light and the movement slow; leaning back or shrugging means"
                                + " it is too heavy.")
                        .build(),
                entry(CatalogSlugs.BAND_PULL_APART, "Band pull-apart")
                        .needs(RESISTANCE_BAND)
                        .primary(SCAPULAR_STABILITY)
                        .dose(Dose.reps(3, 15, 20))
                        .steps(
                                "Hold a light band in front of your chest with straight arms, hands shoulder-width"
                                        + " apart.",
                                "Pull the band apart, moving the hands out to the sides until it nearly touches"
                                        + " your chest, shoulder blades squeezing together.",
                                "Return slowly, keeping the band under tension.")
                        .why("A quick, light drill for the rear shoulders and mid back, handy as a warm-up or"
                                + " between sets of pressing.")
                        .cautions("Keep the ribs down and the shoulders low; a band that is too strong makes you"
                                + " arch or shrug.")
                        .build(),
                entry(CatalogSlugs.PULL_UP, "Pull-up")
                        .needs(PULL_UP_BAR)
                        .primary(VERTICAL_PULL)
                        .dose(Dose.reps(3, 5, 8))
                        .steps(
                                "Hang from the bar with an overhand grip a little wider than the shoulders.",
                                "Start by drawing the shoulder blades down, then pull your chest toward the bar"
                                        + " until your chin clears it.",
                                "Lower under control to a full hang.",
                                "If 5 are out of reach, use band assistance or slow lowering-only reps.")
                        .why("The main vertical pull for the lats and upper back, building the strength that"
                                + " keeps the shoulders steady overhead.")
                        .cautions("No kipping or swinging. Start every rep with the shoulder blades rather than"
                                + " yanking with the arms.")
                        .build(),
                entry(CatalogSlugs.CHIN_UP, "Chin-up")
                        .needs(PULL_UP_BAR)
                        .primary(VERTICAL_PULL)
                        .dose(Dose.reps(3, 5, 8))
                        .steps(
                                "Hang from the bar with an underhand grip about shoulder-width apart.",
                                "Draw the shoulder blades down, then pull until your chin is over the bar.",
                                "Lower under control to a full hang.")
                        .why("A vertical pull with more biceps in it than the pull-up, and often the easier of"
                                + " the two to learn.")
                        .cautions("Heavy chin-ups can bother elbows and wrists; a neutral grip is kinder. No"
                                + " swinging.")
                        .build(),
                entry(CatalogSlugs.LAT_PULLDOWN, "Lat pulldown")
                        .needs(CABLE)
                        .primary(VERTICAL_PULL)
                        .dose(Dose.reps(3, 8, 12))
                        .steps(
                                "Sit with your thighs under the pads and grip the bar a little wider than the"
                                        + " shoulders.",
                                "Lean back slightly, draw the shoulder blades down and pull the bar to the upper"
                                        + " chest.",
                                "Let it rise under control until the arms are straight.")
                        .why("A vertical pull that can be loaded below body weight, which makes it the usual"
                                + " path toward pull-ups.")
                        .cautions("Never pull the bar behind the neck, and do not lean far back to move more"
                                + " weight.")
                        .build(),
                entry(CatalogSlugs.SQUAT, "Back squat")
                        .needs(BARBELL)
                        .primary(SQUAT)
                        .dose(Dose.reps(3, 5, 8))
                        .steps(
                                "Set the bar in a rack at mid-chest height; step under and rest it on your upper"
                                        + " back, not your neck.",
                                "Stand up with it, step back and set the feet about shoulder-width, toes turned"
                                        + " slightly out.",
                                "Brace, then sit down between your heels, knees following the toes, to thighs"
                                        + " level with the floor if that is comfortable.",
                                "Drive up through the whole foot with the chest up.")
                        .why("The main strength lift for the thighs and hips; a strong upper back is what holds"
                                + " the bar in place.")
                        .cautions("Squat inside a rack with the safety bars set. Keep the upper back tight;"
                                + " letting it round under the bar shifts strain onto the spine.")
                        .build(),
                entry(CatalogSlugs.DEADLIFT, "Deadlift")
                        .needs(BARBELL)
                        .primary(HINGE)
                        .dose(Dose.reps(3, 3, 5))
                        .steps(
                                "Stand with the bar over the middle of your feet, feet hip-width apart.",
                                "Hinge and bend the knees to grip the bar just outside the legs, shins touching"
                                        + " it.",
                                "Flatten the back, take the slack out of the bar and brace.",
                                "Push the floor away and stand up with the bar close; lower it by reversing the"
                                        + " movement.")
                        .why("Builds the hips, hamstrings and back extensors. The upper back works hard to"
                                + " keep the bar close, but it holds rather than rows, so the lift counts as a"
                                + " hinge, not a pull.")
                        .cautions("End the set when your back starts to round, and never jerk the bar off the"
                                + " floor. Letting the shoulders round puts the load where it does not belong.")
                        .build(),
                entry(CatalogSlugs.ROMANIAN_DEADLIFT, "Romanian deadlift")
                        .needs(BARBELL)
                        .primary(HINGE)
                        .dose(Dose.reps(3, 8, 10))
                        .steps(
                                "Stand tall holding the bar at your hips, knees softly bent.",
                                "Push the hips back and slide the bar down the thighs with a flat back until the"
                                        + " hamstrings are stretched, usually around mid-shin.",
                                "Drive the hips forward to stand back up.")
                        .why("Trains the hamstrings and glutes through a long range and teaches a clean hip"
                                + " hinge.")
                        .cautions("The range ends where your back would start to round, not at the floor. Keep"
                                + " the bar touching the legs.")
                        .build(),
                entry(CatalogSlugs.LUNGE, "Lunge")
                        .needs(NONE)
                        .perSide()
                        .primary(LUNGE)
                        .dose(Dose.repsPerSide(3, 8, 10))
                        .steps(
                                "Stand tall with the feet hip-width apart.",
                                "Take a long step forward and lower the back knee toward the floor until both"
                                        + " knees are bent about 90°.",
                                "Push through the front foot to come back; do all reps on one side, then the"
                                        + " other.",
                                "Add load only once your balance is steady.")
                        .why("Builds the legs one side at a time, together with balance and hip control.")
                        .cautions("Keep the front knee in line with the toes. Hold a wall or chair for balance,"
                                + " and shorten the step if the knees complain.")
                        .build(),
                entry(CatalogSlugs.PLANK, "Plank")
                        .needs(NONE)
                        .primary(CORE)
                        .dose(Dose.hold(3, 20, 40, false))
                        .steps(
                                "Rest on your forearms and toes with the elbows under the shoulders.",
                                "Tighten the stomach and glutes so the body is straight from head to heels.",
                                "Push the floor away so the shoulder blades do not sag together.",
                                "Breathe steadily and hold for 20–40 seconds.")
                        .why("Teaches the trunk to resist sagging: the same bracing that protects the back"
                                + " when you lift.")
                        .cautions("Stop the hold as soon as the hips drop or the lower back aches; shorter, good"
                                + " holds beat long, sagging ones.")
                        .build(),
                entry(CatalogSlugs.FARMER_CARRY, "Farmer carry")
                        .needs(DUMBBELL)
                        .primary(CARRY)
                        .secondary(CORE)
                        .dose(Dose.hold(3, 30, 40, false))
                        .steps(
                                "Pick up a heavy dumbbell in each hand with a proper hip hinge.",
                                "Stand tall: shoulders down and slightly back, ribs down.",
                                "Walk with short, steady steps for 30–40 seconds.",
                                "Set the weights down the same way you picked them up.")
                        .why("Builds grip, trunk and upper-back endurance for holding a good posture under" + " load.")
                        .cautions("Do not let the shoulders roll forward or the weights pull you into a lean."
                                + " Clear the walking path first.")
                        .build());
    }
}
