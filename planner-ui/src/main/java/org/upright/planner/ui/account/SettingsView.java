package org.upright.planner.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.account.WeightUnit;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.ui.form.FormCheck;
import org.upright.planner.ui.form.NumberInputs;

/**
 * Personal settings: the unit loads are shown in, and for lifters the training profile the
 * balance rules use — upper-back care, equipment at hand and (when self-coached) the targets.
 */
@Route("settings")
@PageTitle("Settings · Upright")
@PermitAll
public class SettingsView extends VerticalLayout {

    final RadioButtonGroup<WeightUnit> unit = new RadioButtonGroup<>("Show loads in");
    final ComboBox<ZoneId> zone = new ComboBox<>();
    final Checkbox upperBackCare = new Checkbox("I train with upper-back pain, or to keep it away");
    final CheckboxGroup<Equipment> equipment = new CheckboxGroup<>("Equipment I can use");
    final NumberField pushPullTarget = NumberInputs.decimal("Pull sets per push set (push : pull target)");
    final IntegerField mobilityTarget = NumberInputs.whole("Mobility sessions a week (at least)");
    final Button save = new Button("Save");

    private final ProfileService profiles;
    private final AccountSummary me;
    private TrainingProfile loaded;

    public SettingsView(AccountService accounts, ProfileService profiles, TimeZoneService zones) {
        this.profiles = profiles;
        this.me = accounts.me();
        addClassName("upright-page");
        add(new H2("Settings"));

        unit.setItems(WeightUnit.values());
        unit.setItemLabelGenerator(u -> u == WeightUnit.KG ? "Kilograms (kg)" : "Pounds (lb)");
        unit.setValue(profiles.myWeightUnit());
        unit.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                profiles.changeMyWeightUnit(e.getValue());
                Notification.show("Loads are now shown in " + e.getValue().symbol() + ".");
            }
        });
        add(unit);
        add(TimeZoneField.configure(zone, zones));

        if (me.role() == Role.LIFTER) {
            addTrainingProfile();
        }
    }

    private void addTrainingProfile() {
        loaded = profiles.profileOf(me.id());
        boolean coached = profiles.hasCoach(me.id());
        equipment.setItems(EnumSet.complementOf(EnumSet.of(Equipment.NONE)));
        equipment.setItemLabelGenerator(SettingsView::equipmentLabel);
        pushPullTarget.setMin(TrainingProfile.MIN_PUSH_PULL_TARGET);
        pushPullTarget.setMax(TrainingProfile.MAX_PUSH_PULL_TARGET);
        pushPullTarget.setStep(0.1);
        pushPullTarget.setHelperText("Leave empty for the default: 1, or 1.5 with upper-back care.");
        mobilityTarget.setMin(1);
        mobilityTarget.setMax(7);
        mobilityTarget.setHelperText("Leave empty for the default: 2 to 3.");
        pushPullTarget.setWidth("min(24rem, 100%)");
        mobilityTarget.setWidth("min(24rem, 100%)");
        pushPullTarget.setReadOnly(coached);
        mobilityTarget.setReadOnly(coached);
        fill(loaded);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> saveProfile());
        add(new H3("Training profile"), upperBackCare, equipment, new H3("Targets"));
        if (coached) {
            add(new Paragraph("Your coach sets these targets."));
        }
        add(pushPullTarget, mobilityTarget, save);
    }

    private void fill(TrainingProfile profile) {
        upperBackCare.setValue(profile.upperBackCare());
        equipment.setValue(profile.equipment());
        pushPullTarget.setValue(profile.pushPullTarget());
        mobilityTarget.setValue(profile.mobilityTarget());
    }

    private void saveProfile() {
        FormCheck check = new FormCheck(pushPullTarget, mobilityTarget);
        Double ratio = check.number(pushPullTarget);
        Integer mobility = check.number(mobilityTarget);
        if (!check.passed()) {
            return;
        }
        TrainingProfile changed;
        try {
            changed = new TrainingProfile(
                    upperBackCare.getValue(), equipment.getValue(), ratio, mobility, loaded.version());
        } catch (IllegalArgumentException invalid) {
            var field = invalid.getMessage().startsWith("push") ? pushPullTarget : mobilityTarget;
            check.mark(
                    field,
                    Character.toUpperCase(invalid.getMessage().charAt(0))
                            + invalid.getMessage().substring(1) + ".");
            return;
        }
        try {
            loaded = profiles.update(me.id(), changed);
            Notification.show("Saved. Your weeks are now measured against these settings.");
        } catch (StaleEditException | AccessDeniedException refused) {
            Notification note = Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    static String equipmentLabel(Equipment item) {
        String name = item.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
