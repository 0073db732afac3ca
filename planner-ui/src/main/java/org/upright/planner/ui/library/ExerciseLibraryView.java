package org.upright.planner.ui.library;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.masterdetaillayout.MasterDetailLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.exercise.CustomExercise;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.ExerciseCatalog;
import org.upright.planner.exercise.ExerciseDraft;
import org.upright.planner.exercise.ExerciseFilter;
import org.upright.planner.exercise.MovementPattern;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * The exercise library, for lifters and coaches: search and filter the catalogue, open an entry
 * to read how to do it. Coaches also add their own exercises and edit or delete them; built-in
 * entries are read-only (a coach can copy one as a start for their own).
 *
 * <p>{@code exercises/<slug>} opens the library with that exercise shown, so other screens (the
 * planner) can link to an entry. On a narrow screen the details slide over the list.
 */
@Route("exercises")
@PermitAll
public class ExerciseLibraryView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** Under every exercise (a key of the {@code library} bundle). */
    static final String DISCLAIMER = "library.disclaimer";

    /** Above the list: the short form, so the list keeps its room on a phone. */
    static final String SHORT_DISCLAIMER = "library.disclaimer.short";

    @Override
    public String getPageTitle() {
        return getTranslation("library.view.pageTitle");
    }

    final TextField search = new TextField();
    final Select<MovementPattern.Group> group = new Select<>();
    final Select<MovementPattern> pattern = new Select<>();
    final MultiSelectComboBox<Equipment> equipment =
            new MultiSelectComboBox<>(getTranslation("library.view.equipment"));
    final Button clearFilters = new Button(getTranslation("library.view.clearFilters"));
    final Button newExercise = new Button(getTranslation("library.view.newExercise"), VaadinIcon.PLUS.create());
    final Span count = new Span();
    final Grid<Exercise> grid = new Grid<>();
    final MasterDetailLayout layout = new MasterDetailLayout();

    /** The details shown now, or {@code null}. */
    ExerciseDetails details;
    /** The add or edit form open now, or {@code null}. */
    ExerciseForm form;
    /** The delete confirmation open now, or {@code null}. */
    ConfirmDialog confirmDelete;

    private final ExerciseCatalog catalog;
    private final boolean coach;
    private List<Exercise> all = List.of();
    private Map<String, CustomExercise> mine = Map.of();

    public ExerciseLibraryView(ExerciseCatalog catalog, AuthenticationContext authentication) {
        this.catalog = catalog;
        this.coach = authentication
                .getAuthenticatedUser(SignedInAccount.class)
                .map(me -> me.is(Role.COACH))
                .orElse(false);
        addClassName("upright-page");
        setSizeFull();
        setSpacing(false);

        H2 heading = new H2(getTranslation("library.view.title"));
        heading.getStyle().set("margin", "0").set("margin-inline-end", "auto");
        FlexLayout top = new FlexLayout(heading);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        if (coach) {
            newExercise.addThemeVariants(ButtonVariant.PRIMARY);
            newExercise.addClickListener(click -> openForm(null, ExerciseDraft.blank()));
            top.add(newExercise);
        }
        Paragraph disclaimer = new Paragraph(getTranslation(SHORT_DISCLAIMER));
        disclaimer.addClassName("upright-disclaimer");
        disclaimer.getStyle().set("margin-block", "var(--lumo-space-xs) var(--lumo-space-s)");

        HorizontalLayout summary = new HorizontalLayout(count, clearFilters);
        summary.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.setSpacing(false);
        add(top, disclaimer, filters(), summary, layout());
        expand(layout);
        reload();
    }

    private Component filters() {
        search.setLabel(getTranslation("library.view.search"));
        search.setPlaceholder(getTranslation("library.view.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        group.setLabel(getTranslation("library.view.group"));
        group.setItems(MovementPattern.Group.values());
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("library.view.allGroups"));
        group.setItemLabelGenerator(g -> g == null ? getTranslation("library.view.allGroups") : CatalogLabels.of(g));
        group.addValueChangeListener(change -> {
            narrowPatterns();
            refresh();
        });

        pattern.setLabel(getTranslation("library.view.pattern"));
        pattern.setEmptySelectionAllowed(true);
        pattern.setEmptySelectionCaption(getTranslation("library.view.anyPattern"));
        pattern.setItemLabelGenerator(p -> p == null ? getTranslation("library.view.anyPattern") : CatalogLabels.of(p));
        pattern.setItems(MovementPattern.values());
        pattern.addValueChangeListener(change -> refresh());

        equipment.setItems(EnumSet.complementOf(EnumSet.of(Equipment.NONE)));
        equipment.setItemLabelGenerator(CatalogLabels::of);
        equipment.setPlaceholder(getTranslation("library.view.anyEquipment"));
        equipment.setTooltipText(getTranslation("library.view.equipment.tooltip"));
        equipment.addValueChangeListener(change -> refresh());

        clearFilters.addThemeVariants(ButtonVariant.TERTIARY);
        clearFilters.addClickListener(click -> {
            search.clear();
            group.clear();
            pattern.clear();
            equipment.clear();
        });

        FlexLayout bar = new FlexLayout(search, group, pattern, equipment);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.getStyle().set("gap", "0 var(--lumo-space-m)");
        // on a phone the search and the equipment take a row each, the two pattern choices share one
        search.getStyle().set("flex", "1 1 14rem").set("min-width", "0");
        group.getStyle().set("flex", "1 1 9.5rem").set("min-width", "0");
        pattern.getStyle().set("flex", "1 1 9.5rem").set("min-width", "0");
        equipment.getStyle().set("flex", "1 1 14rem").set("min-width", "0");
        count.addClassName("upright-disclaimer");
        count.getElement().setAttribute("aria-live", "polite");
        return bar;
    }

    private Component layout() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::row).setHeader(getTranslation("library.view.column"));
        grid.setAriaLabel(getTranslation("library.view.gridLabel"));
        grid.setSizeFull();
        grid.setMinHeight("20rem"); // on a short screen the page scrolls rather than squeezing the list
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));

        Div placeholder = new Div(new Paragraph(getTranslation("library.view.choose")));
        placeholder.addClassName("upright-disclaimer");
        placeholder.getStyle().set("padding", "var(--lumo-space-m)");

        layout.setMaster(grid);
        layout.setDetailPlaceholder(placeholder);
        layout.setMasterSize("20rem");
        layout.setDetailSize("26rem");
        layout.setExpandDetail(true);
        layout.setSizeFull();
        layout.setMinHeight("20rem");
        // on a narrow screen the details cover the whole page, not just the list's corner of it
        layout.setOverlayContainment(MasterDetailLayout.OverlayContainment.PAGE);
        layout.addBackdropClickListener(click -> grid.deselectAll());
        layout.addDetailEscapePressListener(escape -> grid.deselectAll());
        return layout;
    }

    private Component row(Exercise exercise) {
        Span name = new Span(exercise.name());
        name.getStyle().set("font-weight", "600");
        Span facts = new Span(CatalogLabels.of(exercise.primaryPattern()) + " · "
                + CatalogLabels.equipment(exercise.equipment()) + " · " + DoseText.compact(exercise.defaultDose()));
        facts.addClassName("upright-disclaimer");
        Div line = new Div(name);
        if (!exercise.builtIn()) {
            Badge own = new Badge(
                    getTranslation(mine.containsKey(exercise.slug()) ? "library.view.yours" : "library.view.coach"));
            own.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            line.add(own);
        }
        Div row = new Div(line, facts);
        row.getStyle().set("display", "flex").set("flex-direction", "column");
        return row;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String slug) {
        if (slug == null) {
            return;
        }
        all.stream().filter(e -> e.slug().equals(slug)).findFirst().ifPresentOrElse(grid::select, () -> {
            Notification.show(getTranslation("library.view.notInLibrary"));
        });
    }

    /** The exercises the current filters let through, in catalogue order. */
    List<Exercise> shown() {
        return filter().apply(all);
    }

    ExerciseFilter filter() {
        ExerciseFilter filter = ExerciseFilter.any().nameMatching(search.getValue());
        if (pattern.getValue() != null) {
            // a pattern belongs to one group; matching it also on the side would be undone by the
            // group's primary-pattern rule, so the pattern alone decides
            filter = filter.training(pattern.getValue());
        } else if (group.getValue() != null) {
            filter = filter.inGroup(group.getValue());
        }
        if (!equipment.getValue().isEmpty()) {
            filter = filter.doableWith(equipment.getValue());
        }
        return filter;
    }

    private void narrowPatterns() {
        MovementPattern.Group chosen = group.getValue();
        MovementPattern current = pattern.getValue();
        List<MovementPattern> patterns = Arrays.stream(MovementPattern.values())
                .filter(p -> chosen == null || p.group() == chosen)
                .toList();
        pattern.setItems(patterns);
        pattern.setValue(current != null && patterns.contains(current) ? current : null);
    }

    /** Reads the catalogue again (after a change) and keeps the filters and the selection. */
    private void reload() {
        all = catalog.visible();
        Map<String, CustomExercise> own = new LinkedHashMap<>();
        if (coach) {
            catalog.mine().forEach(c -> own.put(c.slug(), c));
        }
        mine = own;
        refresh();
    }

    private void refresh() {
        Exercise selected = grid.asSingleSelect().getValue();
        List<Exercise> shown = shown();
        grid.setItems(shown);
        count.setText(
                shown.isEmpty()
                        ? getTranslation("library.view.noMatch")
                        : getTranslation("library.view.count", shown.size()));
        if (selected != null) {
            shown.stream()
                    .filter(e -> e.slug().equals(selected.slug()))
                    .findFirst()
                    .ifPresentOrElse(grid::select, () -> show(null));
        }
    }

    private void show(Exercise exercise) {
        if (exercise == null) {
            details = null;
            layout.setDetail(null);
            return;
        }
        details = new ExerciseDetails(exercise, ownership(exercise), coach, new ExerciseDetails.Actions() {
            @Override
            public void close() {
                grid.deselectAll();
            }

            @Override
            public void edit(Exercise toEdit) {
                CustomExercise own = mine.get(toEdit.slug());
                if (own != null) {
                    openForm(own, ExerciseDraft.of(own.exercise()));
                }
            }

            @Override
            public void delete(Exercise toDelete) {
                confirmDelete(toDelete);
            }

            @Override
            public void copy(Exercise original) {
                openForm(
                        null,
                        ExerciseDraft.of(original).named(getTranslation("library.view.myVersion", original.name())));
            }
        });
        layout.setDetail(details);
    }

    private ExerciseDetails.Ownership ownership(Exercise exercise) {
        if (exercise.builtIn()) {
            return ExerciseDetails.Ownership.BUILT_IN;
        }
        return mine.containsKey(exercise.slug())
                ? ExerciseDetails.Ownership.MINE
                : ExerciseDetails.Ownership.FROM_MY_COACH;
    }

    private void openForm(CustomExercise editing, ExerciseDraft start) {
        form = new ExerciseForm(catalog, editing, start, saved -> {
            form = null;
            reload();
            selectIfShown(saved.slug());
            Notification.show(getTranslation("library.view.saved", saved.name()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
        });
        form.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                form = null;
            }
        });
        form.open();
    }

    private void selectIfShown(String slug) {
        Optional<Exercise> saved =
                shown().stream().filter(e -> e.slug().equals(slug)).findFirst();
        if (saved.isPresent()) {
            grid.select(saved.get());
        } else {
            Notification.show(getTranslation("library.view.savedHidden"));
        }
    }

    private void confirmDelete(Exercise exercise) {
        CustomExercise own = mine.get(exercise.slug());
        if (own == null) {
            return;
        }
        confirmDelete = new ConfirmDialog();
        confirmDelete.setHeader(getTranslation("library.delete.title", exercise.name()));
        confirmDelete.setText(getTranslation("library.delete.text"));
        confirmDelete.setCancelable(true);
        confirmDelete.setCancelText(getTranslation("library.delete.keep"));
        confirmDelete.setConfirmText(getTranslation("library.delete.confirm"));
        confirmDelete.setConfirmButtonTheme("error primary");
        confirmDelete.addConfirmListener(confirm -> {
            confirmDelete = null;
            try {
                catalog.delete(own.slug(), own.version());
                Notification.show(getTranslation("library.delete.done", exercise.name()));
            } catch (StaleEditException stale) {
                Notification.show(ReaderText.render(stale.reason())).addThemeVariants(NotificationVariant.ERROR);
            }
            grid.deselectAll();
            reload();
        });
        confirmDelete.addCancelListener(cancel -> confirmDelete = null);
        confirmDelete.open();
    }
}
