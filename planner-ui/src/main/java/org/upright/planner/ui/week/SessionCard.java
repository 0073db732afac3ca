package org.upright.planner.ui.week;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.upright.planner.account.WeightUnit;
import org.upright.planner.balance.Block;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.DurationEstimate;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.ui.i18n.ReaderText;

/** A session as a card: title, kind, estimated time, its blocks and exercises, and its controls. */
class SessionCard extends Div {

    SessionCard(
            Session session,
            LocalDate date,
            int position,
            int sessionsThatDay,
            LocalDate weekStart,
            WeightUnit unit,
            PlannerActions actions) {
        addClassName("session-card");
        getElement().setAttribute("data-session", session.id());

        H4 title = new H4(session.title());
        title.addClassName("session-title");
        Span kind = new Span(getTranslation(
                "planner.session.kindAndTime",
                kindLabel(session),
                Long.toString(minutes(DurationEstimate.of(session)))));
        kind.addClassName("session-kind");

        Button earlier = PrescriptionRow.iconButton(
                VaadinIcon.ARROW_LEFT,
                getTranslation("planner.session.dayBefore"),
                () -> actions.moveSession(session, date.minusDays(1), Integer.MAX_VALUE));
        earlier.setEnabled(date.isAfter(weekStart));
        Button later = PrescriptionRow.iconButton(
                VaadinIcon.ARROW_RIGHT,
                getTranslation("planner.session.dayAfter"),
                () -> actions.moveSession(session, date.plusDays(1), Integer.MAX_VALUE));
        later.setEnabled(date.isBefore(weekStart.plusDays(6)));
        Button up = PrescriptionRow.iconButton(
                VaadinIcon.ARROW_UP,
                getTranslation("planner.session.earlier"),
                () -> actions.moveSession(session, date, position - 1));
        up.setEnabled(position > 0);
        Button edit = PrescriptionRow.iconButton(
                VaadinIcon.EDIT,
                getTranslation("planner.session.rename", session.title()),
                () -> actions.editSession(session));
        Button remove = PrescriptionRow.iconButton(
                VaadinIcon.TRASH,
                getTranslation("planner.session.delete", session.title()),
                () -> actions.removeSession(session));
        FlexLayout controls = new FlexLayout(earlier, up, later, edit, remove);
        controls.addClassName("session-controls");
        add(title, kind);
        // the time of day, in the lifter's own zone (docs/adr/0021), in the reader's notation
        session.startTime().ifPresent(time -> {
            Span at = new Span(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(getLocale())
                    .format(time));
            at.addClassName("session-time");
            add(at);
        });
        add(controls);

        for (Block block : session.blocks()) {
            Span blockName = new Span(blockLabel(block.type()));
            blockName.addClassName("block-name");
            add(blockName);
            List<Prescription> items = block.prescriptions();
            for (int i = 0; i < items.size(); i++) {
                add(new PrescriptionRow(items.get(i), session.id(), block.type(), i, items.size(), unit, actions));
            }
        }
        Button addExercise = new Button(
                getTranslation("planner.session.addExercise"),
                VaadinIcon.PLUS.create(),
                click -> actions.addExercise(session));
        addExercise.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        addExercise.addClassName("add-exercise");
        add(addExercise);
    }

    static String blockLabel(BlockType type) {
        return ReaderText.label(type);
    }

    static String kindLabel(Session session) {
        return ReaderText.render(session.kind().label());
    }

    private static long minutes(Duration duration) {
        return Math.max(1, Math.round(duration.toSeconds() / 60.0));
    }
}
