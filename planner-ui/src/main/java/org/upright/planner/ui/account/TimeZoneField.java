package org.upright.planner.ui.account;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.upright.planner.account.TimeZoneService;

/**
 * The time zone in Settings (docs/adr/0021): every region zone the JDK knows, searchable as you
 * type ("berlin", "new york"), shown with its offset today. "Today", "this week" and the calendar's
 * times follow it.
 */
final class TimeZoneField {

    private TimeZoneField() {}

    /** UTC and the region zones a person can live in: "Europe/Berlin", not "Etc/GMT+5" or "SystemV/EST5". */
    static List<ZoneId> choices() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id ->
                        id.equals("UTC") || (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")))
                .map(ZoneId::of)
                .sorted(Comparator.comparing(ZoneId::getId))
                .toList();
    }

    /** "America/New York (UTC−05:00)": the id as people search for it, with today's offset. */
    static String label(ZoneId zone) {
        String offset = zone.getRules().getOffset(Instant.now()).getId();
        return zone.getId().replace('_', ' ') + " (UTC" + ("Z".equals(offset) ? "±00:00" : offset.replace('-', '−'))
                + ")";
    }

    static ComboBox<ZoneId> configure(ComboBox<ZoneId> field, TimeZoneService zones) {
        field.setId("time-zone");
        field.setLabel(field.getTranslation("calendar.settings.zone.label"));
        field.setHelperText(field.getTranslation("calendar.settings.zone.helper"));
        field.setItems(choices());
        field.setItemLabelGenerator(TimeZoneField::label);
        field.setWidth("min(28rem, 100%)");
        field.setAllowCustomValue(false);
        field.setValue(zones.myZone());
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue() == null) {
                // nothing chosen: keep the zone already stored and show it again
                field.setValue(e.getOldValue());
                return;
            }
            zones.changeMyZone(e.getValue());
            Notification.show(field.getTranslation("calendar.settings.zone.saved", label(e.getValue())));
        });
        return field;
    }
}
