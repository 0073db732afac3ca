package org.upright.planner.exercise;

import static org.upright.planner.exercise.CatalogEntry.entry;
import static org.upright.planner.exercise.Equipment.DUMBBELL;
import static org.upright.planner.exercise.Equipment.FOAM_ROLLER;
import static org.upright.planner.exercise.Equipment.NONE;
import static org.upright.planner.exercise.Equipment.RESISTANCE_BAND;
import static org.upright.planner.exercise.MovementPattern.HORIZONTAL_PULL;
import static org.upright.planner.exercise.MovementPattern.SCAPULAR_STABILITY;
import static org.upright.planner.exercise.MovementPattern.THORACIC_MOBILITY;

import java.util.List;

/**
 * Drills the guide does not name but a coach reaches for with the same aims: thoracic extension
 * (the guide stresses it), wall angels, reverse flies, and a band face pull so that a lifter with
 * only a band still has a face pull (an exercise lists everything it needs, so the cable and band
 * versions are separate entries). Doses are ours: moderate, high-rep, light.
 */
final class UpperBackAdditions {

    private UpperBackAdditions() {}

    static List<Exercise> entries() {
        return List.of(
                entry(CatalogSlugs.THORACIC_EXTENSION_FOAM_ROLLER, "Thoracic extension over a foam roller")
                        .needs(FOAM_ROLLER)
                        .primary(THORACIC_MOBILITY)
                        .dose(Dose.reps(1, 8, 10).upToSets(2))
                        .steps(
                                "Sit on the floor with the roller behind you, across the back just below the"
                                        + " shoulder blades.",
                                "Lie back onto it with knees bent and hands behind your head, elbows in, taking"
                                        + " the weight of your head.",
                                "Keep the ribs down and let the upper back arch gently over the roller, then curl"
                                        + " back up: that is one rep.",
                                "Do 8–10 reps, then move the roller a few centimetres higher for another set.")
                        .why("Brings back the arching movement a rounded upper back loses, which makes"
                                + " overhead lifts and sitting upright easier.")
                        .cautions("Keep the bend in the upper back: the lower back should not arch, and the"
                                + " roller never goes under the lower back or neck. Stop if it causes sharp"
                                + " pain.")
                        .build(),
                entry(CatalogSlugs.WALL_ANGEL, "Wall angels")
                        .needs(NONE)
                        .primary(SCAPULAR_STABILITY)
                        .secondary(THORACIC_MOBILITY)
                        .dose(Dose.reps(2, 8, 10))
                        .steps(
                                "Stand with your heels a short step from a wall and your hips, upper back and"
                                        + " head against it.",
                                "Raise your arms into a goalpost shape, backs of the arms and hands toward the"
                                        + " wall as far as is comfortable.",
                                "Slide the arms slowly up, then draw them back down by pulling the shoulder blades"
                                        + " down.",
                                "Do 2 sets of 8–10 slow reps.")
                        .why("Trains the muscles that lower and rotate the shoulder blades while the upper"
                                + " back stays upright: posture practice with the wall as a built-in check."
                                + " Counted as scapular work with half a thoracic-mobility credit.")
                        .cautions("Keep the ribs down; if your lower back lifts off the wall, use a smaller"
                                + " range. The hands do not have to touch the wall.")
                        .build(),
                entry(CatalogSlugs.REVERSE_FLY, "Dumbbell reverse fly")
                        .needs(DUMBBELL)
                        .primary(SCAPULAR_STABILITY)
                        .dose(Dose.reps(3, 12, 15))
                        .steps(
                                "Hold light dumbbells and hinge forward at the hips with a flat back, arms"
                                        + " hanging under the shoulders.",
                                "With a soft bend in the elbows, raise the arms out to the sides until level with"
                                        + " the body, squeezing the shoulder blades together.",
                                "Lower slowly; do 3 sets of 12–15.")
                        .why("Strengthens the rear shoulders and the muscles between the shoulder blades that"
                                + " counter a lot of pressing. The elbows do not bend through the lift, so it"
                                + " is counted as scapular work rather than a row.")
                        .cautions("Keep the weights light. Feeling it mostly in the neck means you are shrugging."
                                + " Rest the chest on an incline bench if the hinge tires the lower back.")
                        .build(),
                entry(CatalogSlugs.BAND_FACE_PULL, "Band face pull")
                        .needs(RESISTANCE_BAND)
                        .primary(SCAPULAR_STABILITY)
                        .secondary(HORIZONTAL_PULL)
                        .dose(Dose.reps(3, 12, 15))
                        .steps(
                                "Fix the band at about head height and hold one end in each hand, palms down.",
                                "Step back until the band is taut and stand tall.",
                                "Pull toward your face with the elbows high and wide, finishing with the hands"
                                        + " beside your ears and the shoulder blades squeezed.",
                                "Return slowly; do 3 sets of 12–15.")
                        .why("Trains the rear shoulders, the muscles between the shoulder blades and the"
                                + " rotator cuff together, with nothing more than a band.")
                        .cautions("Use a light band and move slowly; leaning back or shrugging means it is too"
                                + " strong. Check the anchor before every set.")
                        .build());
    }
}
