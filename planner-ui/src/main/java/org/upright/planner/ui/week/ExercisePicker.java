package org.upright.planner.ui.week;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.BiConsumer;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.LifterProfile;
import org.upright.planner.balance.Session;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.ExerciseFilter;
import org.upright.planner.exercise.MovementPattern;
import org.upright.planner.ui.i18n.ReaderText;
import org.upright.planner.ui.library.CatalogLabels;

/** Searchable catalogue in a dialog: filter by name, pattern and equipment, pick a block, add. */
class ExercisePicker extends Dialog {

    static final int MAX_SHOWN = 60;

    private final List<Exercise> catalogue;
    private final LifterProfile profile;
    private final TextField search = new TextField();
    private final ComboBox<MovementPattern> pattern = new ComboBox<>(getTranslation("planner.picker.movement"));
    private final Checkbox onlyDoable = new Checkbox(getTranslation("planner.picker.onlyDoable"));
    private final RadioButtonGroup<BlockType> block = new RadioButtonGroup<>(getTranslation("planner.picker.addTo"));
    private final Div results = new Div();
    private final BiConsumer<Exercise, BlockType> onPick;

    ExercisePicker(
            Session session, List<Exercise> catalogue, LifterProfile profile, BiConsumer<Exercise, BlockType> onPick) {
        this.catalogue = catalogue;
        this.profile = profile;
        this.onPick = onPick;
        setHeaderTitle(getTranslation("planner.picker.title", session.title()));
        setWidth("min(40rem, 95vw)");

        search.setPlaceholder(getTranslation("planner.picker.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setAriaLabel(getTranslation("planner.picker.searchLabel"));
        search.setWidthFull();
        pattern.setItems(MovementPattern.values());
        pattern.setItemLabelGenerator(ExercisePicker::patternLabel);
        pattern.setClearButtonVisible(true);
        block.setItems(BlockType.values());
        block.setItemLabelGenerator(SessionCard::blockLabel);
        block.setValue(BlockType.MAIN);
        onlyDoable.setValue(false);
        search.addValueChangeListener(e -> refresh());
        pattern.addValueChangeListener(e -> refresh());
        onlyDoable.addValueChangeListener(e -> refresh());
        results.addClassName("picker-results");

        FlexLayout filters = new FlexLayout(pattern, onlyDoable);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(search, filters, block, results);
        Button close = new Button(getTranslation("planner.common.close"), click -> close());
        getFooter().add(close);
        refresh();
    }

    private void refresh() {
        ExerciseFilter filter = ExerciseFilter.any().nameMatching(search.getValue());
        if (pattern.getValue() != null) {
            filter = filter.training(pattern.getValue());
        }
        List<Exercise> matches = filter.apply(catalogue).stream()
                .filter(e -> !onlyDoable.getValue() || profile.canDo(e))
                .toList();
        results.removeAll();
        if (matches.isEmpty()) {
            results.add(new Span(getTranslation("planner.picker.noMatch")));
        }
        for (Exercise exercise : matches.subList(0, Math.min(MAX_SHOWN, matches.size()))) {
            Span name = new Span(exercise.name());
            name.addClassName("picker-name");
            Span detail = new Span(patternLabel(exercise.primaryPattern()) + " · "
                    + ReaderText.render(exercise.defaultDose().text()));
            detail.addClassName("picker-detail");
            Button add = new Button(getTranslation("planner.picker.add"), click -> {
                onPick.accept(exercise, block.getValue());
                close();
            });
            add.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            add.getElement().setAttribute("aria-label", getTranslation("planner.picker.addNamed", exercise.name()));
            add.getElement().setAttribute("data-exercise", exercise.slug());
            Div text = new Div(name, detail);
            FlexLayout row = new FlexLayout(text, add);
            row.expand(text);
            row.setAlignItems(FlexLayout.Alignment.CENTER);
            row.addClassName("picker-row");
            results.add(row);
        }
    }

    /** The catalogue's one label for a pattern, as the library shows it. */
    static String patternLabel(MovementPattern pattern) {
        return CatalogLabels.of(pattern);
    }
}
