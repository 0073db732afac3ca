package org.upright.planner.account;

import java.util.Locale;
import org.upright.planner.common.Quantities;

/** How a person reads loads. Loads are always stored in kilograms and converted for display. */
public enum WeightUnit {
    KG(1.0),
    LB(Quantities.KILOGRAMS_PER_POUND);

    private final double kilograms;

    WeightUnit(double kilograms) {
        this.kilograms = kilograms;
    }

    public double toKilograms(double amount) {
        return amount * kilograms;
    }

    public double fromKilograms(double kg) {
        return kg / kilograms;
    }

    public String symbol() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A load stored in kilograms, in this unit as the reader writes numbers: "62,5 kg", "137.8 lb". */
    public String format(double kg, Locale locale) {
        return this == KG ? Quantities.kilograms(kg, locale) : Quantities.pounds(kg, locale);
    }
}
