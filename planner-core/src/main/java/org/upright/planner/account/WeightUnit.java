package org.upright.planner.account;

/** How a person reads loads. Loads are always stored in kilograms and converted for display. */
public enum WeightUnit {
    KG(1.0),
    LB(0.45359237);

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
}
