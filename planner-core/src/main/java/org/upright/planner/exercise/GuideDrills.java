package org.upright.planner.exercise;

import static org.upright.planner.exercise.CatalogEntry.entry;
import static org.upright.planner.exercise.Equipment.BALL;
import static org.upright.planner.exercise.Equipment.DOORWAY;
import static org.upright.planner.exercise.Equipment.FOAM_ROLLER;
import static org.upright.planner.exercise.Equipment.HEAT_COLD_PACK;
import static org.upright.planner.exercise.Equipment.MASSAGE_GUN;
import static org.upright.planner.exercise.Equipment.NONE;
import static org.upright.planner.exercise.Equipment.RESISTANCE_BAND;
import static org.upright.planner.exercise.MovementPattern.BREATHING;
import static org.upright.planner.exercise.MovementPattern.CONDITIONING;
import static org.upright.planner.exercise.MovementPattern.GENERAL_MOBILITY;
import static org.upright.planner.exercise.MovementPattern.HORIZONTAL_PULL;
import static org.upright.planner.exercise.MovementPattern.SCAPULAR_STABILITY;
import static org.upright.planner.exercise.MovementPattern.SOFT_TISSUE;
import static org.upright.planner.exercise.MovementPattern.STRETCH;
import static org.upright.planner.exercise.MovementPattern.THERMAL;
import static org.upright.planner.exercise.MovementPattern.THORACIC_MOBILITY;

import java.util.List;

/**
 * The drills and tools the upper-back guide names, with the guide's doses. Where the guide gives a
 * range of sets ("2–3 ×"), the default plans the lower end and keeps the upper end as
 * {@link Dose#maxSets()}, as the guide's own sample routine does.
 *
 * <p>Choices the guide leaves open: ball and massage-gun work is dosed as holds where one set is
 * one tender spot (up to three); shoulder circles and neck rolls get about two minutes each (the
 * guide gives two minutes for the pair as a warm-up); the walking break is one to five minutes
 * (the guide says even one minute helps).
 */
final class GuideDrills {

    private GuideDrills() {}

    static List<Exercise> entries() {
        return List.of(
                entry(CatalogSlugs.THORACIC_ROTATION, "Thoracic rotation")
                        .needs(NONE)
                        .perSide()
                        .primary(THORACIC_MOBILITY)
                        .dose(Dose.repsPerSide(1, 10, 10))
                        .steps(
                                "Sit on a chair or stand, tall through the spine, with your hands resting on the"
                                        + " opposite shoulders.",
                                "Keep your hips and knees pointing ahead and turn your ribcage to one side as far"
                                        + " as feels easy.",
                                "Pause there for two or three seconds, then come back to face forward.",
                                "Do 10 turns to one side, then 10 to the other.")
                        .why("Turning through the upper back keeps it from stiffening, so the neck and lower"
                                + " back do not have to make up for the movement it has lost.")
                        .cautions("Turn only as far as is comfortable and do not bounce at the end. Stop if it"
                                + " brings on sharp pain or pain that spreads into an arm.")
                        .build(),
                entry(CatalogSlugs.CAT_COW, "Cat-cow")
                        .needs(NONE)
                        .primary(THORACIC_MOBILITY)
                        .dose(Dose.rounds(1, 8, 12))
                        .steps(
                                "Kneel on all fours: hands under the shoulders with fingers spread, knees under"
                                        + " the hips.",
                                "Breathing in, let the belly sink and lift the chest and tailbone, aiming the arch"
                                        + " at the middle of your back (cow).",
                                "Breathing out, press the floor away and round your upper back toward the"
                                        + " ceiling, chin drifting down (cat).",
                                "Flow slowly between the two, one breath each way, for 8–12 rounds.")
                        .why("It bends and arches the whole spine. Putting the effort between the shoulder"
                                + " blades works the stiff upper back instead of the lower back, which"
                                + " already moves easily.")
                        .cautions("Move slowly and within comfort. A folded towel under the knees helps on a"
                                + " hard floor; rest on your fists if your wrists complain.")
                        .build(),
                entry(CatalogSlugs.DOORWAY_PEC_STRETCH, "Doorway pec stretch")
                        .needs(DOORWAY)
                        .perSide()
                        .primary(STRETCH)
                        .dose(Dose.hold(2, 20, 30, true).upToSets(3))
                        .steps(
                                "Stand in an open doorway and rest one forearm on the frame, elbow bent to about a"
                                        + " right angle at shoulder height.",
                                "Step through with the foot on the same side until you feel a mild stretch across"
                                        + " the front of the chest and shoulder.",
                                "Stand tall with the ribs down and breathe slowly for 20–30 seconds.",
                                "Change sides; do 2–3 holds on each side.")
                        .why("A tight chest draws the shoulders forward, and the upper back then works"
                                + " against it all day. Easing the chest lets the shoulders settle back with"
                                + " less effort.")
                        .cautions("Aim for a gentle pull, never pain. If the arm tingles or goes numb, or the"
                                + " front of the shoulder pinches, lower the elbow and ease off.")
                        .build(),
                entry(CatalogSlugs.CHILDS_POSE_WITH_REACH, "Child's pose with reach")
                        .needs(NONE)
                        .perSide()
                        .primary(STRETCH)
                        .secondary(THORACIC_MOBILITY)
                        .dose(Dose.hold(2, 20, 30, true).upToSets(3))
                        .steps(
                                "Start on all fours, then sit your hips back toward your heels with the arms"
                                        + " reaching long in front.",
                                "Walk both hands over to one side until you feel the stretch along the other side"
                                        + " of your trunk and between the shoulder blades.",
                                "Let your forehead rest, breathe into your back and stay for 20–30 seconds.",
                                "Walk the hands to the other side; do 2–3 holds on each side.")
                        .why("Lengthens the muscles around the shoulder blades and along the sides of the"
                                + " trunk in a restful position that also helps you calm down.")
                        .cautions("Widen the knees or put a cushion between hips and heels if the knees object;"
                                + " skip it if kneeling hurts.")
                        .build(),
                entry(CatalogSlugs.SCAPULAR_SQUEEZE, "Scapular squeezes")
                        .needs(NONE)
                        .primary(SCAPULAR_STABILITY)
                        .dose(Dose.reps(3, 10, 15))
                        .steps(
                                "Sit or stand tall with your arms relaxed at your sides.",
                                "Draw the shoulder blades toward each other and down toward your waist, without"
                                        + " shrugging or arching the lower back.",
                                "Keep the squeeze for 3–5 seconds, then let go slowly.",
                                "Do 3 sets of 10–15; the sets can be spread over the day.")
                        .why("Short, frequent contractions build endurance in the muscles that hold the"
                                + " shoulder blades in place, so sitting upright costs less effort.")
                        .cautions("Keep the neck relaxed and the shoulders away from the ears. It should feel"
                                + " like effort, not pain.")
                        .build(),
                entry(CatalogSlugs.BAND_ROW, "Resistance band row")
                        .needs(RESISTANCE_BAND)
                        .primary(HORIZONTAL_PULL)
                        .dose(Dose.reps(3, 8, 12))
                        .steps(
                                "Fix the band at chest height to something solid, such as a door anchor or a"
                                        + " post.",
                                "Hold one end in each hand, step back until the band is taut and stand tall with"
                                        + " soft knees.",
                                "Row your hands toward your lower ribs, elbows brushing your sides, and squeeze"
                                        + " the shoulder blades together at the end.",
                                "Let the band back slowly; do 3 sets of 8–12.")
                        .why("Works the rhomboids and middle trapezius, which pull the shoulder blades back."
                                + " It balances chest pressing and supports the upper back.")
                        .cautions("Check the anchor before every set. Keep the shoulders down and do not lean"
                                + " back to finish a rep.")
                        .build(),
                entry(CatalogSlugs.PRONE_Y_RAISE, "Prone Y raise")
                        .needs(NONE)
                        .primary(SCAPULAR_STABILITY)
                        .dose(Dose.reps(2, 8, 12).upToSets(3))
                        .steps(
                                "Lie face down, forehead on a folded towel, arms reaching overhead in a Y with"
                                        + " the thumbs up.",
                                "Set the shoulder blades down and back, then lift both arms a few centimetres,"
                                        + " keeping the neck long.",
                                "Pause briefly at the top and lower slowly; do 2–3 sets of 8–12.",
                                "When that is easy, pause longer at the top before adding any load.")
                        .why("Works the lower trapezius and the other muscles that steady the shoulder"
                                + " blades, which are often weak in people who sit or press a lot.")
                        .cautions("Keep the lift small and the lower back relaxed. If lifting the arms overhead"
                                + " pinches a shoulder, do the T raise instead.")
                        .build(),
                entry(CatalogSlugs.PRONE_T_RAISE, "Prone T raise")
                        .needs(NONE)
                        .primary(SCAPULAR_STABILITY)
                        .dose(Dose.reps(2, 8, 12).upToSets(3))
                        .steps(
                                "Lie face down, forehead on a folded towel, arms straight out to the sides at"
                                        + " shoulder level with the thumbs up.",
                                "Squeeze the shoulder blades together and slightly down, then lift both arms a"
                                        + " few centimetres.",
                                "Pause briefly at the top and lower slowly; do 2–3 sets of 8–12.",
                                "When that is easy, pause longer at the top before adding any load.")
                        .why("Targets the middle trapezius and rear shoulders, which draw the shoulder blades"
                                + " together and counter a rounded upper back.")
                        .cautions("Lift from the shoulder blades, not by arching the lower back or craning the"
                                + " neck. Keep the movement small and slow.")
                        .build(),
                entry(CatalogSlugs.BALL_SELF_MASSAGE, "Ball self-massage")
                        .needs(BALL)
                        .primary(SOFT_TISSUE)
                        .dose(Dose.hold(1, 20, 30, false).upToSets(3))
                        .steps(
                                "Place a tennis or lacrosse ball between a wall and your upper back, beside the"
                                        + " spine rather than on it.",
                                "Bend and straighten your knees a little to roll the ball slowly over the muscles"
                                        + " between the shoulder blades.",
                                "On a tender spot, lean in gently and stay for 20–30 seconds, breathing slowly.",
                                "Work one to three spots; each spot is one set.")
                        .why("Steady, gentle pressure eases tight spots between the shoulder blades and makes"
                                + " the stretches that follow more comfortable.")
                        .cautions("Keep the ball off the spine itself. Moderate pressure is enough; digging in"
                                + " hard tends to leave you sorer. Avoid bruised or swollen areas.")
                        .build(),
                entry(CatalogSlugs.FOAM_ROLLER, "Foam roller (upper back)")
                        .needs(FOAM_ROLLER)
                        .primary(SOFT_TISSUE)
                        .dose(Dose.minutes(1, 2))
                        .steps(
                                "Lie on your back with the roller across your mid-back, knees bent and feet flat.",
                                "Support your head with your hands, elbows pointing forward.",
                                "Lift the hips slightly and roll slowly a few centimetres up and down the upper"
                                        + " back.",
                                "Keep it short, 1–2 minutes; put more weight into your feet to make it gentler.")
                        .why("Loosens stiff upper-back muscles and gives the joints of the upper spine some"
                                + " easy movement.")
                        .cautions("Stay on the upper and middle back; do not roll the lower back or the neck."
                                + " Ease off rather than push through pain.")
                        .build(),
                entry(CatalogSlugs.MASSAGE_GUN, "Massage gun")
                        .needs(MASSAGE_GUN)
                        .primary(SOFT_TISSUE)
                        .dose(Dose.hold(1, 30, 60, false).upToSets(3))
                        .steps(
                                "Switch the gun on at its lowest setting.",
                                "Rest it lightly on the muscle beside the spine or on top of the shoulder and let"
                                        + " it glide slowly.",
                                "Spend 30–60 seconds on a spot; work one to three spots, each one a set.",
                                "Use it to warm up before exercise or to relax afterwards.")
                        .why("Light percussion warms muscles up before training and can ease the feeling of"
                                + " tightness.")
                        .cautions("Stay at low intensity near sensitive areas. Never use it on the spine, the"
                                + " front or sides of the neck, over bone or on bruised skin.")
                        .build(),
                entry(CatalogSlugs.DIAPHRAGMATIC_BREATHING, "Diaphragmatic breathing")
                        .needs(NONE)
                        .primary(BREATHING)
                        .dose(Dose.minutes(5, 5))
                        .steps(
                                "Lie on your back with knees bent, one hand on your chest and one on your belly"
                                        + " (or a light book on the belly).",
                                "Breathe in through the nose so the belly rises while the chest stays almost"
                                        + " still.",
                                "Breathe out slowly through the mouth and feel the belly sink.",
                                "Keep going for 5 minutes; when short of time, 5–10 slow breaths still help.")
                        .why("Shallow chest breathing keeps the neck and upper-chest muscles busy. Breathing"
                                + " with the diaphragm lets them rest, so the shoulders drop and the upper back"
                                + " stops guarding.")
                        .cautions("Keep the pace relaxed; if you feel light-headed, return to normal breathing.")
                        .build(),
                entry(CatalogSlugs.SHOULDER_CIRCLES, "Shoulder circles")
                        .needs(NONE)
                        .primary(GENERAL_MOBILITY)
                        .dose(Dose.minutes(2, 2))
                        .steps(
                                "Sit or stand tall with the arms hanging loose.",
                                "Lift the shoulders toward the ears, roll them back, let them drop and bring them"
                                        + " forward in one smooth circle.",
                                "Make ten slow circles backward, then ten forward, and repeat for about"
                                        + " 2 minutes.")
                        .why("An easy way to get blood flowing and the shoulder blades moving after sitting"
                                + " still, and a gentle start to any routine.")
                        .cautions("Keep the circles slow and comfortable; make them smaller if something catches"
                                + " or hurts.")
                        .build(),
                entry(CatalogSlugs.NECK_ROLLS, "Neck rolls")
                        .needs(NONE)
                        .primary(GENERAL_MOBILITY)
                        .dose(Dose.minutes(2, 2))
                        .steps(
                                "Sit or stand tall with relaxed shoulders.",
                                "Let the chin drop toward your chest, then roll the head slowly toward one"
                                        + " shoulder, back through the middle and over to the other.",
                                "Stay in the front half of the circle rather than tipping the head far back.",
                                "Keep going gently, changing direction now and then, for about 2 minutes.")
                        .why("Moves the neck through its range and lets go of the tension that builds in the"
                                + " upper trapezius at a desk.")
                        .cautions("Go slowly. Stop if you feel dizzy or if pain or tingling runs into an arm.")
                        .build(),
                entry(CatalogSlugs.HEAT_PACK, "Heat pack")
                        .needs(HEAT_COLD_PACK)
                        .primary(THERMAL)
                        .dose(Dose.minutes(15, 20))
                        .steps(
                                "Warm the pack as its label says and wrap it in a thin towel.",
                                "Lay it on the tight, achy area for 15–20 minutes.",
                                "Follow with gentle stretches or mobility work while the muscles are warm.")
                        .why("Warmth helps tense muscles let go and brings more blood to the area, so stiff"
                                + " muscles move more easily afterwards.")
                        .cautions("Use heat for stiffness, not for a fresh, swollen injury. Never put it straight"
                                + " on the skin, sleep on it, or use it on skin with little feeling.")
                        .build(),
                entry(CatalogSlugs.COLD_PACK, "Cold pack")
                        .needs(HEAT_COLD_PACK)
                        .primary(THERMAL)
                        .dose(Dose.minutes(10, 15))
                        .steps(
                                "Wrap the cold pack in a thin cloth.",
                                "Hold it on the sore area for 10–15 minutes.",
                                "Use it for a new, sharp flare-up, or after heavy activity when the area is"
                                        + " swollen.")
                        .why("Cold settles a fresh flare-up and helps bring swelling down.")
                        .cautions("Never put ice straight on the skin; stop early if the skin turns very red,"
                                + " white or numb. For everyday stiffness, heat is the better choice.")
                        .build(),
                entry(CatalogSlugs.WALKING_BREAK, "Walking break")
                        .needs(NONE)
                        .primary(CONDITIONING)
                        .dose(Dose.minutes(1, 5))
                        .steps(
                                "After 30–45 minutes of sitting, stand up.",
                                "Walk for at least a minute: fetch water, take the stairs or circle the room.",
                                "Let your arms swing and turn your chest gently from side to side as you go.")
                        .why("Breaking up long spells of sitting keeps the upper back from settling into one"
                                + " position and resets muscle tension.")
                        .cautions("Keep it easy: this is a reset, not a workout. A timer helps you remember."
                                + " Chest pain or unusual breathlessness while walking needs a doctor.")
                        .build());
    }
}
