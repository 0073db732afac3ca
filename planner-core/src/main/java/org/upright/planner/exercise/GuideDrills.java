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
                                "Sit toward the front of a chair, or stand, and grow tall; place each hand on the opposite shoulder.",
                                "Keep hips and knees facing forward so only the ribcage turns, and twist to one side until the upper back stops you.",
                                "Hold the end position for a slow count of two or three, then unwind to the centre.",
                                "Complete 10 twists to one side before switching to the other.")
                        .why(
                                "The upper back is built to twist. When it stiffens, the neck and the lower back take over turning jobs they are not made for; regular rotation hands the work back to the right joints.")
                        .cautions(
                                "Turn only as far as is comfortable and do not bounce at the end. Stop if it brings on sharp pain or pain that spreads into an arm.")
                        .build(),
                entry(CatalogSlugs.CAT_COW, "Cat-cow")
                        .needs(NONE)
                        .primary(THORACIC_MOBILITY)
                        .dose(Dose.rounds(1, 8, 12))
                        .steps(
                                "Get onto all fours with wrists below the shoulders and knees below the hips; spread your fingers.",
                                "Cow: as you inhale, let the stomach sink toward the floor and point breastbone and tailbone upward, starting the curve between the shoulder blades.",
                                "Cat: as you exhale, push through your hands and hump the upper back toward the ceiling, letting the head hang.",
                                "Move back and forth slowly, one breath per position, for 8–12 rounds.")
                        .why(
                                "Alternating a rounded and an arched spine keeps every segment moving. Centring the bend between the shoulder blades makes the stiff upper back do the work, not the lower back, which is usually mobile enough already.")
                        .cautions(
                                "Move slowly and within comfort. A folded towel under the knees helps on a hard floor; rest on your fists if your wrists complain.")
                        .build(),
                entry(CatalogSlugs.DOORWAY_PEC_STRETCH, "Doorway pec stretch")
                        .needs(DOORWAY)
                        .perSide()
                        .primary(STRETCH)
                        .dose(Dose.hold(2, 20, 30, true).upToSets(3))
                        .steps(
                                "Put one forearm flat against a door frame, elbow bent to a right angle and roughly at shoulder height.",
                                "Take a small step through the doorway with the leg on that side and lean forward until the front of the chest and shoulder feel a mild pull.",
                                "Keep the ribs down and breathe slowly for 20–30 seconds.",
                                "Switch arms; do 2–3 holds on each side.")
                        .why(
                                "Hours of typing, driving and pressing shorten the chest muscles, which then hold the shoulders in a forward slump that the upper back has to fight. Giving the chest back its length removes that constant tug.")
                        .cautions(
                                "Aim for a gentle pull, never pain. If the arm tingles or goes numb, or the front of the shoulder pinches, lower the elbow and ease off.")
                        .build(),
                entry(CatalogSlugs.CHILDS_POSE_WITH_REACH, "Child's pose with reach")
                        .needs(NONE)
                        .perSide()
                        .primary(STRETCH)
                        .secondary(THORACIC_MOBILITY)
                        .dose(Dose.hold(2, 20, 30, true).upToSets(3))
                        .steps(
                                "Kneel, then fold forward so your hips sink toward your heels and your arms lie long on the floor ahead.",
                                "Slide both hands across to one side; the stretch runs along the opposite side of the ribcage and between the shoulder blades.",
                                "Rest your forehead on the floor and breathe into your back for 20–30 seconds.",
                                "Slide across to the other side; do 2–3 holds on each.")
                        .why(
                                "Opens the space between the shoulder blades and along the side of the ribcage (the lats), while the folded, supported position lets the whole back relax.")
                        .cautions(
                                "Widen the knees or put a cushion between hips and heels if the knees object; skip it if kneeling hurts.")
                        .build(),
                entry(CatalogSlugs.SCAPULAR_SQUEEZE, "Scapular squeezes")
                        .needs(NONE)
                        .primary(SCAPULAR_STABILITY)
                        .dose(Dose.reps(3, 10, 15))
                        .steps(
                                "Sit or stand tall with your arms relaxed at your sides.",
                                "Draw the shoulder blades toward each other and down toward your waist, without shrugging or arching the lower back.",
                                "Keep the squeeze for 3–5 seconds, then let go slowly.",
                                "Do 3 sets of 10–15; the sets can be spread over the day.")
                        .why(
                                "Many brief, easy squeezes teach the shoulder-blade muscles to keep working through a long day, so staying upright stops feeling like an effort.")
                        .cautions(
                                "Keep the neck relaxed and the shoulders away from the ears. It should feel like effort, not pain.")
                        .build(),
                entry(CatalogSlugs.BAND_ROW, "Resistance band row")
                        .needs(RESISTANCE_BAND)
                        .primary(HORIZONTAL_PULL)
                        .dose(Dose.reps(3, 8, 12))
                        .steps(
                                "Loop the band around a sturdy post or a door anchor at chest height.",
                                "Take an end in each hand and walk backward until the band has tension with your arms straight out in front.",
                                "Drive the elbows back, tucked in, until the hands reach your sides and the shoulder blades meet.",
                                "Let the band draw your arms forward again slowly; do 3 sets of 8–12.")
                        .why(
                                "Strengthens the muscles that draw the shoulder blades back (rhomboids and middle trapezius), the natural counterweight to chest pressing and a long day hunched forward.")
                        .cautions(
                                "Check the anchor before every set. Keep the shoulders down and do not lean back to finish a rep.")
                        .build(),
                entry(CatalogSlugs.PRONE_Y_RAISE, "Prone Y raise")
                        .needs(NONE)
                        .primary(SCAPULAR_STABILITY)
                        .dose(Dose.reps(2, 8, 12).upToSets(3))
                        .steps(
                                "Lie face down, forehead on a folded towel, arms reaching overhead in a Y with"
                                        + " the thumbs up.",
                                "First pull the shoulder blades down toward your waist, then float both arms a hand's"
                                        + " breadth off the floor, eyes staying on the floor.",
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
                                "Put a tennis or lacrosse ball between a wall and your upper back, to one side of the spine.",
                                "Bend and straighten your knees a little so the ball travels slowly over the muscles between the shoulder blades.",
                                "When it finds a tender spot, lean in gently and stay for 20–30 seconds, breathing slowly.",
                                "Work one to three spots; each spot is one set.")
                        .why(
                                "Steady, moderate pressure lets a knotted spot settle, which often makes the stretches that follow more comfortable.")
                        .cautions(
                                "Keep the ball off the bony ridge of the spine. Moderate pressure is enough; digging in hard tends to leave you sorer. Avoid bruised or swollen areas.")
                        .build(),
                entry(CatalogSlugs.FOAM_ROLLER, "Foam roller (upper back)")
                        .needs(FOAM_ROLLER)
                        .primary(SOFT_TISSUE)
                        .dose(Dose.minutes(1, 2))
                        .steps(
                                "Sit on the floor with the roller behind you and lean back so it lies crosswise beneath your shoulder blades.",
                                "Cradle your head in your hands and keep both feet planted, knees bent.",
                                "Lift the hips a little and shift your body so the roller travels slowly from the bottom of the shoulder blades to the top and back.",
                                "Stop after 1–2 minutes; the more weight you keep on your feet, the lighter the pressure.")
                        .why(
                                "Loosens stiff upper-back muscles and gives the joints of the upper spine some easy movement.")
                        .cautions(
                                "Stay on the upper and middle back; do not roll the lower back or the neck. Ease off rather than push through pain.")
                        .build(),
                entry(CatalogSlugs.MASSAGE_GUN, "Massage gun")
                        .needs(MASSAGE_GUN)
                        .primary(SOFT_TISSUE)
                        .dose(Dose.hold(1, 30, 60, false).upToSets(3))
                        .steps(
                                "Switch the gun on at its lowest setting.",
                                "Rest it lightly on the muscle beside the spine or on top of the shoulder and let it glide slowly.",
                                "Spend 30–60 seconds on a spot; work one to three spots, each one a set.",
                                "Use it to warm up before exercise or to relax afterwards.")
                        .why(
                                "Light percussion wakes muscles up before training and can take the edge off a feeling of tightness.")
                        .cautions(
                                "Keep the setting low wherever the area is tender or the skin is thin. Never use it on the spine, the front or sides of the neck, over bone or on bruised skin.")
                        .build(),
                entry(CatalogSlugs.DIAPHRAGMATIC_BREATHING, "Diaphragmatic breathing")
                        .needs(NONE)
                        .primary(BREATHING)
                        .dose(Dose.minutes(5, 5))
                        .steps(
                                "Lie on your back, knees bent and feet flat; rest one palm on your breastbone and the other just above your navel (a light book on the stomach works too).",
                                "Inhale gently through the nose, letting the lower hand rise while the upper hand barely moves.",
                                "Let the air out slowly, lips slightly parted, and feel the lower hand sink.",
                                "Keep going for 5 minutes; when short of time, 5–10 slow breaths still help.")
                        .why(
                                "When breathing stays high in the chest, the small muscles of the neck and shoulders lift the ribs with every breath and never rest. Letting the diaphragm do the work gives them a break, and the upper back lets go with them.")
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
                        .why(
                                "Warmth eases muscle tone and gets the circulation going, which is why it works well right before stretching.")
                        .cautions(
                                "Use heat for stiffness, not for a fresh, swollen injury. Never put it straight on the skin, sleep on it, or use it on skin with little feeling.")
                        .build(),
                entry(CatalogSlugs.COLD_PACK, "Cold pack")
                        .needs(HEAT_COLD_PACK)
                        .primary(THERMAL)
                        .dose(Dose.minutes(10, 15))
                        .steps(
                                "Wrap the cold pack in a thin cloth.",
                                "Hold it on the sore area for 10–15 minutes.",
                                "Save it for the first days of a sharp flare-up, or for swelling after a hard session.")
                        .why("Cold dulls a fresh flare-up and helps bring swelling down.")
                        .cautions(
                                "Never put ice straight on the skin; stop early if the skin turns very red, white or numb. For everyday stiffness, heat is the better choice.")
                        .build(),
                entry(CatalogSlugs.WALKING_BREAK, "Walking break")
                        .needs(NONE)
                        .primary(CONDITIONING)
                        .dose(Dose.minutes(1, 5))
                        .steps(
                                "Set a timer for every 30–45 minutes of sitting.",
                                "When it goes off, get up and move for a minute or more: refill your water, take a flight of stairs or loop the room.",
                                "On the way, swing your arms loosely and twist gently from side to side.")
                        .why(
                                "Breaking up long spells of sitting keeps the upper back from settling into one position and resets muscle tension.")
                        .cautions(
                                "Keep it easy: this is a reset, not a workout. Chest pain or unusual breathlessness while walking needs a doctor.")
                        .build());
    }
}
