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
import org.upright.planner.ui.i18n.ReaderText;

/**
 * Two small habits for four weeks: pick them (from the guide's list or in your own words), tick
 * them each day, watch the streak. Read-only for the coach.
 */
class HabitsCard extends Composite<Div> {

    final CheckboxGroup<String> choices = new CheckboxGroup<>(getTranslation("journal.habits.choose"));
    final TextField custom = new TextField(getTranslation("journal.habits.custom"));
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
        root.add(new H3(getTranslation("journal.habits.title")), body);
        progress = habits.progress(lifterId);
        render();
    }

    private void render() {
        body.removeAll();
        if (progress.isEmpty()) {
            if (editable) {
                body.add(chooser(List.of()));
            } else {
                body.add(new Paragraph(getTranslation("journal.habits.none")));
            }
            return;
        }
        HabitProgress now = progress.get();
        body.add(new Paragraph(getTranslation(
                "journal.habits.day",
                now.dayOfBlock(),
                HabitBlock.DAYS,
                JournalLabels.day(now.block().endsOn()))));
        for (HabitProgress.HabitStatus status : now.habits()) {
            Checkbox tick = new Checkbox(JournalLabels.habit(status.habit()), status.tickedToday());
            tick.addClassName("habit-tick");
            tick.setReadOnly(!editable);
            tick.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    tick(status.habit(), e.getValue());
                }
            });
            Span streak = new Span(
                    status.streak() == 0
                            ? getTranslation("journal.habits.noStreak")
                            : getTranslation("journal.habits.streak", status.streak()));
            streak.addClassName("habit-streak");
            Span total =
                    new Span(" · " + getTranslation("journal.habits.total", status.daysTicked(), now.dayOfBlock()));
            total.addClassName("habit-total");
            Div line = new Div(tick, streak, total);
            line.addClassName("habit-line");
            body.add(line);
        }
        if (editable) {
            Button change = new Button(getTranslation("journal.habits.change"), click -> {
                body.removeAll();
                body.add(chooser(now.block().habits()));
            });
            change.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            body.add(change);
        }
    }

    private Div chooser(List<String> current) {
        choices.setItems(Habit.labels());
        choices.setItemLabelGenerator(JournalLabels::habit);
        choices.setValue(new java.util.HashSet<>(
                current.stream().filter(Habit.labels()::contains).toList()));
        custom.setMaxLength(Habit.MAX_LABEL_LENGTH);
        custom.setWidthFull();
        custom.setValue(current.stream()
                .filter(h -> !Habit.labels().contains(h))
                .findFirst()
                .orElse(""));
        Button start = new Button(getTranslation("journal.habits.start"), click -> choose());
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setId("start-habits");
        Div chooser = new Div(new Paragraph(getTranslation("journal.habits.intro")), choices, custom, start);
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
            choices.setErrorMessage(ReaderText.render(rejected.reason()));
            choices.setInvalid(true);
            return;
        } catch (StaleEditException stale) {
            warn(ReaderText.render(stale.reason()));
            progress = habits.progress(lifterId);
        }
        render();
    }

    private void tick(String habit, boolean done) {
        try {
            progress = Optional.of(habits.tick(lifterId, habit, today, done));
        } catch (JournalEntryRejected rejected) {
            warn(ReaderText.render(rejected.reason()));
            progress = habits.progress(lifterId);
        }
        render();
    }

    private static void warn(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
