package org.upright.planner.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.account.Role;
import org.upright.planner.exercise.BuiltInCatalog;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.CustomExercise;
import org.upright.planner.exercise.DoseType;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.ExerciseCatalog;
import org.upright.planner.exercise.ExerciseDraft;
import org.upright.planner.exercise.MovementPattern;
import org.upright.planner.exercise.StoredExercises;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.security.WithSignedInAccount;

@UiTest
class ExerciseLibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ExerciseCatalog catalog;

    @Autowired
    StoredExercises lookup;

    String token = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void people() {
        LibraryPeople.ensure(jdbc);
    }

    List<String> names(ExerciseLibraryView view) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < test(view.grid).size(); i++) {
            names.add(test(view.grid).getRow(i).name());
        }
        return names;
    }

    void select(ExerciseLibraryView view, String name) {
        int index = names(view).indexOf(name);
        assertThat(index).as(name + " is listed").isNotNegative();
        test(view.grid).select(index);
    }

    CustomExercise addAsCoach(String name) {
        return LibraryPeople.as(
                LibraryPeople.COACH,
                Role.COACH,
                () -> catalog.add(new ExerciseDraft(
                        name,
                        Set.of(Equipment.RESISTANCE_BAND),
                        true,
                        MovementPattern.SCAPULAR_STABILITY,
                        Set.of(),
                        DoseType.HOLD,
                        2,
                        20,
                        30,
                        List.of("Loop the band round a post.", "Hold the squeeze."),
                        "Builds staying power between the shoulder blades.",
                        "")));
    }

    @Test
    @WithSignedInAccount(role = Role.LIFTER, id = 3_100_009L)
    void searchAndFiltersNarrowTheListAndClearingBringsEverythingBack() {
        ExerciseLibraryView view = navigate(ExerciseLibraryView.class);
        int everything = BuiltInCatalog.instance().size();
        assertThat(test(view.grid).size()).isEqualTo(everything);
        assertThat(view.count.getText()).isEqualTo(everything + " exercises");

        test(view.search).setValue("row");
        assertThat(names(view))
                .containsExactly("Resistance band row", "Barbell row", "One-arm dumbbell row", "Seated cable row");

        test(view.search).setValue("");
        test(view.group).selectItem("Mobility and recovery");
        assertThat(view.shown())
                .isNotEmpty()
                .allMatch(e -> e.primaryPattern().group() == MovementPattern.Group.MOBILITY_AND_RECOVERY);
        assertThat(test(view.pattern).getSuggestionItems())
                .allMatch(p -> p.group() == MovementPattern.Group.MOBILITY_AND_RECOVERY);

        test(view.group).selectItem("Upper-body strength");
        test(view.pattern).selectItem("Horizontal pull");
        assertThat(names(view)).contains("Seated cable row", "Band face pull").doesNotContain("Bench press");

        view.pattern.clear();
        view.group.clear();
        test(view.equipment).selectItem("Resistance band");
        assertThat(view.shown())
                .isNotEmpty()
                .allMatch(e -> e.canBeDoneWith(Set.of(Equipment.RESISTANCE_BAND)))
                .extracting(Exercise::name)
                .contains("Resistance band row", "Push-up")
                .doesNotContain("Bench press");

        test(view.search).setValue("zzz no such exercise");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.count.getText()).isEqualTo("No exercise matches. Try fewer filters.");

        test(view.clearFilters).click();
        assertThat(test(view.grid).size()).isEqualTo(everything);
    }

    @Test
    @WithSignedInAccount(role = Role.LIFTER, id = 3_100_009L)
    void anExerciseShowsItsDoseStepsReasonsCautionsAndTheDisclaimer() {
        ExerciseLibraryView view = navigate(ExerciseLibraryView.class);
        Exercise rotation = BuiltInCatalog.instance().require(CatalogSlugs.THORACIC_ROTATION);

        select(view, "Thoracic rotation");

        ExerciseDetails details = view.details;
        assertThat(test(view.layout).getDetail()).isSameAs(details);
        assertThat(details.title.getText()).isEqualTo("Thoracic rotation");
        assertThat(details.dose.getText()).isEqualTo("1 × 10 per side");
        assertThat(details.steps.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactlyElementsOf(rotation.instructions());
        assertThat(details.why.getText()).isEqualTo(rotation.whyItHelps());
        assertThat(details.cautions.getText()).isEqualTo(rotation.cautions());
        assertThat(details.getElement().getText() + details.getElement().getTextRecursively())
                .contains(details.getTranslation(ExerciseLibraryView.DISCLAIMER));
        assertThat(details.readOnlyNote.getText()).contains("can’t be changed");
        // lifters add nothing and change nothing
        assertThat(view.newExercise.isAttached()).isFalse();
        assertThat(details.edit.isAttached()).isFalse();
        assertThat(details.copy.isAttached()).isFalse();

        test(details.close).click();
        assertThat(view.details).isNull();
        assertThat(test(view.layout).getDetail()).isNull();
    }

    @Test
    @WithSignedInAccount(role = Role.LIFTER, id = LibraryPeople.CLIENT)
    void aClientSeesTheirCoachsExercisesReadOnly() {
        CustomExercise added = addAsCoach("Band hold " + token);

        ExerciseLibraryView view = navigate(ExerciseLibraryView.class);
        test(view.search).setValue("band hold " + token);

        assertThat(names(view)).containsExactly(added.name());
        select(view, added.name());
        assertThat(view.details.dose.getText()).isEqualTo("2 × 20–30 s per side");
        assertThat(view.details.getElement().getTextRecursively()).contains("From your coach");
        assertThat(view.details.edit.isAttached()).isFalse();
        assertThat(view.details.cautions.getText())
                .isEqualTo("Move within a comfortable range and stop if anything" + " hurts.");
    }

    @Test
    @WithSignedInAccount(role = Role.COACH, id = LibraryPeople.OTHER_COACH)
    void anotherCoachDoesNotSeeThem() {
        CustomExercise added = addAsCoach("Band hold " + token);

        ExerciseLibraryView view = navigate(ExerciseLibraryView.class);
        test(view.search).setValue(added.name());

        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    @WithSignedInAccount(role = Role.COACH, id = LibraryPeople.COACH)
    void aCoachsNewExerciseFormShowsEachProblemAtItsFieldAndKeepsWhatWasTyped() {
        ExerciseLibraryView view = navigate(ExerciseLibraryView.class);
        test(view.newExercise).click();
        roundTrip(); // dialogs attach on the way back to the browser
        ExerciseForm form = view.form;
        assertThat(form).isNotNull();
        assertThat(form.isOpened()).isTrue();

        test(form.name).setValue("   ");
        test(form.doseType).selectItem("Minutes of steady work");
        test(form.perSide).click();
        test(form.low).setValue(0);
        test(form.cautions).setValue("Keep the elbows soft.");
        test(form.save).click();

        assertThat(form.isOpened()).isTrue();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Give the exercise a name.");
        assertThat(form.primaryPattern.isInvalid()).isTrue();
        assertThat(form.doseType.isInvalid()).isTrue();
        assertThat(form.doseType.getErrorMessage()).contains("can’t be counted per side");
        assertThat(form.low.isInvalid()).isTrue();
        assertThat(form.low.getErrorMessage()).isEqualTo("Use 1 to 240 minutes.");
        assertThat(form.instructions.isInvalid()).isTrue();
        assertThat(form.cautions.isInvalid()).isFalse();
        assertThat(form.sets.isVisible()).isFalse();
        assertThat(form.formMessage.getText()).contains("5 things need fixing");
        // nothing typed is lost
        assertThat(form.cautions.getValue()).isEqualTo("Keep the elbows soft.");
        assertThat(form.low.getValue()).isZero();
        assertThat(form.perSide.getValue()).isTrue();

        String name = "Wall slide " + token;
        test(form.name).setValue(name);
        test(form.primaryPattern).selectItem("Shoulder-blade control");
        test(form.perSide).click();
        test(form.doseType).selectItem("Sets × reps");
        test(form.sets).setValue(2);
        test(form.low).setValue(8);
        test(form.high).setValue(12);
        assertThat(form.dosePreview.getText()).isEqualTo("Shown as: 2 × 8–12 (2 sets of 8–12 reps)");
        test(form.instructions).setValue("Stand with your back to a wall.\n\nSlide the arms up and down.");
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(view.form).isNull();
        assertThat(view.details).isNotNull();
        assertThat(view.details.title.getText()).isEqualTo(name);
        assertThat(view.details.steps.getChildren().count()).isEqualTo(2);
        assertThat(view.details.edit.isAttached()).isTrue();
        assertThat(view.details.getElement().getTextRecursively()).contains("Your exercise");
        assertThat(names(view)).contains(name);
    }

    @Test
    @WithSignedInAccount(role = Role.COACH, id = LibraryPeople.COACH)
    void aCoachEditsAndDeletesTheirOwnButOnlyCopiesBuiltIns() {
        CustomExercise added = addAsCoach("Band hold " + token);
        ExerciseLibraryView view = navigate(ExerciseLibraryView.class);

        select(view, "Thoracic rotation");
        assertThat(view.details.edit.isAttached()).isFalse();
        assertThat(view.details.delete.isAttached()).isFalse();
        test(view.details.copy).click();
        roundTrip(); // dialogs attach on the way back to the browser
        assertThat(view.form.name.getValue()).isEqualTo("Thoracic rotation (my version)");
        assertThat(view.form.low.getValue()).isEqualTo(10);
        test(view.form.cancel).click();
        assertThat(view.form).isNull();

        select(view, added.name());
        test(view.details.edit).click();
        roundTrip(); // dialogs attach on the way back to the browser
        assertThat(view.form.name.getValue()).isEqualTo(added.name());
        assertThat(view.form.low.getValue()).isEqualTo(20);
        assertThat(view.form.high.getValue()).isEqualTo(30);
        String renamed = "Band hold, longer " + token;
        test(view.form.name).setValue(renamed);
        test(view.form.high).setValue(45);
        test(view.form.save).click();

        assertThat(view.details.title.getText()).isEqualTo(renamed);
        assertThat(view.details.dose.getText()).isEqualTo("2 × 20–45 s per side");
        assertThat(lookup.find(added.slug()).orElseThrow().name()).isEqualTo(renamed);

        test(view.details.delete).click();
        roundTrip(); // dialogs attach on the way back to the browser
        assertThat(view.confirmDelete).isNotNull();
        test(view.confirmDelete).confirm();

        assertThat(names(view)).doesNotContain(renamed);
        assertThat(view.details).isNull();
        assertThat(lookup.find(added.slug())).isPresent(); // plans that use it keep it
    }

    @Test
    @WithSignedInAccount(role = Role.COACH, id = LibraryPeople.COACH)
    void aStaleEditIsExplainedAndWhatWasTypedStays() {
        CustomExercise added = addAsCoach("Band hold " + token);
        ExerciseLibraryView view = navigate(ExerciseLibraryView.class);
        select(view, added.name());
        test(view.details.edit).click();
        roundTrip(); // dialogs attach on the way back to the browser
        // meanwhile, in another tab
        catalog.update(
                added.slug(),
                added.version(),
                ExerciseDraft.of(added.exercise()).named("Other tab " + token));

        test(view.form.name).setValue("This tab " + token);
        test(view.form.save).click();

        assertThat(view.form.isOpened()).isTrue();
        assertThat(view.form.formMessage.getText()).contains("changed somewhere else");
        assertThat(view.form.name.getValue()).isEqualTo("This tab " + token);
    }

    @Test
    @WithSignedInAccount(role = Role.LIFTER, id = 3_100_009L)
    void aLinkWithASlugOpensThatExercise() {
        ExerciseLibraryView view = navigate("exercises/" + CatalogSlugs.FACE_PULL, ExerciseLibraryView.class);

        assertThat(view.details).isNotNull();
        assertThat(view.details.title.getText()).isEqualTo("Face pull");
    }
}
