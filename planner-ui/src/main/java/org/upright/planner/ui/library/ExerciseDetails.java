package org.upright.planner.ui.library;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import org.upright.planner.exercise.Exercise;

/**
 * One exercise, everything a lifter needs to do it: dose, equipment, patterns, steps, why it helps,
 * cautions and the disclaimer. Coaches also get the actions that fit the entry: edit and delete
 * for their own, "copy as my own" for any other.
 */
class ExerciseDetails extends VerticalLayout {

    /** What the details can ask the library to do. */
    interface Actions {
        void close();

        void edit(Exercise exercise);

        void delete(Exercise exercise);

        void copy(Exercise exercise);
    }

    enum Ownership {
        BUILT_IN,
        MINE,
        FROM_MY_COACH
    }

    final H3 title;
    final Span dose;
    final Paragraph readOnlyNote = new Paragraph();
    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    final Button copy = new Button("Copy as my own", VaadinIcon.COPY_O.create());
    final Button close = new Button(VaadinIcon.CLOSE.create());
    final OrderedList steps = new OrderedList();
    final Paragraph why = new Paragraph();
    final Paragraph cautions = new Paragraph();

    ExerciseDetails(Exercise exercise, Ownership ownership, boolean coach, Actions actions) {
        addClassName("upright-exercise-details");
        setPadding(true);
        setSpacing(false);
        setHeightFull();
        getStyle().set("overflow", "auto").set("box-sizing", "border-box");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "About " + exercise.name());

        title = new H3(exercise.name());
        title.getStyle().set("margin", "0");
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setAriaLabel("Close the details");
        close.setTooltipText("Close");
        close.addClickListener(click -> actions.close());
        HorizontalLayout header = new HorizontalLayout(title, close);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.START);
        header.expand(title);
        add(header, badge(ownership));

        dose = new Span(DoseText.compact(exercise.defaultDose()));
        dose.getElement().setAttribute("title", DoseText.inWords(exercise.defaultDose()));
        DescriptionList facts = new DescriptionList();
        facts.add(
                new DescriptionList.Term("Default dose"),
                new DescriptionList.Description(dose, new Span(" (" + DoseText.inWords(exercise.defaultDose()) + ")")));
        facts.add(
                new DescriptionList.Term("Equipment"),
                new DescriptionList.Description(CatalogLabels.equipment(exercise.equipment())));
        facts.add(
                new DescriptionList.Term("Main pattern"),
                new DescriptionList.Description(CatalogLabels.of(exercise.primaryPattern()) + " ("
                        + CatalogLabels.of(exercise.primaryPattern().group()).toLowerCase() + ")"));
        if (!exercise.secondaryPatterns().isEmpty()) {
            facts.add(
                    new DescriptionList.Term("Also trains"),
                    new DescriptionList.Description(exercise.secondaryPatterns().stream()
                            .sorted()
                            .map(CatalogLabels::of)
                            .collect(Collectors.joining(", "))));
        }
        facts.getStyle().set("margin", "var(--lumo-space-s) 0");
        facts.getChildren().forEach(part -> {
            if (part instanceof DescriptionList.Term) {
                part.getElement().getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
            } else {
                part.getElement().getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
            }
        });
        add(facts);

        add(new H4("How to do it"));
        exercise.instructions().forEach(step -> steps.add(new ListItem(step)));
        add(steps);
        if (!exercise.whyItHelps().isBlank()) {
            why.setText(exercise.whyItHelps());
            add(new H4("Why it helps"), why);
        }
        cautions.setText(
                exercise.cautions().isBlank()
                        ? "Move within a comfortable range and stop if anything hurts."
                        : exercise.cautions());
        add(new H4("Take care"), cautions);

        Paragraph disclaimer = new Paragraph(ExerciseLibraryView.DISCLAIMER);
        disclaimer.addClassName("upright-disclaimer");
        add(disclaimer);

        if (ownership == Ownership.BUILT_IN) {
            readOnlyNote.setText("Built-in exercise: the same for everyone, so it can't be changed.");
            readOnlyNote.addClassName("upright-disclaimer");
            add(readOnlyNote);
        }
        if (coach) {
            FlexLayout buttons = new FlexLayout();
            buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            buttons.getStyle().set("gap", "var(--lumo-space-s)");
            if (ownership == Ownership.MINE) {
                edit.addClickListener(click -> actions.edit(exercise));
                delete.addThemeVariants(ButtonVariant.ERROR);
                delete.addClickListener(click -> actions.delete(exercise));
                buttons.add(edit, delete);
            }
            copy.setTooltipText("Start a new exercise of your own from this one");
            copy.addClickListener(click -> actions.copy(exercise));
            buttons.add(copy);
            add(buttons);
        }
    }

    private static Badge badge(Ownership ownership) {
        return switch (ownership) {
            case BUILT_IN -> new Badge("Built-in");
            case MINE -> new Badge("Your exercise");
            case FROM_MY_COACH -> new Badge("From your coach");
        };
    }
}
