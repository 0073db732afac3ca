package org.upright.planner.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInCatalogTest {

    private final BuiltInCatalog catalog = BuiltInCatalog.instance();

    @Test
    void holds_at_least_35_entries() {
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(35);
        assertThat(catalog.size()).isEqualTo(catalog.all().size());
    }

    @Test
    void every_catalog_slug_constant_is_present() {
        List<String> constants = catalogSlugConstants();

        assertThat(constants).hasSizeGreaterThanOrEqualTo(36);
        assertThat(constants)
                .allSatisfy(slug -> assertThat(catalog.find(slug))
                        .as("built-in entry for %s", slug)
                        .isPresent());
    }

    @Test
    void slugs_are_unique() {
        List<String> slugs = catalog.all().stream().map(Exercise::slug).toList();

        assertThat(new HashSet<>(slugs)).hasSameSizeAs(slugs);
    }

    @Test
    void every_entry_is_complete_and_read_only() {
        assertThat(catalog.all()).allSatisfy(exercise -> {
            assertThat(exercise.builtIn()).as("%s is built in", exercise.slug()).isTrue();
            assertThat(exercise.instructions()).as("%s steps", exercise.slug()).isNotEmpty();
            assertThat(exercise.instructions())
                    .allSatisfy(step -> assertThat(step).isNotBlank());
            assertThat(exercise.whyItHelps()).as("%s why", exercise.slug()).isNotBlank();
            assertThat(exercise.cautions()).as("%s cautions", exercise.slug()).isNotBlank();
        });
    }

    @Test
    void per_side_exercises_have_per_side_doses_and_the_others_do_not() {
        assertThat(catalog.all())
                .allSatisfy(exercise -> assertThat(exercise.defaultDose().perSide())
                        .as("%s dose per side", exercise.slug())
                        .isEqualTo(exercise.perSide()));
    }

    static Stream<Arguments> guideDoses() {
        return Stream.of(
                arguments(CatalogSlugs.THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10), "1 × 10 per side"),
                arguments(CatalogSlugs.CAT_COW, Dose.rounds(1, 8, 12), "8–12 rounds"),
                arguments(
                        CatalogSlugs.DOORWAY_PEC_STRETCH,
                        Dose.hold(2, 20, 30, true).upToSets(3),
                        "2–3 × 20–30 s per side"),
                arguments(
                        CatalogSlugs.CHILDS_POSE_WITH_REACH,
                        Dose.hold(2, 20, 30, true).upToSets(3),
                        "2–3 × 20–30 s per side"),
                arguments(CatalogSlugs.SCAPULAR_SQUEEZE, Dose.reps(3, 10, 15), "3 × 10–15"),
                arguments(CatalogSlugs.BAND_ROW, Dose.reps(3, 8, 12), "3 × 8–12"),
                arguments(CatalogSlugs.PRONE_Y_RAISE, Dose.reps(2, 8, 12).upToSets(3), "2–3 × 8–12"),
                arguments(CatalogSlugs.PRONE_T_RAISE, Dose.reps(2, 8, 12).upToSets(3), "2–3 × 8–12"),
                arguments(
                        CatalogSlugs.BALL_SELF_MASSAGE,
                        Dose.hold(1, 20, 30, false).upToSets(3),
                        "1–3 × 20–30 s"),
                arguments(CatalogSlugs.FOAM_ROLLER, Dose.minutes(1, 2), "1–2 min"),
                arguments(CatalogSlugs.MASSAGE_GUN, Dose.hold(1, 30, 60, false).upToSets(3), "1–3 × 30–60 s"),
                arguments(CatalogSlugs.DIAPHRAGMATIC_BREATHING, Dose.minutes(5, 5), "5 min"),
                arguments(CatalogSlugs.HEAT_PACK, Dose.minutes(15, 20), "15–20 min"),
                arguments(CatalogSlugs.COLD_PACK, Dose.minutes(10, 15), "10–15 min"),
                arguments(CatalogSlugs.SHOULDER_CIRCLES, Dose.minutes(2, 2), "2 min"),
                arguments(CatalogSlugs.NECK_ROLLS, Dose.minutes(2, 2), "2 min"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("guideDoses")
    void uses_the_guides_doses(String slug, Dose expected, String written) {
        Dose dose = catalog.require(slug).defaultDose();

        assertThat(dose).isEqualTo(expected);
        assertThat(dose.describe()).isEqualTo(written);
    }

    @Test
    void scapular_squeezes_tell_the_guides_hold_and_breathing_offers_the_short_version() {
        assertThat(catalog.require(CatalogSlugs.SCAPULAR_SQUEEZE).instructions())
                .anySatisfy(step -> assertThat(step).contains("3–5 seconds"));
        assertThat(catalog.require(CatalogSlugs.DIAPHRAGMATIC_BREATHING).instructions())
                .anySatisfy(step -> assertThat(step).contains("5–10 slow breaths"));
    }

    /** Words that name equipment a lifter without any would not have. */
    private static final Pattern EQUIPMENT_WORD = Pattern.compile(
            "\\b(band|dumbbells?|barbell|bar|cable|bench|roller|ball|massage gun|pack|doorway|kettlebell|machine|rack)\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void no_equipment_entries_need_nothing_they_do_not_declare() {
        List<Exercise> bodyWeight = catalog.all().stream()
                .filter(e -> e.equipment().equals(Set.of(Equipment.NONE)))
                .toList();

        assertThat(bodyWeight).isNotEmpty();
        assertThat(bodyWeight)
                .allSatisfy(exercise -> assertThat(exercise.instructions())
                        .as("%s steps", exercise.slug())
                        .noneMatch(step -> EQUIPMENT_WORD.matcher(step).find()));
        assertThat(bodyWeight)
                .allSatisfy(
                        exercise -> assertThat(exercise.canBeDoneWith(Set.of())).isTrue());
    }

    @Test
    void equipment_entries_declare_what_they_need() {
        assertThat(catalog.require(CatalogSlugs.BAND_ROW).equipment()).containsExactly(Equipment.RESISTANCE_BAND);
        assertThat(catalog.require(CatalogSlugs.DOORWAY_PEC_STRETCH).equipment())
                .containsExactly(Equipment.DOORWAY);
        assertThat(catalog.require(CatalogSlugs.BALL_SELF_MASSAGE).equipment()).containsExactly(Equipment.BALL);
        assertThat(catalog.require(CatalogSlugs.MASSAGE_GUN).equipment()).containsExactly(Equipment.MASSAGE_GUN);
        assertThat(catalog.require(CatalogSlugs.HEAT_PACK).equipment()).containsExactly(Equipment.HEAT_COLD_PACK);
        assertThat(catalog.require(CatalogSlugs.DUMBBELL_ROW).equipment())
                .containsExactlyInAnyOrder(Equipment.DUMBBELL, Equipment.BENCH);
        assertThat(catalog.require(CatalogSlugs.DIPS).equipment()).containsExactly(Equipment.DIP_BARS);
    }

    @Test
    void the_guide_drills_a_lifter_without_equipment_can_do_are_marked_so() {
        assertThat(catalog.doableWith(Set.of()))
                .extracting(Exercise::slug)
                .contains(
                        CatalogSlugs.THORACIC_ROTATION,
                        CatalogSlugs.CAT_COW,
                        CatalogSlugs.CHILDS_POSE_WITH_REACH,
                        CatalogSlugs.SCAPULAR_SQUEEZE,
                        CatalogSlugs.PRONE_Y_RAISE,
                        CatalogSlugs.PRONE_T_RAISE,
                        CatalogSlugs.DIAPHRAGMATIC_BREATHING,
                        CatalogSlugs.PUSH_UP,
                        CatalogSlugs.PLANK)
                .doesNotContain(CatalogSlugs.BAND_ROW, CatalogSlugs.BENCH_PRESS, CatalogSlugs.FOAM_ROLLER);
    }

    @Test
    void patterns_follow_how_a_coach_counts_sets() {
        assertPatterns(CatalogSlugs.DEADLIFT, MovementPattern.HINGE);
        assertPatterns(CatalogSlugs.ROMANIAN_DEADLIFT, MovementPattern.HINGE);
        assertPatterns(CatalogSlugs.BARBELL_ROW, MovementPattern.HORIZONTAL_PULL, MovementPattern.HINGE);
        assertPatterns(CatalogSlugs.FACE_PULL, MovementPattern.SCAPULAR_STABILITY, MovementPattern.HORIZONTAL_PULL);
        assertPatterns(CatalogSlugs.CHIN_UP, MovementPattern.VERTICAL_PULL);
        assertPatterns(CatalogSlugs.PULL_UP, MovementPattern.VERTICAL_PULL);
        assertPatterns(CatalogSlugs.DIPS, MovementPattern.VERTICAL_PUSH, MovementPattern.HORIZONTAL_PUSH);
        assertPatterns(CatalogSlugs.INCLINE_PRESS, MovementPattern.HORIZONTAL_PUSH, MovementPattern.VERTICAL_PUSH);
        assertPatterns(CatalogSlugs.BENCH_PRESS, MovementPattern.HORIZONTAL_PUSH);
        assertPatterns(CatalogSlugs.THORACIC_ROTATION, MovementPattern.THORACIC_MOBILITY);
        assertPatterns(CatalogSlugs.PRONE_Y_RAISE, MovementPattern.SCAPULAR_STABILITY);
        assertPatterns(CatalogSlugs.BAND_PULL_APART, MovementPattern.SCAPULAR_STABILITY);
        assertPatterns(CatalogSlugs.FOAM_ROLLER, MovementPattern.SOFT_TISSUE);
        assertPatterns(CatalogSlugs.HEAT_PACK, MovementPattern.THERMAL);
        assertPatterns(CatalogSlugs.WALKING_BREAK, MovementPattern.CONDITIONING);
    }

    @Test
    void a_deadlift_is_not_a_pull_and_a_face_pull_is_one_pull_set() {
        List<MovementPattern> pulls = Arrays.stream(MovementPattern.values())
                .filter(MovementPattern::isPull)
                .toList();

        assertThat(catalog.require(CatalogSlugs.DEADLIFT).weightForAny(pulls)).isZero();
        assertThat(catalog.require(CatalogSlugs.FACE_PULL).weightForAny(pulls)).isEqualTo(1.0);
    }

    @Test
    void every_pattern_group_is_represented() {
        assertThat(MovementPattern.Group.values())
                .allSatisfy(group -> assertThat(catalog.inGroup(group)).isNotEmpty());
        assertThat(MovementPattern.values())
                .allSatisfy(pattern -> assertThat(catalog.training(pattern))
                        .as("something trains %s", pattern)
                        .isNotEmpty());
    }

    @Test
    void order_is_stable_and_the_list_cannot_be_changed() {
        assertThat(BuiltInCatalog.instance()).isSameAs(catalog);
        assertThat(catalog.all().getFirst().slug()).isEqualTo(CatalogSlugs.THORACIC_ROTATION);
        assertThat(catalog.all().getLast().slug()).isEqualTo(CatalogSlugs.FARMER_CARRY);
        assertThatThrownBy(() -> catalog.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void finds_by_slug_and_names_an_unknown_one() {
        assertThat(catalog.find(CatalogSlugs.CAT_COW)).map(Exercise::name).contains("Cat-cow");
        assertThat(catalog.find("no-such-thing")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
        assertThatThrownBy(() -> catalog.require("no-such-thing")).hasMessageContaining("no-such-thing");
    }

    @Test
    void filters_for_the_picker() {
        assertThat(catalog.withPrimaryPattern(MovementPattern.VERTICAL_PULL))
                .extracting(Exercise::slug)
                .containsExactly(CatalogSlugs.PULL_UP, CatalogSlugs.CHIN_UP, CatalogSlugs.LAT_PULLDOWN);
        assertThat(catalog.training(MovementPattern.HORIZONTAL_PULL))
                .extracting(Exercise::slug)
                .contains(CatalogSlugs.BAND_ROW, CatalogSlugs.FACE_PULL, CatalogSlugs.BAND_FACE_PULL);
        assertThat(catalog.withPrimaryPattern(MovementPattern.HORIZONTAL_PULL))
                .extracting(Exercise::slug)
                .doesNotContain(CatalogSlugs.FACE_PULL);
        assertThat(catalog.search("childs pose"))
                .extracting(Exercise::slug)
                .containsExactly(CatalogSlugs.CHILDS_POSE_WITH_REACH);
        assertThat(catalog.search("PULLUP")).extracting(Exercise::slug).containsExactly(CatalogSlugs.PULL_UP);
        assertThat(catalog.search("")).hasSameSizeAs(catalog.all());

        List<Exercise> bandOnlyPulls = catalog.filter(ExerciseFilter.any()
                .inGroup(MovementPattern.Group.UPPER_BODY_STRENGTH)
                .training(MovementPattern.HORIZONTAL_PULL)
                .doableWith(Set.of(Equipment.RESISTANCE_BAND)));
        assertThat(bandOnlyPulls)
                .extracting(Exercise::slug)
                .containsExactly(CatalogSlugs.BAND_ROW, CatalogSlugs.BAND_FACE_PULL);
    }

    private void assertPatterns(String slug, MovementPattern primary, MovementPattern... secondary) {
        Exercise exercise = catalog.require(slug);
        assertThat(exercise.primaryPattern()).as("%s primary", slug).isEqualTo(primary);
        assertThat(exercise.secondaryPatterns()).as("%s secondary", slug).containsExactlyInAnyOrder(secondary);
    }

    private static List<String> catalogSlugConstants() {
        return Arrays.stream(CatalogSlugs.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(BuiltInCatalogTest::valueOf)
                .toList();
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
