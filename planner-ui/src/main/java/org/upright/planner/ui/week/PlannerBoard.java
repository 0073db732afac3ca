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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.account.WeightUnit;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.Refusal;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.plan.CalendarExport;
import org.upright.planner.plan.ExistingSessions;
import org.upright.planner.plan.FindingRef;
import org.upright.planner.plan.FixPreview;
import org.upright.planner.plan.PlanEdit;
import org.upright.planner.plan.PlanEditRejected;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.TemplateNameTaken;
import org.upright.planner.plan.TemplateService;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.WeekTemplate;
import org.upright.planner.ui.i18n.ReaderText;
import org.upright.planner.ui.journal.SafetyBanner;

/**
 * The week planner for one lifter: seven days of session cards beside the balance panel. Every
 * edit goes to {@link WeekPlanService} with the version on screen; when someone else saved first,
 * the screen keeps everything as it is, says so, and offers to reload and apply the change again.
 * Every edit can be undone and redone (toolbar, Ctrl+Z / Ctrl+Shift+Z), one step per click.
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
    private final TimeZoneService zones;

    private final H2 title = new H2();
    private final Span pausedTag = new Span(getTranslation("ui.week.paused"));
    private final Button templateButton = new Button(getTranslation("ui.week.useTemplate"), VaadinIcon.COPY_O.create());
    private final Button copyButton = new Button(getTranslation("ui.week.copyLastWeek"));
    private final Div staleBanner = new Div();
    private final Tabs dayTabs = new Tabs();
    private final Div days = new Div();
    private final BalancePanel balance;
    private final UndoHistory history = new UndoHistory();
    private final Button undoButton = new Button(getTranslation("ui.week.undo"), VaadinIcon.ARROW_BACKWARD.create());
    private final Button redoButton = new Button(getTranslation("ui.week.redo"), VaadinIcon.ARROW_FORWARD.create());
    private final Notification undoNote = new Notification("", 3000, Notification.Position.BOTTOM_START);
    private final Notification refusal = refusalNote();
    private PlannedWeek current;
    private LocalDate selectedDay;
    /** An edit refused because someone else saved first, kept for "apply my change again". */
    private Request pending;
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
            TimeZoneService zones,
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
        this.zones = zones;
        this.balance = new BalancePanel(
                finding -> apply(new PlanEdit.ApplyFix(FindingRef.of(finding)), getTranslation("planner.step.fix")),
                this::previewAllFixes);
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
        root.add(
                header(),
                new SafetyBanner(lifterId),
                staleBanner,
                dayTabs,
                board,
                new UndoKeys(this::undo, this::redo));
    }

    /** Opens the week containing {@code day}. */
    public void open(LocalDate day) {
        pending = null;
        staleBanner.setVisible(false);
        show(plans.week(lifterId, day));
        selectedDay = firstDayWithSessions();
        render();
    }

    private FlexLayout header() {
        Button previous = new Button(
                getTranslation("ui.week.previous"),
                VaadinIcon.ANGLE_LEFT.create(),
                click -> navigateToWeek.accept(current.weekStart().minusWeeks(1)));
        Button today =
                new Button(getTranslation("ui.week.thisWeek"), click -> navigateToWeek.accept(zones.todayOf(lifterId)));
        Button next = new Button(
                getTranslation("ui.week.next"),
                VaadinIcon.ANGLE_RIGHT.create(),
                click -> navigateToWeek.accept(current.weekStart().plusWeeks(1)));
        next.setIconAfterText(true);
        Button template = templateButton;
        template.addClickListener(click -> chooseTemplate());
        Button copy = copyButton;
        copy.addClickListener(click -> copyLastWeek());
        copy.setId("copy-last-week");
        undoButton.setId("plan-undo");
        undoButton.addClickListener(click -> undo());
        redoButton.setId("plan-redo");
        redoButton.addClickListener(click -> redo());
        // The file is built when clicked, from the week as stored then (and access-checked again).
        Anchor ics = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    PlannedWeek week = plans.week(lifterId, current.weekStart());
                    // in the lifter's zone, whoever downloads it: the sessions happen where the lifter is
                    byte[] bytes = calendar.toIcsBytes(week, lifterName, zones.zoneOf(lifterId), getLocale());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            CalendarExport.fileName(week.plan()),
                            CalendarExport.MEDIA_TYPE,
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("ui.week.addToCalendar"));
        ics.setId("export-calendar");
        ics.getElement().setAttribute("title", getTranslation("ui.week.addToCalendar.title"));
        for (Button b : List.of(previous, today, next, template, copy, undoButton, redoButton)) {
            b.addThemeVariants(ButtonVariant.TERTIARY);
        }
        title.setId("week-title");
        pausedTag.setId("plan-paused-tag");
        pausedTag.addClassName("plan-paused-tag");
        pausedTag.getElement().getThemeList().add("badge error");
        pausedTag.getElement().setAttribute("title", getTranslation("ui.week.paused.title"));
        pausedTag.setVisible(false);
        FlexLayout nav = new FlexLayout(previous, today, next);
        FlexLayout tools = new FlexLayout(undoButton, redoButton, template, copy, ics);
        tools.setAlignItems(FlexLayout.Alignment.CENTER);
        // On a phone the tools wrap onto a second line rather than run off the screen.
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.getStyle().set("gap", "var(--lumo-space-s)");
        FlexLayout header = new FlexLayout(title, pausedTag, nav, tools);
        header.addClassName("planner-header");
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setAlignItems(FlexLayout.Alignment.CENTER);
        return header;
    }

    private void show(PlannedWeek week) {
        current = week;
        title.setText(lifterName + " · " + WeekLabels.title(week.weekStart()));
        balance.show(week);
        showHistory();
        showEditable(!week.paused());
    }

    /**
     * Where the planner decides whether the week can be changed. A paused plan (a red flag is open,
     * domain §5) is shown as it is, with every editing control — the days' buttons, the fixes, the
     * templates, undo — disabled; a disabled component also ignores anything sent to it, and the
     * service refuses such edits anyway.
     */
    private void showEditable(boolean editable) {
        pausedTag.setVisible(!editable);
        days.setEnabled(editable);
        balance.setEnabled(editable);
        templateButton.setEnabled(editable);
        copyButton.setEnabled(editable);
        if (!editable) {
            undoButton.setEnabled(false);
            redoButton.setEnabled(false);
        }
    }

    /** The undo and redo buttons say what they would take back or make again. */
    private void showHistory() {
        Optional<UndoHistory.Step> toUndo = history.toUndo(current.weekStart());
        Optional<UndoHistory.Step> toRedo = history.toRedo(current.weekStart());
        undoButton.setEnabled(toUndo.isPresent());
        redoButton.setEnabled(toRedo.isPresent());
        undoButton.setTooltipText(toUndo.map(s -> getTranslation("planner.board.undoTooltip", s.label()))
                .orElse(getTranslation("planner.board.nothingToUndo")));
        redoButton.setTooltipText(toRedo.map(s -> getTranslation("planner.board.redoTooltip", s.label()))
                .orElse(getTranslation("planner.board.nothingToRedo")));
        undoButton
                .getElement()
                .setAttribute(
                        "aria-label",
                        toUndo.map(s -> getTranslation("planner.board.undoLabel", s.label()))
                                .orElse(getTranslation("ui.week.undo")));
        redoButton
                .getElement()
                .setAttribute(
                        "aria-label",
                        toRedo.map(s -> getTranslation("planner.board.redoLabel", s.label()))
                                .orElse(getTranslation("ui.week.redo")));
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
            Span rest = new Span(getTranslation("ui.week.restDay"));
            rest.addClassName("rest-day");
            column.add(rest);
        }
        Button add = new Button(
                getTranslation("ui.week.addSession"),
                VaadinIcon.PLUS.create(),
                click -> new SessionDialog(
                                getTranslation("planner.board.newSession", WeekLabels.day(date)),
                                null,
                                (kind, name, time) -> apply(
                                        new PlanEdit.AddSession(date, kind, name, time),
                                        getTranslation("planner.step.added", name)))
                        .open());
        add.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        add.addClassName("add-session");
        add.getElement().setAttribute("aria-label", getTranslation("planner.board.addSessionOn", WeekLabels.day(date)));
        column.add(add);
        return column;
    }

    private LocalDate firstDayWithSessions() {
        return current.plan().days().stream().map(PlanDay::date).findFirst().orElse(current.weekStart());
    }

    /** Whether a request makes a new step, takes one back, or makes an undone one again. */
    private enum Kind {
        EDIT,
        UNDO,
        REDO
    }

    /**
     * One edit asked of the service, against the version the screen showed.
     *
     * @param step for an undo or redo: the history step it takes back or makes again
     */
    private record Request(PlanEdit edit, long seenVersion, String label, Kind kind, UndoHistory.Step step) {}

    /**
     * Makes one edit against the version on screen. Returns whether it was saved; on a refusal the
     * screen is left as it is so nothing the user typed is lost.
     */
    private boolean apply(PlanEdit edit, String label) {
        return run(new Request(edit, current.version(), label, Kind.EDIT, null), false);
    }

    /**
     * Sends a request: as made on screen, or ({@code again}) replayed onto whatever is stored now
     * after someone else saved first. A refusal says why in words and changes nothing.
     */
    private boolean run(Request request, boolean again) {
        try {
            PlannedWeek result = again
                    ? plans.reapply(lifterId, current.weekStart(), request.seenVersion(), request.edit())
                    : plans.edit(lifterId, current.weekStart(), request.seenVersion(), request.edit());
            boolean saved = result.version() != current.version();
            remember(
                    request,
                    saved ? Optional.of(new UndoHistory.Step(result.version(), request.label())) : Optional.empty());
            pending = null;
            staleBanner.setVisible(false);
            show(result);
            render();
            return true;
        } catch (StaleEditException stale) {
            pending = request;
            showStaleBanner(ReaderText.render(stale.reason()));
        } catch (PlanEditRejected | AccessDeniedException refused) {
            if (request.step() != null) {
                // A step someone else has since built on (or that is too far back) cannot be taken
                // back or made again; drop it so the ones before it stay reachable.
                history.forget(current.weekStart(), request.step());
                showHistory();
            }
            // One note at a time: pressing Save again replaces it rather than stacking another.
            refusal.setText(
                    refused instanceof Refusal reason
                            ? ReaderText.render(reason.reason())
                            : getTranslation("ui.error.noAccess"));
            refusal.open();
        }
        return false;
    }

    private void remember(Request request, Optional<UndoHistory.Step> made) {
        LocalDate week = current.weekStart();
        switch (request.kind()) {
            case EDIT -> made.ifPresent(step -> history.done(week, step));
            case UNDO -> history.undone(week, request.step(), made);
            case REDO -> history.redone(week, request.step(), made);
        }
    }

    /** "Apply all fixes": first shows what the fixes will do; they are made only on "Apply fixes". */
    private void previewAllFixes() {
        FixPreview preview = plans.previewAllFixes(lifterId, current.weekStart());
        new FixPreviewDialog(
                        preview, () -> apply(new PlanEdit.ApplyAllFixes(), getTranslation("planner.step.allFixes")))
                .open();
    }

    /** Takes back this person's last edit of the week on screen (Ctrl+Z). */
    void undo() {
        if (current.paused()) {
            return;
        }
        history.toUndo(current.weekStart()).ifPresent(step -> {
            if (run(
                    new Request(new PlanEdit.Undo(step.revision()), current.version(), step.label(), Kind.UNDO, step),
                    false)) {
                say(getTranslation("planner.board.undone", step.label()));
            }
        });
    }

    /** Makes the last undone edit again (Ctrl+Shift+Z, Ctrl+Y). */
    void redo() {
        if (current.paused()) {
            return;
        }
        history.toRedo(current.weekStart()).ifPresent(step -> {
            if (run(
                    new Request(new PlanEdit.Undo(step.revision()), current.version(), step.label(), Kind.REDO, step),
                    false)) {
                say(getTranslation("planner.board.redone", step.label()));
            }
        });
    }

    /** One short note at a time for undo and redo: pressing Ctrl+Z ten times shows one, not ten. */
    private void say(String text) {
        undoNote.setText(text);
        undoNote.open();
    }

    private void showStaleBanner(String message) {
        staleBanner.removeAll();
        Button reload = new Button(getTranslation("planner.board.reload"), click -> reload(false));
        Button reapply = new Button(getTranslation("planner.board.reloadAndReapply"), click -> reload(true));
        reapply.addThemeVariants(ButtonVariant.PRIMARY);
        reapply.setId("reload-and-reapply");
        staleBanner.add(new Paragraph(getTranslation("planner.board.notSavedYet", message)), reload, reapply);
        staleBanner.setVisible(true);
    }

    /**
     * Shows the week as stored now; with {@code reapply}, first makes the refused change again on
     * top of it — the change, not a copy of the week, so the other person's work stays.
     */
    private void reload(boolean reapply) {
        Request request = pending;
        pending = null;
        staleBanner.setVisible(false);
        if (reapply && request != null && run(request, true)) {
            return;
        }
        show(plans.week(lifterId, current.weekStart()));
        render();
    }

    private void copyLastWeek() {
        int planned = current.plan().sessionCount();
        if (planned == 0) {
            apply(new PlanEdit.CopyPreviousWeek(ExistingSessions.KEEP), getTranslation("planner.step.copied"));
            return;
        }
        new ExistingSessionsDialog(
                        getTranslation("planner.existing.lastWeek"),
                        planned,
                        null,
                        choice -> apply(new PlanEdit.CopyPreviousWeek(choice), getTranslation("planner.step.copied")))
                .open();
    }

    /** Brings a template in, asking first when the week has sessions already. True when it was. */
    private void useTemplate(WeekTemplate template, Dialog chooser) {
        String label = getTranslation("planner.step.template", template.name());
        int planned = current.plan().sessionCount();
        if (planned == 0) {
            if (apply(new PlanEdit.UseTemplate(template.id(), ExistingSessions.KEEP), label)) {
                chooser.close();
            }
            return;
        }
        String warning = alreadyIn(template) ? getTranslation("planner.existing.templateTwice") : null;
        String what = getTranslation("planner.existing.template", template.name());
        new ExistingSessionsDialog(what, planned, warning, choice -> {
                    if (apply(new PlanEdit.UseTemplate(template.id(), choice), label)) {
                        chooser.close();
                    }
                })
                .open();
    }

    /** Whether every session of the template is already on its day in this week (same title). */
    private boolean alreadyIn(WeekTemplate template) {
        WeekPlan plan = current.plan();
        return template.sessions().stream()
                .allMatch(day -> plan.days().stream()
                        .filter(d -> d.date().getDayOfWeek() == day.day())
                        .flatMap(d -> d.sessions().stream())
                        .anyMatch(s -> s.title().equals(day.session().title())));
    }

    private void chooseTemplate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("planner.templates.title"));
        dialog.setWidth("min(36rem, 95vw)");
        for (WeekTemplate template : templates.available()) {
            Button use = new Button(getTranslation("planner.templates.use"), click -> useTemplate(template, dialog));
            use.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            use.getElement().setAttribute("aria-label", getTranslation("planner.templates.useNamed", template.name()));
            Div text = new Div(new H3(template.name()), new Paragraph(template.description()));
            FlexLayout row = new FlexLayout(text, use);
            row.expand(text);
            row.setAlignItems(FlexLayout.Alignment.CENTER);
            dialog.add(row);
        }
        if (canSaveTemplates) {
            TextField name = new TextField(getTranslation("planner.templates.keep"));
            name.setPlaceholder(getTranslation("planner.templates.name"));
            name.setMaxLength(TemplateService.MAX_NAME_LENGTH);
            name.setWidthFull();
            Button keep =
                    new Button(getTranslation("planner.templates.save"), click -> keepAsTemplate(name, dialog, false));
            keep.setId("save-as-template");
            dialog.add(name, keep);
        }
        dialog.getFooter().add(new Button(getTranslation("planner.common.close"), click -> dialog.close()));
        dialog.open();
    }

    /** Saves the week as a template; a name already in use asks before replacing that template. */
    private void keepAsTemplate(TextField name, Dialog chooser, boolean replaceSameName) {
        name.setInvalid(false);
        try {
            WeekTemplate saved =
                    templates.saveWeekAsTemplate(lifterId, current.weekStart(), name.getValue(), replaceSameName);
            chooser.close();
            if (!replaceSameName) {
                Notification.show(getTranslation("planner.templates.saved", saved.name()));
                return;
            }
            Notification replaced = new Notification();
            replaced.setDuration(8000);
            replaced.setPosition(Notification.Position.BOTTOM_START);
            Button undo = new Button(getTranslation("ui.week.undo"), click -> {
                replaced.close();
                templates.undoReplace(saved.id());
                Notification.show(getTranslation("planner.templates.restored", saved.name()));
            });
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            undo.setId("undo-template-replace");
            replaced.add(new FlexLayout(new Span(getTranslation("planner.templates.replaced", saved.name())), undo));
            replaced.open();
        } catch (TemplateNameTaken taken) {
            Dialog ask = new Dialog();
            ask.setHeaderTitle(getTranslation("planner.templates.replaceTitle", taken.name()));
            ask.addClassName("replace-template-dialog");
            ask.add(new Paragraph(
                    getTranslation("planner.templates.replaceQuestion", ReaderText.render(taken.reason()))));
            Button other = new Button(getTranslation("planner.templates.otherName"), click -> {
                ask.close();
                name.focus();
            });
            other.addThemeVariants(ButtonVariant.TERTIARY);
            Button replace = new Button(getTranslation("planner.templates.replace"), click -> {
                ask.close();
                keepAsTemplate(name, chooser, true);
            });
            replace.setId("replace-template");
            replace.addThemeVariants(ButtonVariant.PRIMARY);
            ask.getFooter().add(other, replace);
            ask.open();
        } catch (PlanEditRejected refused) {
            name.setErrorMessage(ReaderText.render(refused.reason()));
            name.setInvalid(true);
        }
    }

    @Override
    public void addExercise(Session session) {
        new ExercisePicker(
                        session,
                        catalogue,
                        current.profile(),
                        (exercise, block) -> apply(
                                new PlanEdit.AddExercise(session.id(), block, exercise.slug()),
                                getTranslation("planner.step.added", exercise.name())))
                .open();
    }

    @Override
    public void editSession(Session session) {
        new SessionDialog(getTranslation("planner.board.editSession"), session, (kind, name, time) -> {
                    boolean renamed = kind == session.kind() && name.strip().equals(session.title())
                            || apply(
                                    new PlanEdit.RenameSession(session.id(), kind, name),
                                    getTranslation("planner.step.renamed", session.title()));
                    // the time is its own step, so undo takes back one thing at a time
                    return renamed
                            && (java.util.Objects.equals(time, session.time())
                                    || apply(
                                            new PlanEdit.SetSessionTime(session.id(), time),
                                            getTranslation("calendar.session.time.changed", name)));
                })
                .open();
    }

    @Override
    public void removeSession(Session session) {
        if (apply(new PlanEdit.RemoveSession(session.id()), getTranslation("planner.step.deleted", session.title()))) {
            offerUndo(getTranslation("planner.board.deleted", session.title()));
        }
    }

    @Override
    public void moveSession(Session session, LocalDate to, int position) {
        selectedDay = to;
        apply(
                new PlanEdit.MoveSession(session.id(), to, Math.max(0, position)),
                getTranslation("planner.step.moved", session.title()));
    }

    @Override
    public void removePrescription(String prescriptionId) {
        String name = exerciseName(prescriptionId);
        if (apply(new PlanEdit.RemoveExercise(prescriptionId), getTranslation("planner.step.removed", name))) {
            offerUndo(getTranslation("planner.board.removed", name));
        }
    }

    @Override
    public void movePrescription(String prescriptionId, String toSessionId, BlockType block, int position) {
        apply(
                new PlanEdit.MoveExercise(prescriptionId, toSessionId, block, Math.max(0, position)),
                getTranslation("planner.step.moved", exerciseName(prescriptionId)));
    }

    @Override
    public void chooseWhereToMove(String prescriptionId) {
        new MoveDialog(
                        current.plan(),
                        (sessionId, block) -> apply(
                                new PlanEdit.MoveExercise(prescriptionId, sessionId, block, Integer.MAX_VALUE),
                                getTranslation("planner.step.moved", exerciseName(prescriptionId))))
                .open();
    }

    @Override
    public boolean changePrescription(
            String prescriptionId, Dose dose, Double loadKg, EffortTarget effort, String note) {
        return apply(
                new PlanEdit.ChangeDose(prescriptionId, dose, loadKg, effort, note),
                getTranslation("planner.step.dose", exerciseName(prescriptionId)));
    }

    private String exerciseName(String prescriptionId) {
        return current.plan()
                .sessions()
                .flatMap(Session::prescriptions)
                .filter(p -> p.id().equals(prescriptionId))
                .map(p -> p.exercise().name())
                .findFirst()
                .orElseGet(() -> getTranslation("planner.step.anExercise"));
    }

    private static Notification refusalNote() {
        Notification note = new Notification("", 6000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.ERROR);
        note.setId("edit-refused");
        return note;
    }

    /** A short offer to take a deletion back, next to the toolbar's Undo, which does the same. */
    private void offerUndo(String message) {
        Optional<UndoHistory.Step> step = history.toUndo(current.weekStart());
        if (step.isEmpty()) {
            return;
        }
        Notification notification = new Notification();
        notification.setDuration(8000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Button undo = new Button(getTranslation("ui.week.undo"), click -> {
            notification.close();
            // Only while that deletion is still the latest step: never take back a later edit.
            if (history.toUndo(current.weekStart()).equals(step)) {
                undo();
            }
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undo.setId("undo");
        notification.add(new FlexLayout(new Span(message), undo));
        notification.open();
    }
}
