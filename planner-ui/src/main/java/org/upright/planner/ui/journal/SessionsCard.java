package org.upright.planner.ui.journal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.upright.planner.account.WeightUnit;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.journal.JournalEntryRejected;
import org.upright.planner.journal.LogStatus;
import org.upright.planner.journal.LoggedSession;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * The week's planned sessions with one tap to mark each done as planned, a form for the details,
 * a skip with a reason, undo, and extra sessions. Every change names the log's version, so a
 * change made on another device is never overwritten: the card says so and shows the latest.
 */
class SessionsCard extends Composite<Div> {

    final Select<LocalDate> week = new Select<>();
    private final Div list = new Div();
    private final SessionLogService logs;
    private final WeekPlanService plans;
    private final long lifterId;
    private final LocalDate today;
    private final WeightUnit unit;
    private final Runnable changed;

    SessionsCard(
            SessionLogService logs,
            WeekPlanService plans,
            long lifterId,
            LocalDate today,
            WeightUnit unit,
            Runnable changed) {
        this.logs = logs;
        this.plans = plans;
        this.lifterId = lifterId;
        this.today = today;
        this.unit = unit;
        this.changed = changed;
        Div root = getContent();
        root.addClassNames("journal-card", "sessions-card");
        root.setId("sessions");
        LocalDate thisWeek = Weeks.startOf(today);
        week.setAriaLabel(getTranslation("journal.sessions.week"));
        week.setItems(thisWeek, thisWeek.minusWeeks(1));
        week.setItemLabelGenerator(
                w -> getTranslation(w.equals(thisWeek) ? "journal.sessions.thisWeek" : "journal.sessions.lastWeek"));
        week.setValue(thisWeek);
        week.addValueChangeListener(e -> refresh());
        Button extra = new Button(
                getTranslation("journal.sessions.logExtra"),
                click -> new UnplannedDialog(logs, lifterId, today, this::afterChange).open());
        extra.addThemeVariants(ButtonVariant.TERTIARY);
        extra.setId("log-extra");
        Div header = new Div(new H3(getTranslation("journal.sessions.title")), week);
        header.addClassName("card-header");
        root.add(header, list, extra);
        refresh();
    }

    void refresh() {
        list.removeAll();
        LocalDate weekStart = week.getValue();
        WeekPlan plan = plans.week(lifterId, weekStart).plan();
        List<LoggedSession> logged = logs.week(lifterId, weekStart);
        Map<String, LoggedSession> bySession = logged.stream()
                .filter(l -> l.sessionId() != null)
                .collect(Collectors.toMap(LoggedSession::sessionId, Function.identity()));
        if (plan.sessionCount() == 0) {
            list.add(new Paragraph(getTranslation("journal.sessions.nothingPlanned")));
        }
        for (PlanDay day : plan.days()) {
            for (Session session : day.sessions()) {
                list.add(row(weekStart, day.date(), session, Optional.ofNullable(bySession.get(session.id()))));
            }
        }
        logged.stream().filter(l -> l.status() == LogStatus.UNPLANNED).forEach(l -> list.add(extraRow(l)));
    }

    private Div row(LocalDate weekStart, LocalDate day, Session session, Optional<LoggedSession> log) {
        Div row = new Div();
        row.addClassName("session-row");
        row.getElement().setAttribute("data-session", session.id());
        Span when = new Span(JournalLabels.day(day));
        when.addClassName("session-row-day");
        Span title = new Span(session.title());
        title.addClassName("session-row-title");
        row.add(when, title);
        if (log.isEmpty()) {
            Button done = new Button(
                    getTranslation("journal.sessions.done"),
                    click -> act(
                            () -> logs.markDoneAsPlanned(lifterId, weekStart, session.id(), LoggedSession.NOT_LOGGED)));
            done.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            done.addClassName("mark-done");
            done.getElement().setAttribute("aria-label", getTranslation("journal.sessions.markDone", session.title()));
            Button details =
                    new Button(getTranslation("journal.sessions.details"), click -> details(weekStart, session, null));
            details.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            Button skip = new Button(
                    getTranslation("journal.sessions.skip"),
                    click -> skip(weekStart, session, LoggedSession.NOT_LOGGED));
            skip.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            skip.addClassName("mark-skipped");
            row.add(actions(done, details, skip));
        } else {
            LoggedSession l = log.get();
            row.add(status(l));
            Button change =
                    new Button(getTranslation("journal.sessions.change"), click -> details(weekStart, session, l));
            change.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            Button undo = new Button(
                    getTranslation("journal.sessions.undo"),
                    click -> act(() -> {
                        logs.remove(lifterId, l.id(), l.version());
                        return l;
                    }));
            undo.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            undo.addClassName("undo-log");
            row.add(actions(change, undo));
        }
        return row;
    }

    private Div extraRow(LoggedSession log) {
        Div row = new Div();
        row.addClassNames("session-row", "extra");
        Span when = new Span(JournalLabels.day(log.date()));
        when.addClassName("session-row-day");
        Span title = new Span(log.title());
        title.addClassName("session-row-title");
        Button undo = new Button(
                getTranslation("journal.sessions.undo"),
                click -> act(() -> {
                    logs.remove(lifterId, log.id(), log.version());
                    return log;
                }));
        undo.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        row.add(when, title, status(log), actions(undo));
        return row;
    }

    private Span status(LoggedSession log) {
        StringBuilder text = new StringBuilder(JournalLabels.status(log.status()));
        if (log.status() != LogStatus.UNPLANNED) {
            text.append(" ").append(JournalLabels.day(log.date()));
        }
        if (log.sessionRpe() != null) {
            text.append(" · ").append(getTranslation("journal.sessions.effort", log.sessionRpe()));
        }
        if (log.status() == LogStatus.SKIPPED && !log.note().isBlank()) {
            text.append(" · ").append(log.note());
        }
        Span status = new Span(text.toString());
        status.addClassNames("log-status", "log-" + log.status().name().toLowerCase(java.util.Locale.ROOT));
        return status;
    }

    private static Div actions(Button... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("session-row-actions");
        return actions;
    }

    private void details(LocalDate weekStart, Session session, LoggedSession existing) {
        long version = existing == null ? LoggedSession.NOT_LOGGED : existing.version();
        new LogDoneDialog(session, weekStart, today, existing, unit, details -> {
                    try {
                        logs.markDone(lifterId, weekStart, session.id(), version, details);
                    } catch (StaleEditException stale) {
                        stale(stale);
                        return;
                    }
                    afterChange();
                })
                .open();
    }

    private void skip(LocalDate weekStart, Session session, long version) {
        LocalDate day = today.isAfter(weekStart.plusDays(6)) ? weekStart.plusDays(6) : today;
        new SkipDialog(session.title(), reason -> {
                    try {
                        logs.markSkipped(lifterId, weekStart, session.id(), version, day, reason);
                    } catch (StaleEditException stale) {
                        stale(stale);
                        return;
                    }
                    afterChange();
                })
                .open();
    }

    private void act(java.util.function.Supplier<LoggedSession> change) {
        try {
            change.get();
        } catch (StaleEditException stale) {
            stale(stale);
            return;
        } catch (JournalEntryRejected rejected) {
            Notification.show(ReaderText.render(rejected.reason()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
            return;
        }
        afterChange();
    }

    private void stale(StaleEditException stale) {
        Notification.show(ReaderText.render(stale.reason()), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
        refresh();
    }

    private void afterChange() {
        refresh();
        changed.run();
    }
}
