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
import java.util.Locale;
import java.util.stream.Collectors;
import org.upright.planner.common.Texts;
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
    final Button edit = new Button(getTranslation("library.details.edit"), VaadinIcon.EDIT.create());
    final Button delete = new Button(getTranslation("library.details.delete"), VaadinIcon.TRASH.create());
    final Button copy = new Button(getTranslation("library.details.copy"), VaadinIcon.COPY_O.create());
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
        getElement().setAttribute("aria-label", getTranslation("library.details.about", exercise.name()));

        title = new H3(exercise.name());
        title.getStyle().set("margin", "0");
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setAriaLabel(getTranslation("library.details.closeLabel"));
        close.setTooltipText(getTranslation("library.details.close"));
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
                new DescriptionList.Term(getTranslation("library.details.dose")),
                new DescriptionList.Description(dose, new Span(" (" + DoseText.inWords(exercise.defaultDose()) + ")")));
        facts.add(
                new DescriptionList.Term(getTranslation("library.details.equipment")),
                new DescriptionList.Description(CatalogLabels.equipment(exercise.equipment())));
        facts.add(
                new DescriptionList.Term(getTranslation("library.details.mainPattern")),
                new DescriptionList.Description(getTranslation(
                        "library.details.patternInGroup",
                        CatalogLabels.of(exercise.primaryPattern()),
                        inParentheses(CatalogLabels.of(exercise.primaryPattern().group())))));
        if (!exercise.secondaryPatterns().isEmpty()) {
            facts.add(
                    new DescriptionList.Term(getTranslation("library.details.alsoTrains")),
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

        add(new H4(getTranslation("library.details.howTo")));
        exercise.instructions().forEach(step -> steps.add(new ListItem(step)));
        add(steps);
        if (!exercise.whyItHelps().isBlank()) {
            why.setText(exercise.whyItHelps());
            add(new H4(getTranslation("library.details.why")), why);
        }
        cautions.setText(
                exercise.cautions().isBlank() ? getTranslation("library.details.defaultCaution") : exercise.cautions());
        add(new H4(getTranslation("library.details.takeCare")), cautions);

        Paragraph disclaimer = new Paragraph(getTranslation(ExerciseLibraryView.DISCLAIMER));
        disclaimer.addClassName("upright-disclaimer");
        add(disclaimer);

        if (ownership == Ownership.BUILT_IN) {
            readOnlyNote.setText(getTranslation("library.details.builtInNote"));
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
            copy.setTooltipText(getTranslation("library.details.copyTooltip"));
            copy.addClickListener(click -> actions.copy(exercise));
            buttons.add(copy);
            add(buttons);
        }
    }

    /**
     * A group's label inside the parentheses reads in lower case in English, Spanish and French
     * ("(upper-body strength)"); German keeps its nouns capitalised ("(Oberkörperkraft)").
     */
    private String inParentheses(String label) {
        Locale language = Texts.supported(getLocale());
        return language.equals(Locale.GERMAN) ? label : label.toLowerCase(language);
    }

    private Badge badge(Ownership ownership) {
        return new Badge(getTranslation(
                switch (ownership) {
                    case BUILT_IN -> "library.details.builtIn";
                    case MINE -> "library.details.mine";
                    case FROM_MY_COACH -> "library.details.fromCoach";
                }));
    }
}
