package org.upright.planner.ui.week;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.WeekPlan;

/** Where an exercise should go: a session on any day of the week, and which part of it. */
class MoveDialog extends Dialog {

    private record Target(String sessionId, String label) {}

    MoveDialog(WeekPlan week, BiPredicate<String, BlockType> onMove) {
        setHeaderTitle(getTranslation("planner.move.title"));
        List<Target> targets = new ArrayList<>();
        for (PlanDay day : week.days()) {
            for (Session session : day.sessions()) {
                targets.add(new Target(session.id(), WeekLabels.day(day.date()) + " · " + session.title()));
            }
        }
        Select<Target> session = new Select<>();
        session.setLabel(getTranslation("planner.move.session"));
        session.setItems(targets);
        session.setItemLabelGenerator(Target::label);
        session.setValue(targets.getFirst());
        Select<BlockType> block = new Select<>();
        block.setLabel(getTranslation("planner.move.part"));
        block.setItems(BlockType.values());
        block.setItemLabelGenerator(SessionCard::blockLabel);
        block.setValue(BlockType.MAIN);
        Button move = new Button(getTranslation("planner.move.move"), click -> {
            if (onMove.test(session.getValue().sessionId(), block.getValue())) {
                close();
            }
        });
        move.addThemeVariants(ButtonVariant.PRIMARY);
        add(session, block);
        getFooter().add(new Button(getTranslation("planner.common.cancel"), click -> close()), move);
    }
}
