package org.upright.planner.ui.journal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.journal.Habit;
import org.upright.planner.journal.HabitBlock;
import org.upright.planner.journal.HabitProgress;
import org.upright.planner.journal.HabitService;
import org.upright.planner.journal.JournalEntryRejected;

/**
 * Two small habits for four weeks: pick them (from the guide's list or in your own words), tick
 * them each day, watch the streak. Read-only for the coach.
 */
class HabitsCard extends Composite<Div> {

    final CheckboxGroup<String> choices = new CheckboxGroup<>("Pick up to two habits for the next four weeks");
    final TextField custom = new TextField("Or your own");
    private final HabitService habits;
    private final long lifterId;
    private final LocalDate today;
    private final boolean editable;
    private final Div body = new Div();
    private Optional<HabitProgress> progress;

    HabitsCard(HabitService habits, long lifterId, LocalDate today, boolean editable) {
        this.habits = habits;
        this.lifterId = lifterId;
        this.today = today;
        this.editable = editable;
        Div root = getContent();
        root.addClassNames("journal-card", "habits-card");
        root.setId("habits");
        root.add(new H3("Habits"), body);
        progress = habits.progress(lifterId);
        render();
    }

    private void render() {
        body.removeAll();
        if (progress.isEmpty()) {
            if (editable) {
                body.add(chooser(List.of()));
            } else {
                body.add(new Paragraph("No habits chosen yet."));
            }
            return;
        }
        HabitProgress now = progress.get();
        body.add(new Paragraph("Day " + now.dayOfBlock() + " of " + HabitBlock.DAYS + " (until "
                + JournalLabels.day(now.block().endsOn()) + ")"));
        for (HabitProgress.HabitStatus status : now.habits()) {
            Checkbox tick = new Checkbox(status.habit(), status.tickedToday());
            tick.addClassName("habit-tick");
            tick.setReadOnly(!editable);
            tick.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    tick(status.habit(), e.getValue());
                }
            });
            Span streak = new Span(
                    status.streak() == 0
                            ? "no streak yet"
                            : status.streak() + (status.streak() == 1 ? " day" : " days") + " in a row");
            streak.addClassName("habit-streak");
            Span total = new Span(" · " + status.daysTicked() + " of " + now.dayOfBlock() + " days");
            total.addClassName("habit-total");
            Div line = new Div(tick, streak, total);
            line.addClassName("habit-line");
            body.add(line);
        }
        if (editable) {
            Button change = new Button("Change habits", click -> {
                body.removeAll();
                body.add(chooser(now.block().habits()));
            });
            change.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            body.add(change);
        }
    }

    private Div chooser(List<String> current) {
        choices.setItems(Habit.labels());
        choices.setValue(new java.util.HashSet<>(
                current.stream().filter(Habit.labels()::contains).toList()));
        custom.setMaxLength(Habit.MAX_LABEL_LENGTH);
        custom.setWidthFull();
        custom.setValue(current.stream()
                .filter(h -> !Habit.labels().contains(h))
                .findFirst()
                .orElse(""));
        Button start = new Button("Start four weeks", click -> choose());
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setId("start-habits");
        Div chooser = new Div(
                new Paragraph("Small daily habits add up. Two at a time is plenty; tick them off each day."),
                choices,
                custom,
                start);
        chooser.addClassName("habit-chooser");
        return chooser;
    }

    private void choose() {
        choices.setInvalid(false);
        List<String> picked = new ArrayList<>(
                Habit.labels().stream().filter(choices.getValue()::contains).toList());
        if (!custom.getValue().isBlank()) {
            picked.add(custom.getValue());
        }
        long version = progress.map(p -> p.block().version()).orElse(HabitBlock.NONE);
        try {
            progress = Optional.of(habits.chooseHabits(lifterId, picked, version));
        } catch (JournalEntryRejected rejected) {
            choices.setErrorMessage(rejected.getMessage());
            choices.setInvalid(true);
            return;
        } catch (StaleEditException stale) {
            warn(stale.getMessage());
            progress = habits.progress(lifterId);
        }
        render();
    }

    private void tick(String habit, boolean done) {
        try {
            progress = Optional.of(habits.tick(lifterId, habit, today, done));
        } catch (JournalEntryRejected rejected) {
            warn(rejected.getMessage());
            progress = habits.progress(lifterId);
        }
        render();
    }

    private static void warn(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
