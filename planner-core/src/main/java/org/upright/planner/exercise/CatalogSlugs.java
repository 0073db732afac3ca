package org.upright.planner.exercise;

/**
 * Slugs of the built-in exercises that rules, suggestions and templates refer to by name. The
 * built-in catalogue must contain every one of them (a test checks it).
 */
public final class CatalogSlugs {

    // the guide's drills and tools
    public static final String THORACIC_ROTATION = "thoracic-rotation";
    public static final String CAT_COW = "cat-cow";
    public static final String DOORWAY_PEC_STRETCH = "doorway-pec-stretch";
    public static final String CHILDS_POSE_WITH_REACH = "childs-pose-with-reach";
    public static final String SCAPULAR_SQUEEZE = "scapular-squeeze";
    public static final String BAND_ROW = "band-row";
    public static final String PRONE_Y_RAISE = "prone-y-raise";
    public static final String PRONE_T_RAISE = "prone-t-raise";
    public static final String BALL_SELF_MASSAGE = "ball-self-massage";
    public static final String FOAM_ROLLER = "foam-roller-upper-back";
    public static final String MASSAGE_GUN = "massage-gun";
    public static final String DIAPHRAGMATIC_BREATHING = "diaphragmatic-breathing";
    public static final String SHOULDER_CIRCLES = "shoulder-circles";
    public static final String NECK_ROLLS = "neck-rolls";
    public static final String HEAT_PACK = "heat-pack";
    public static final String COLD_PACK = "cold-pack";
    public static final String WALKING_BREAK = "walking-break";

    // upper-back additions: not named by the guide, but what a coach adds for the same goals
    public static final String THORACIC_EXTENSION_FOAM_ROLLER = "thoracic-extension-foam-roller";
    public static final String WALL_ANGEL = "wall-angel";
    public static final String REVERSE_FLY = "reverse-fly";
    public static final String BAND_FACE_PULL = "band-face-pull";

    // common gym lifts
    public static final String BENCH_PRESS = "bench-press";
    public static final String INCLINE_PRESS = "incline-press";
    public static final String PUSH_UP = "push-up";
    public static final String DIPS = "dips";
    public static final String OVERHEAD_PRESS = "overhead-press";
    public static final String BARBELL_ROW = "barbell-row";
    public static final String DUMBBELL_ROW = "dumbbell-row";
    public static final String SEATED_CABLE_ROW = "seated-cable-row";
    public static final String FACE_PULL = "face-pull";
    public static final String BAND_PULL_APART = "band-pull-apart";
    public static final String PULL_UP = "pull-up";
    public static final String CHIN_UP = "chin-up";
    public static final String LAT_PULLDOWN = "lat-pulldown";
    public static final String SQUAT = "back-squat";
    public static final String DEADLIFT = "deadlift";
    public static final String ROMANIAN_DEADLIFT = "romanian-deadlift";
    public static final String LUNGE = "lunge";
    public static final String PLANK = "plank";
    public static final String FARMER_CARRY = "farmer-carry";

    private CatalogSlugs() {}
}
