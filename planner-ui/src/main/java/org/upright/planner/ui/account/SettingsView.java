package org.upright.planner.ui.account;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.EmailChange;
import org.upright.planner.account.PasswordChange;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.account.WeightUnit;
import org.upright.planner.common.Quantities;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.common.Texts;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.ui.form.FormCheck;
import org.upright.planner.ui.form.NumberInputs;
import org.upright.planner.ui.i18n.LanguageNames;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * Personal settings: the unit loads are shown in, and for lifters the training profile the
 * balance rules use — upper-back care, equipment at hand and (when self-coached) the targets.
 */
@Route("settings")
@PermitAll
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    final Select<Locale> language = new Select<>();
    final ComboBox<ZoneId> zone = new ComboBox<>();
    final RadioButtonGroup<WeightUnit> unit = new RadioButtonGroup<>(getTranslation("ui.settings.unit"));
    final Checkbox upperBackCare = new Checkbox(getTranslation("ui.settings.upperBackCare"));
    final CheckboxGroup<Equipment> equipment = new CheckboxGroup<>(getTranslation("ui.settings.equipment"));
    final NumberField pushPullTarget = NumberInputs.decimal(getTranslation("ui.settings.pushPullTarget"));
    final IntegerField mobilityTarget = NumberInputs.whole(getTranslation("ui.settings.mobilityTarget"));
    final Button save = new Button(getTranslation("ui.settings.save"));

    final PasswordSection passwordSection;
    final EmailSection emailSection;

    private final ProfileService profiles;
    private final AccountSummary me;
    private TrainingProfile loaded;

    public SettingsView(
            AccountService accounts,
            ProfileService profiles,
            TimeZoneService zones,
            PasswordChange passwords,
            EmailChange emails) {
        this.profiles = profiles;
        this.me = accounts.me();
        addClassName("upright-page");
        add(new H2(getTranslation("ui.settings.title")));

        addLanguageChooser();

        unit.setItems(WeightUnit.values());
        unit.setItemLabelGenerator(ReaderText::label);
        unit.setValue(profiles.myWeightUnit());
        unit.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                profiles.changeMyWeightUnit(e.getValue());
                Notification.show(
                        getTranslation("ui.settings.unit.changed", e.getValue().symbol()));
            }
        });
        add(unit);
        add(TimeZoneField.configure(zone, zones));

        if (me.role() == Role.LIFTER) {
            addTrainingProfile();
        }
        passwordSection = new PasswordSection(passwords);
        emailSection = new EmailSection(emails, me.email());
        add(passwordSection, emailSection);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.settings.pageTitle");
    }

    /**
     * The language every screen speaks, each in its own name ("Deutsch", "Français") so a person who
     * cannot read the current one still finds theirs. It is stored and takes effect at once: the page
     * reloads and every screen is built again in the new language.
     */
    private void addLanguageChooser() {
        language.setLabel(getTranslation("ui.settings.language"));
        language.setItems(Texts.LANGUAGES);
        language.setItemLabelGenerator(LanguageNames::ownName);
        language.setValue(Texts.supported(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Locale chosen = profiles.changeMyLanguage(e.getValue());
                UI ui = UI.getCurrent();
                ui.setLocale(chosen);
                ui.getPage().reload();
            }
        });
        add(language);
    }

    private void addTrainingProfile() {
        loaded = profiles.profileOf(me.id());
        boolean coached = profiles.hasCoach(me.id());
        equipment.setItems(EnumSet.complementOf(EnumSet.of(Equipment.NONE)));
        equipment.setItemLabelGenerator(ReaderText::label);
        pushPullTarget.setMin(TrainingProfile.MIN_PUSH_PULL_TARGET);
        pushPullTarget.setMax(TrainingProfile.MAX_PUSH_PULL_TARGET);
        pushPullTarget.setStep(0.1);
        pushPullTarget.setHelperText(
                getTranslation("ui.settings.pushPullTarget.helper", Quantities.number(1.5, getLocale())));
        mobilityTarget.setMin(1);
        mobilityTarget.setMax(7);
        mobilityTarget.setHelperText(getTranslation("ui.settings.mobilityTarget.helper"));
        pushPullTarget.setWidth("min(24rem, 100%)");
        mobilityTarget.setWidth("min(24rem, 100%)");
        pushPullTarget.setReadOnly(coached);
        mobilityTarget.setReadOnly(coached);
        fill(loaded);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> saveProfile());
        add(
                new H3(getTranslation("ui.settings.trainingProfile")),
                upperBackCare,
                equipment,
                new H3(getTranslation("ui.settings.targets")));
        if (coached) {
            add(new Paragraph(getTranslation("ui.settings.targets.byCoach")));
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
            if (invalid.getMessage().startsWith("push")) {
                check.mark(
                        pushPullTarget,
                        getTranslation(
                                "ui.settings.pushPullTarget.outOfRange",
                                Quantities.number(TrainingProfile.MIN_PUSH_PULL_TARGET, getLocale()),
                                Quantities.number(TrainingProfile.MAX_PUSH_PULL_TARGET, getLocale())));
            } else {
                check.mark(mobilityTarget, getTranslation("ui.settings.mobilityTarget.outOfRange"));
            }
            return;
        }
        try {
            loaded = profiles.update(me.id(), changed);
            Notification.show(getTranslation("ui.settings.saved"));
        } catch (StaleEditException stale) {
            Notification note =
                    Notification.show(ReaderText.render(stale.reason()), 6000, Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.ERROR);
        } catch (AccessDeniedException refused) {
            Notification note =
                    Notification.show(getTranslation("ui.error.noAccess"), 6000, Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
