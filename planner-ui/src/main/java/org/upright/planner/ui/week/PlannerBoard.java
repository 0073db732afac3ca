package org.upright.planner.ui.week;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.account.WeightUnit;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.plan.CalendarExport;
import org.upright.planner.plan.FindingRef;
import org.upright.planner.plan.PlanEditRejected;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.TemplateService;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.WeekTemplate;
import org.upright.planner.ui.journal.SafetyBanner;

/**
 * The week planner for one lifter: seven days of session cards beside the balance panel. Every
 * edit goes to {@link WeekPlanService} with the version on screen; when someone else saved first,
 * the screen keeps everything as it is, says so, and offers to reload and apply the change again.
 */
public class PlannerBoard extends Composite<Div> implements PlannerActions {

    private final WeekPlanService plans;
    private final TemplateService templates;
    private final List<Exercise> catalogue;
    private final WeightUnit unit;
    private final long lifterId;
    private final String lifterName;
    private final Consumer<LocalDate> navigateToWeek;
    private final CalendarExport calendar;
    private final boolean canSaveTemplates;

    private final H2 title = new H2();
    private final Div staleBanner = new Div();
    private final Tabs dayTabs = new Tabs();
    private final Div days = new Div();
    private final BalancePanel balance;
    private PlannedWeek current;
    private LocalDate selectedDay;
    private LongFunction<PlannedWeek> pending;
    /** Set while the days are redrawn, so that re-adding the day tabs does not count as a choice. */
    private boolean rendering;

    public PlannerBoard(
            WeekPlanService plans,
            TemplateService templates,
            List<Exercise> catalogue,
            WeightUnit unit,
            long lifterId,
            String lifterName,
            CalendarExport calendar,
            boolean canSaveTemplates,
            Consumer<LocalDate> navigateToWeek) {
        this.plans = plans;
        this.templates = templates;
        this.catalogue = catalogue;
        this.unit = unit;
        this.lifterId = lifterId;
        this.lifterName = lifterName;
        this.navigateToWeek = navigateToWeek;
        this.calendar = calendar;
        this.canSaveTemplates = canSaveTemplates;
        this.balance = new BalancePanel(
                finding -> apply(v -> plans.applySuggestions(lifterId, current.weekStart(), v, FindingRef.of(finding))),
                () -> apply(v -> plans.applyAllSuggestions(lifterId, current.weekStart(), v)));
        Div root = getContent();
        root.addClassName("planner");
        staleBanner.addClassName("stale-banner");
        staleBanner.setId("stale-banner");
        staleBanner.setVisible(false);
        days.addClassName("week-grid");
        dayTabs.addClassName("day-tabs");
        dayTabs.addSelectedChangeListener(e -> {
            if (!rendering && e.getSelectedTab() != null) {
                selectDay(ComponentUtil.getData(e.getSelectedTab(), LocalDate.class));
            }
        });
        Div board = new Div(days, balance);
        board.addClassName("planner-board");
        root.add(header(), new SafetyBanner(lifterId), staleBanner, dayTabs, board);
    }

    /** Opens the week containing {@code day}. */
    public void open(LocalDate day) {
        show(plans.week(lifterId, day));
        selectedDay = firstDayWithSessions();
        render();
    }

    private FlexLayout header() {
        Button previous = new Button(
                "Previous week",
                VaadinIcon.ANGLE_LEFT.create(),
                click -> navigateToWeek.accept(current.weekStart().minusWeeks(1)));
        Button today = new Button("This week", click -> navigateToWeek.accept(LocalDate.now()));
        Button next = new Button(
                "Next week",
                VaadinIcon.ANGLE_RIGHT.create(),
                click -> navigateToWeek.accept(current.weekStart().plusWeeks(1)));
        next.setIconAfterText(true);
        Button template = new Button("Use a template", VaadinIcon.COPY_O.create(), click -> chooseTemplate());
        Button copy = new Button(
                "Copy last week", click -> apply(v -> plans.copyPreviousWeek(lifterId, current.weekStart(), v)));
        copy.setId("copy-last-week");
        // The file is built when clicked, from the week as stored then (and access-checked again).
        Anchor ics = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    WeekPlan week = plans.week(lifterId, current.weekStart()).plan();
                    byte[] bytes =
                            calendar.toIcsBytes(week, lifterName, ZoneId.systemDefault(), CalendarExport.DEFAULT_START);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            CalendarExport.fileName(week),
                            CalendarExport.MEDIA_TYPE,
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                "Add to calendar");
        ics.setId("export-calendar");
        ics.getElement().setAttribute("title", "Sessions with reminders, as an .ics file for your calendar app");
        for (Button b : List.of(previous, today, next, template, copy)) {
            b.addThemeVariants(ButtonVariant.TERTIARY);
        }
        title.setId("week-title");
        FlexLayout nav = new FlexLayout(previous, today, next);
        FlexLayout tools = new FlexLayout(template, copy, ics);
        tools.setAlignItems(FlexLayout.Alignment.CENTER);
        tools.getStyle().set("gap", "var(--lumo-space-s)");
        FlexLayout header = new FlexLayout(title, nav, tools);
        header.addClassName("planner-header");
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setAlignItems(FlexLayout.Alignment.CENTER);
        return header;
    }

    private void show(PlannedWeek week) {
        current = week;
        title.setText(lifterName + " · " + WeekLabels.title(week.weekStart()));
        balance.show(week);
    }

    private void render() {
        WeekPlan plan = current.plan();
        if (selectedDay == null || !current.plan().dates().contains(selectedDay)) {
            selectedDay = current.weekStart();
        }
        rendering = true;
        dayTabs.removeAll();
        days.removeAll();
        Tab selectedTab = null;
        for (LocalDate date : plan.dates()) {
            Tab tab = new Tab(WeekLabels.day(date));
            ComponentUtil.setData(tab, LocalDate.class, date);
            dayTabs.add(tab);
            if (date.equals(selectedDay)) {
                selectedTab = tab;
            }
            days.add(dayColumn(date, plan.day(date).map(PlanDay::sessions).orElse(List.of())));
        }
        dayTabs.setSelectedTab(selectedTab);
        rendering = false;
    }

    /** On a phone one day shows at a time; the chosen day's column is the visible one. */
    private void selectDay(LocalDate date) {
        selectedDay = date;
        days.getChildren()
                .forEach(column -> column.getElement()
                        .getClassList()
                        .set(
                                "day-selected",
                                date.toString().equals(column.getElement().getAttribute("data-date"))));
    }

    private Div dayColumn(LocalDate date, List<Session> sessions) {
        Div column = new Div();
        column.addClassName("day-column");
        if (date.equals(selectedDay)) {
            column.addClassName("day-selected");
        }
        column.getElement().setAttribute("data-date", date.toString());
        H3 heading = new H3(WeekLabels.day(date));
        heading.addClassName("day-heading");
        column.add(heading);
        for (int i = 0; i < sessions.size(); i++) {
            column.add(new SessionCard(sessions.get(i), date, i, sessions.size(), current.weekStart(), unit, this));
        }
        if (sessions.isEmpty()) {
            Span rest = new Span("Rest day");
            rest.addClassName("rest-day");
            column.add(rest);
        }
        Button add = new Button(
                "Add session",
                VaadinIcon.PLUS.create(),
                click -> new SessionDialog(
                                "New session on " + WeekLabels.day(date),
                                null,
                                (kind, name) -> apply(
                                        v -> plans.addSession(lifterId, current.weekStart(), v, date, kind, name)))
                        .open());
        add.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        add.addClassName("add-session");
        add.getElement().setAttribute("aria-label", "Add a session on " + WeekLabels.day(date));
        column.add(add);
        return column;
    }

    private LocalDate firstDayWithSessions() {
        return current.plan().days().stream().map(PlanDay::date).findFirst().orElse(current.weekStart());
    }

    /**
     * Runs one edit against the version on screen. Returns whether it was saved; on a refusal the
     * screen is left as it is so nothing the user typed is lost.
     */
    private boolean apply(LongFunction<PlannedWeek> edit) {
        try {
            show(edit.apply(current.version()));
            pending = null;
            staleBanner.setVisible(false);
            render();
            return true;
        } catch (StaleEditException stale) {
            pending = edit;
            showStaleBanner(stale.getMessage());
        } catch (PlanEditRejected | AccessDeniedException refused) {
            Notification note = Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.ERROR);
        }
        return false;
    }

    private void showStaleBanner(String message) {
        staleBanner.removeAll();
        Button reload = new Button("Reload", click -> reload(false));
        Button reapply = new Button("Reload and apply my change again", click -> reload(true));
        reapply.addThemeVariants(ButtonVariant.PRIMARY);
        reapply.setId("reload-and-reapply");
        staleBanner.add(new Paragraph(message + " Your change has not been saved yet."), reload, reapply);
        staleBanner.setVisible(true);
    }

    private void reload(boolean reapply) {
        LongFunction<PlannedWeek> edit = pending;
        pending = null;
        show(plans.week(lifterId, current.weekStart()));
        staleBanner.setVisible(false);
        render();
        if (reapply && edit != null) {
            apply(edit);
        }
    }

    private void chooseTemplate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add a template to this week");
        dialog.setWidth("min(36rem, 95vw)");
        for (WeekTemplate template : templates.available()) {
            Button use = new Button("Add to week", click -> {
                if (apply(v -> plans.applyTemplate(lifterId, current.weekStart(), v, template))) {
                    dialog.close();
                }
            });
            use.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            use.getElement().setAttribute("aria-label", "Add " + template.name());
            Div text = new Div(new H3(template.name()), new Paragraph(template.description()));
            FlexLayout row = new FlexLayout(text, use);
            row.expand(text);
            row.setAlignItems(FlexLayout.Alignment.CENTER);
            dialog.add(row);
        }
        if (canSaveTemplates) {
            TextField name = new TextField("Keep this week as a template");
            name.setPlaceholder("Template name");
            name.setMaxLength(TemplateService.MAX_NAME_LENGTH);
            name.setWidthFull();
            Button keep = new Button("Save as template", click -> {
                try {
                    templates.saveWeekAsTemplate(lifterId, current.weekStart(), name.getValue());
                    Notification.show("Saved \"" + name.getValue().strip() + "\" to your templates.");
                    dialog.close();
                } catch (PlanEditRejected refused) {
                    name.setErrorMessage(refused.getMessage());
                    name.setInvalid(true);
                }
            });
            keep.setId("save-as-template");
            dialog.add(name, keep);
        }
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    @Override
    public void addExercise(Session session) {
        new ExercisePicker(
                        session,
                        catalogue,
                        current.profile(),
                        (exercise, block) -> apply(v -> plans.addExercise(
                                lifterId, current.weekStart(), v, session.id(), block, exercise.slug())))
                .open();
    }

    @Override
    public void editSession(Session session) {
        new SessionDialog(
                        "Edit session",
                        session,
                        (kind, name) -> apply(
                                v -> plans.renameSession(lifterId, current.weekStart(), v, session.id(), kind, name)))
                .open();
    }

    @Override
    public void removeSession(Session session) {
        WeekPlan before = current.plan();
        if (apply(v -> plans.removeSession(lifterId, current.weekStart(), v, session.id()))) {
            offerUndo("Deleted " + session.title() + ".", before);
        }
    }

    @Override
    public void moveSession(Session session, LocalDate to, int position) {
        selectedDay = to;
        apply(v -> plans.moveSession(lifterId, current.weekStart(), v, session.id(), to, Math.max(0, position)));
    }

    @Override
    public void removePrescription(String prescriptionId) {
        WeekPlan before = current.plan();
        String name = before.sessions()
                .flatMap(Session::prescriptions)
                .filter(p -> p.id().equals(prescriptionId))
                .map(p -> p.exercise().name())
                .findFirst()
                .orElse("the exercise");
        if (apply(v -> plans.removePrescription(lifterId, current.weekStart(), v, prescriptionId))) {
            offerUndo("Removed " + name + ".", before);
        }
    }

    @Override
    public void movePrescription(String prescriptionId, String toSessionId, BlockType block, int position) {
        apply(v -> plans.movePrescription(
                lifterId, current.weekStart(), v, prescriptionId, toSessionId, block, Math.max(0, position)));
    }

    @Override
    public void chooseWhereToMove(String prescriptionId) {
        new MoveDialog(
                        current.plan(),
                        (sessionId, block) -> apply(v -> plans.movePrescription(
                                lifterId, current.weekStart(), v, prescriptionId, sessionId, block, Integer.MAX_VALUE)))
                .open();
    }

    @Override
    public boolean changePrescription(
            String prescriptionId, Dose dose, Double loadKg, EffortTarget effort, String note) {
        return apply(v ->
                plans.changePrescription(lifterId, current.weekStart(), v, prescriptionId, dose, loadKg, effort, note));
    }

    private void offerUndo(String message, WeekPlan before) {
        Notification notification = new Notification();
        notification.setDuration(8000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Button undo = new Button("Undo", click -> {
            notification.close();
            apply(v -> plans.restore(lifterId, v, before));
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undo.setId("undo");
        notification.add(new FlexLayout(new Span(message), undo));
        notification.open();
    }
}
