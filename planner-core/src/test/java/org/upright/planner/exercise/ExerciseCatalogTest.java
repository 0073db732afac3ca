package org.upright.planner.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.common.StaleEditException;

@DatabaseTest
class ExerciseCatalogTest {

    @Autowired
    ExerciseCatalog catalog;

    @Autowired
    StoredExercises lookup;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    AccountSummary coach;
    AccountSummary client;
    AccountSummary otherCoach;
    AccountSummary otherClient;
    String token;

    @BeforeEach
    void setUp() {
        coach = people.coach("Chris Coach");
        client = people.lifter("Pat Client");
        otherCoach = people.coach("Olu Othercoach");
        otherClient = people.lifter("Sam Otherclient");
        people.coaches(coach, client, false);
        people.coaches(otherCoach, otherClient, false);
        token = UUID.randomUUID().toString().substring(0, 8);
    }

    ExerciseDraft bandWRaise(String name) {
        return new ExerciseDraft(
                name,
                Set.of(Equipment.RESISTANCE_BAND),
                false,
                MovementPattern.SCAPULAR_STABILITY,
                Set.of(MovementPattern.HORIZONTAL_PULL),
                DoseType.REPS,
                3,
                12,
                15,
                List.of("Hold the band in both hands, elbows bent.", "", "  Pull the hands apart into a W.  "),
                "Wakes up the muscles between the shoulder blades.",
                "Stop if it pinches at the front of the shoulder.");
    }

    CustomExercise addAs(AccountSummary who, ExerciseDraft draft) {
        return people.as(who, () -> catalog.add(draft));
    }

    @Test
    void aCoachsExerciseIsInTheirCatalogueAndTheirClientsWithWhatTheyTyped() {
        CustomExercise added = addAs(coach, bandWRaise("Band W raise " + token));

        Exercise stored = added.exercise();
        assertThat(stored.slug()).isEqualTo("custom-band-w-raise-" + token);
        assertThat(stored.builtIn()).isFalse();
        assertThat(stored.defaultDose()).isEqualTo(Dose.reps(3, 12, 15));
        assertThat(stored.instructions())
                .containsExactly("Hold the band in both hands, elbows bent.", "Pull the hands apart into a W.");
        assertThat(stored.secondaryPatterns()).containsExactly(MovementPattern.HORIZONTAL_PULL);
        assertThat(added.ownerId()).isEqualTo(coach.id());

        List<Exercise> coachSees = people.as(coach, () -> catalog.visible());
        List<Exercise> clientSees = people.as(client, () -> catalog.visible());
        assertThat(coachSees).contains(stored);
        assertThat(clientSees).contains(stored);
        assertThat(clientSees).containsAll(BuiltInCatalog.instance().all());
        assertThat(clientSees.getLast()).isEqualTo(stored); // own exercises follow the built-in ones
        assertThat(people.as(client, () -> catalog.find(stored.slug()))).contains(stored);
        assertThat(people.as(coach, () -> catalog.mine()))
                .extracting(CustomExercise::slug)
                .contains(stored.slug());
    }

    @Test
    void otherCoachesTheirClientsFormerClientsAndSelfCoachedLiftersDoNotSeeIt() {
        AccountSummary formerClient = people.lifter("Fay Formerclient");
        AccountSummary selfCoached = people.lifter("Sol Selfcoached");
        people.coaches(coach, formerClient, true);
        String slug = addAs(coach, bandWRaise("Private drill " + token)).slug();

        for (AccountSummary outsider : List.of(otherCoach, otherClient, formerClient, selfCoached)) {
            assertThat(people.as(outsider, () -> catalog.visible()))
                    .as(outsider.displayName())
                    .extracting(Exercise::slug)
                    .doesNotContain(slug)
                    .hasSize(BuiltInCatalog.instance().size());
            assertThat(people.as(outsider, () -> catalog.find(slug))).isEmpty();
        }
        assertThat(people.as(otherCoach, () -> catalog.mine(slug))).isEmpty();
    }

    @Test
    void filtersWorkOnOwnExercisesToo() {
        String slug = addAs(coach, bandWRaise("Band W raise " + token)).slug();

        List<Exercise> found = people.as(
                client,
                () -> catalog.filter(ExerciseFilter.any()
                        .withPrimaryPattern(MovementPattern.SCAPULAR_STABILITY)
                        .nameMatching("w raise " + token)));

        assertThat(found).extracting(Exercise::slug).containsExactly(slug);
    }

    @Test
    void liftersCannotAddAndNobodyAnonymousReadsTheCatalogue() {
        assertThatThrownBy(() -> addAs(client, bandWRaise("Sneaky " + token)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(client, () -> catalog.mine())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.visible()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThat(jdbc.queryForObject(
                        "select count(*) from custom_exercise where name = ?", Long.class, "Sneaky " + token))
                .isZero();
    }

    @Test
    void builtInExercisesCanNeitherBeChangedNorDeleted() {
        Exercise rotation = BuiltInCatalog.instance().require(CatalogSlugs.THORACIC_ROTATION);
        ExerciseDraft changed = ExerciseDraft.of(rotation).named("My rotation");

        assertThatThrownBy(() -> people.as(coach, () -> catalog.update(rotation.slug(), 0, changed)))
                .isInstanceOf(BuiltInExerciseReadOnly.class)
                .hasMessageContaining("can’t be changed");
        assertThatThrownBy(() -> people.as(coach, () -> catalog.delete(rotation.slug(), 0)))
                .isInstanceOf(BuiltInExerciseReadOnly.class)
                .hasMessageContaining("can’t be deleted");

        assertThat(people.as(coach, () -> catalog.find(rotation.slug()))).contains(rotation);
        assertThat(people.as(coach, () -> catalog.mine(rotation.slug()))).isEmpty();
    }

    @Test
    void aBuiltInEntryCanBeTheStartOfANewOwnExercise() {
        Exercise rotation = BuiltInCatalog.instance().require(CatalogSlugs.THORACIC_ROTATION);

        CustomExercise copy = addAs(coach, ExerciseDraft.of(rotation).named("Rotation, my way " + token));

        assertThat(copy.slug()).isEqualTo("custom-rotation-my-way-" + token);
        assertThat(copy.exercise().defaultDose()).isEqualTo(rotation.defaultDose());
        assertThat(copy.exercise().instructions()).isEqualTo(rotation.instructions());
        assertThat(copy.exercise().perSide()).isEqualTo(rotation.perSide());
    }

    @Test
    void badInputNamesEveryBadFieldAndStoresNothing() {
        long before = count();
        ExerciseDraft bad = new ExerciseDraft(
                "  ",
                Set.of(),
                true,
                MovementPattern.STRETCH,
                Set.of(MovementPattern.STRETCH),
                DoseType.DURATION,
                null,
                0,
                null,
                List.of(" ", ""),
                "x".repeat(ExerciseCatalog.MAX_TEXT_LENGTH + 1),
                "fine");

        assertThatThrownBy(() -> addAs(coach, bad))
                .isInstanceOfSatisfying(
                        ExerciseRejected.class,
                        rejected -> assertThat(rejected.fieldErrors())
                                .containsOnlyKeys(
                                        ExerciseRejected.NAME,
                                        ExerciseRejected.SECONDARY_PATTERNS,
                                        ExerciseRejected.DOSE_TYPE,
                                        ExerciseRejected.LOW,
                                        ExerciseRejected.INSTRUCTIONS,
                                        ExerciseRejected.WHY_IT_HELPS)
                                .containsEntry(ExerciseRejected.NAME, "Give the exercise a name.")
                                .containsEntry(ExerciseRejected.LOW, "Use 1 to 240 minutes."));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aRangeThatRunsBackwardsAndTooManySetsAreNamed() {
        ExerciseDraft draft = new ExerciseDraft(
                "Backwards " + token,
                null,
                false,
                MovementPattern.CORE,
                null,
                DoseType.HOLD,
                21,
                40,
                20,
                List.of("Hold."),
                null,
                null);

        assertThatThrownBy(() -> addAs(coach, draft))
                .isInstanceOfSatisfying(
                        ExerciseRejected.class,
                        rejected -> assertThat(rejected.fieldErrors())
                                .containsOnlyKeys(ExerciseRejected.SETS, ExerciseRejected.HIGH)
                                .containsEntry(ExerciseRejected.SETS, "Use 1 to 20 sets."));
    }

    @Test
    void aCoachCannotHaveTwoExercisesOfTheSameName() {
        addAs(coach, bandWRaise("Twin " + token));

        assertThatThrownBy(() -> addAs(coach, bandWRaise("twin " + token + " ")))
                .isInstanceOfSatisfying(
                        ExerciseRejected.class,
                        rejected -> assertThat(rejected.fieldErrors()).containsOnlyKeys(ExerciseRejected.NAME));
        // another coach may use the name; the slug is made unique
        CustomExercise theirs = addAs(otherCoach, bandWRaise("Twin " + token));
        assertThat(theirs.slug()).isEqualTo("custom-twin-" + token + "-2");
    }

    @Test
    void theOwnerEditsAndTheSlugStays() {
        CustomExercise added = addAs(coach, bandWRaise("Band W raise " + token));

        CustomExercise edited = people.as(
                coach,
                () -> catalog.update(
                        added.slug(),
                        added.version(),
                        bandWRaise("Band W raise, slow " + token).named("Slow W raise " + token)));

        assertThat(edited.slug()).isEqualTo(added.slug());
        assertThat(edited.name()).isEqualTo("Slow W raise " + token);
        assertThat(edited.version()).isGreaterThan(added.version());
        assertThat(people.as(client, () -> catalog.find(added.slug())))
                .map(Exercise::name)
                .contains("Slow W raise " + token);
    }

    @Test
    void anEditStartedFromAnOldVersionIsRefusedAndChangesNothing() {
        CustomExercise opened = addAs(coach, bandWRaise("Band W raise " + token));
        // the same coach, in another tab, saves first
        people.as(coach, () -> catalog.update(opened.slug(), opened.version(), bandWRaise("First tab " + token)));

        assertThatThrownBy(() -> people.as(
                        coach,
                        () -> catalog.update(opened.slug(), opened.version(), bandWRaise("Second tab " + token))))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("changed somewhere else");
        assertThatThrownBy(() -> people.as(coach, () -> catalog.delete(opened.slug(), opened.version())))
                .isInstanceOf(StaleEditException.class);

        assertThat(people.as(coach, () -> catalog.mine(opened.slug())))
                .map(CustomExercise::name)
                .contains("First tab " + token);
    }

    @Test
    void nobodyButTheOwnerChangesOrDeletesAnExercise() {
        CustomExercise added = addAs(coach, bandWRaise("Band W raise " + token));

        assertThatThrownBy(() -> people.as(
                        otherCoach, () -> catalog.update(added.slug(), added.version(), bandWRaise("Mine " + token))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("you added yourself");
        assertThatThrownBy(() -> people.as(otherCoach, () -> catalog.delete(added.slug(), added.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(client, () -> catalog.delete(added.slug(), added.version())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(people.as(coach, () -> catalog.mine(added.slug())))
                .map(CustomExercise::name)
                .contains(added.name());
    }

    @Test
    void aDeletedExerciseLeavesTheLibraryButPlansStillResolveIt() {
        CustomExercise added = addAs(coach, bandWRaise("Band W raise " + token));

        people.as(coach, () -> catalog.delete(added.slug(), added.version()));

        assertThat(people.as(coach, () -> catalog.visible()))
                .extracting(Exercise::slug)
                .doesNotContain(added.slug());
        assertThat(people.as(client, () -> catalog.find(added.slug()))).isEmpty();
        assertThat(people.as(coach, () -> catalog.mine()))
                .extracting(CustomExercise::slug)
                .doesNotContain(added.slug());
        assertThat(lookup.find(added.slug())).contains(added.exercise());
        // the slug is never handed out again, so old plans cannot start pointing at a new exercise
        assertThat(addAs(coach, bandWRaise("Band W raise " + token)).slug()).isEqualTo(added.slug() + "-2");
        assertThatThrownBy(() ->
                        people.as(coach, () -> catalog.update(added.slug(), added.version() + 1, bandWRaise("x"))))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("deleted");
    }

    @Test
    void theLookupResolvesEveryonesExercisesWithoutASignIn() {
        CustomExercise added = addAs(coach, bandWRaise("Band W raise " + token));
        // the client moves to another coach: the library no longer shows the old coach's exercise,
        // but a plan that uses it still resolves it
        jdbc.update(
                "update coaching set ended_at = current_timestamp, current_lifter_id = null where lifter_id = ?",
                client.id());
        people.coaches(otherCoach, client, false);

        assertThat(people.as(client, () -> catalog.find(added.slug()))).isEmpty();
        assertThat(lookup.find(added.slug())).contains(added.exercise());
        assertThat(lookup.find(CatalogSlugs.BAND_ROW))
                .contains(BuiltInCatalog.instance().require(CatalogSlugs.BAND_ROW));
        assertThat(lookup.find("custom-never-made-" + token)).isEmpty();
        assertThat(lookup.find(null)).isEmpty();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from custom_exercise", Long.class);
    }
}
