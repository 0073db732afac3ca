package org.upright.planner.plan;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.planner.balance.Block;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.BuiltInCatalog;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;

/**
 * The templates Upright ships with: the guide's sample back-care routine on four days, a balanced
 * three-day lifting week, and a week for people who sit at a desk all day. Each is built so that
 * the balance rules find nothing to complain about (tests hold us to that).
 */
public final class BuiltInTemplates {

    public static final String BACK_CARE_ROUTINE = "builtin:back-care-routine";
    public static final String BALANCED_THREE_DAY = "builtin:balanced-3-day";
    public static final String DESK_WORKER = "builtin:desk-worker";

    private static final List<WeekTemplate> ALL = List.of(backCareRoutine(), balancedThreeDay(), deskWorker());

    private BuiltInTemplates() {}

    public static List<WeekTemplate> all() {
        return ALL;
    }

    public static Optional<WeekTemplate> find(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The guide's 10–20 minute routine: circles, rotation, chest stretch, rows, Y raises, roller, breathing. */
    public static Session sampleRoutine() {
        return new SessionBuilder(SessionKind.BACK_CARE_ROUTINE, "Upper-back routine")
                .add(BlockType.WARM_UP, CatalogSlugs.SHOULDER_CIRCLES, Dose.minutes(1, 1))
                .add(BlockType.WARM_UP, CatalogSlugs.NECK_ROLLS, Dose.minutes(1, 1))
                .add(BlockType.MAIN, CatalogSlugs.THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                .add(BlockType.MAIN, CatalogSlugs.DOORWAY_PEC_STRETCH, Dose.hold(2, 30, 30, true))
                .add(BlockType.MAIN, CatalogSlugs.BAND_ROW, Dose.reps(3, 10))
                .add(BlockType.MAIN, CatalogSlugs.PRONE_Y_RAISE, Dose.reps(2, 10))
                .add(BlockType.COOL_DOWN, CatalogSlugs.FOAM_ROLLER, Dose.minutes(1, 2))
                .add(BlockType.COOL_DOWN, CatalogSlugs.DIAPHRAGMATIC_BREATHING, Dose.minutes(5, 5))
                .build();
    }

    /** About fifteen minutes of mobility and recovery work (domain §3.3). */
    public static Session mobilitySession() {
        return new SessionBuilder(SessionKind.MOBILITY, "Mobility and breathing")
                .add(BlockType.MAIN, CatalogSlugs.THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                .add(BlockType.MAIN, CatalogSlugs.CAT_COW, Dose.rounds(1, 8, 12))
                .add(BlockType.MAIN, CatalogSlugs.DOORWAY_PEC_STRETCH, Dose.hold(2, 30, 30, true))
                .add(BlockType.MAIN, CatalogSlugs.CHILDS_POSE_WITH_REACH, Dose.hold(2, 30, 30, true))
                .add(BlockType.MAIN, CatalogSlugs.FOAM_ROLLER, Dose.minutes(2, 2))
                .add(BlockType.COOL_DOWN, CatalogSlugs.DIAPHRAGMATIC_BREATHING, Dose.minutes(5, 5))
                .build();
    }

    private static WeekTemplate backCareRoutine() {
        Map<DayOfWeek, List<Session>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, THURSDAY, SATURDAY)) {
            days.put(day, List.of(sampleRoutine()));
        }
        return template(
                BACK_CARE_ROUTINE,
                "Upper-back routine, four days",
                "The 10–20 minute back-care routine on Monday, Tuesday, Thursday and Saturday.",
                days);
    }

    private static WeekTemplate balancedThreeDay() {
        Session upperA = new SessionBuilder(SessionKind.STRENGTH, "Upper body A")
                .add(BlockType.WARM_UP, CatalogSlugs.THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                .add(BlockType.WARM_UP, CatalogSlugs.BAND_PULL_APART, Dose.reps(2, 15))
                .add(BlockType.MAIN, CatalogSlugs.BENCH_PRESS, Dose.reps(3, 6, 8))
                .add(BlockType.MAIN, CatalogSlugs.BARBELL_ROW, Dose.reps(4, 8, 10))
                .add(BlockType.ACCESSORY, CatalogSlugs.FACE_PULL, Dose.reps(3, 12, 15))
                .add(BlockType.ACCESSORY, CatalogSlugs.PRONE_Y_RAISE, Dose.reps(2, 10))
                .build();
        Session lower = new SessionBuilder(SessionKind.STRENGTH, "Lower body and pull")
                .add(BlockType.WARM_UP, CatalogSlugs.CAT_COW, Dose.rounds(1, 8, 12))
                .add(BlockType.WARM_UP, CatalogSlugs.THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                .add(BlockType.MAIN, CatalogSlugs.SQUAT, Dose.reps(3, 5))
                .add(BlockType.MAIN, CatalogSlugs.ROMANIAN_DEADLIFT, Dose.reps(3, 8))
                .add(BlockType.ACCESSORY, CatalogSlugs.LAT_PULLDOWN, Dose.reps(3, 10))
                .add(BlockType.ACCESSORY, CatalogSlugs.PLANK, Dose.hold(3, 30, 30, false))
                .build();
        Session upperB = new SessionBuilder(SessionKind.STRENGTH, "Upper body B")
                .add(BlockType.WARM_UP, CatalogSlugs.THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                .add(BlockType.WARM_UP, CatalogSlugs.SCAPULAR_SQUEEZE, Dose.reps(1, 10, 15))
                .add(BlockType.MAIN, CatalogSlugs.OVERHEAD_PRESS, Dose.reps(3, 6, 8))
                .add(BlockType.MAIN, CatalogSlugs.CHIN_UP, Dose.reps(3, 6, 8))
                .add(BlockType.MAIN, CatalogSlugs.SEATED_CABLE_ROW, Dose.reps(3, 10))
                .add(BlockType.ACCESSORY, CatalogSlugs.DUMBBELL_ROW, Dose.repsPerSide(3, 10, 10))
                .add(BlockType.ACCESSORY, CatalogSlugs.PRONE_T_RAISE, Dose.reps(2, 10))
                .build();
        Map<DayOfWeek, List<Session>> days = new EnumMap<>(DayOfWeek.class);
        days.put(MONDAY, List.of(upperA));
        days.put(TUESDAY, List.of(mobilitySession()));
        days.put(WEDNESDAY, List.of(lower));
        days.put(FRIDAY, List.of(upperB));
        days.put(SATURDAY, List.of(mobilitySession()));
        return template(
                BALANCED_THREE_DAY,
                "Balanced three-day lifting week",
                "Two upper-body days and a lower-body day that pull more than they press, each with a thoracic"
                        + " warm-up, plus two short mobility sessions.",
                days);
    }

    private static WeekTemplate deskWorker() {
        Session strength = new SessionBuilder(SessionKind.STRENGTH, "Desk-worker strength")
                .add(BlockType.WARM_UP, CatalogSlugs.THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                .add(BlockType.WARM_UP, CatalogSlugs.SCAPULAR_SQUEEZE, Dose.reps(1, 10, 15))
                .add(BlockType.MAIN, CatalogSlugs.PUSH_UP, Dose.reps(2, 8, 12))
                .add(BlockType.MAIN, CatalogSlugs.BAND_ROW, Dose.reps(3, 8, 12))
                .add(BlockType.MAIN, CatalogSlugs.LUNGE, Dose.repsPerSide(2, 8, 10))
                .add(BlockType.ACCESSORY, CatalogSlugs.PRONE_T_RAISE, Dose.reps(2, 10))
                .add(BlockType.ACCESSORY, CatalogSlugs.PLANK, Dose.hold(2, 30, 30, false))
                .build();
        Session walk = new SessionBuilder(SessionKind.CONDITIONING, "Walking break")
                .add(BlockType.MAIN, CatalogSlugs.WALKING_BREAK, Dose.minutes(10, 15))
                .build();
        Map<DayOfWeek, List<Session>> days = new EnumMap<>(DayOfWeek.class);
        days.put(MONDAY, List.of(sampleRoutine(), walk));
        days.put(TUESDAY, List.of(strength));
        days.put(WEDNESDAY, List.of(sampleRoutine(), walk));
        days.put(THURSDAY, List.of(walk));
        days.put(FRIDAY, List.of(strength, sampleRoutine()));
        days.put(SUNDAY, List.of(sampleRoutine()));
        return template(
                DESK_WORKER,
                "Desk-worker week",
                "The back-care routine four times, two short strength sessions with rows and push-ups, and"
                        + " walking breaks to get out of the chair.",
                days);
    }

    private static WeekTemplate template(
            String id, String name, String description, Map<DayOfWeek, List<Session>> days) {
        List<WeekTemplate.Day> sessions = new ArrayList<>();
        days.forEach((day, list) -> list.forEach(s -> sessions.add(new WeekTemplate.Day(day, s))));
        return new WeekTemplate(id, name, description, true, sessions);
    }

    /** Builds a template session from built-in exercises; ids are placeholders, replaced on use. */
    private static final class SessionBuilder {
        private final SessionKind kind;
        private final String title;
        private final Map<BlockType, List<Prescription>> blocks = new EnumMap<>(BlockType.class);
        private int next = 1;

        SessionBuilder(SessionKind kind, String title) {
            this.kind = kind;
            this.title = title;
        }

        SessionBuilder add(BlockType block, String slug, Dose dose) {
            Prescription p =
                    Prescription.of("t" + next++, BuiltInCatalog.instance().require(slug), dose);
            blocks.computeIfAbsent(block, b -> new ArrayList<>()).add(p);
            return this;
        }

        Session build() {
            List<Block> list = new ArrayList<>();
            blocks.forEach((type, items) -> list.add(new Block(type, items)));
            return new Session("template", kind, title, list);
        }
    }
}
