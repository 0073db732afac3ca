package org.upright.planner.report;

import java.util.Locale;
import java.util.Set;

/** The two paper sizes the review prints on, with their size in PDF points (1/72 inch). */
public enum PaperSize {
    /** ISO A4, 210 × 297 mm. */
    A4(595, 842),
    /** US Letter, 8.5 × 11 in. */
    LETTER(612, 792);

    /**
     * Countries whose default paper is US Letter (CLDR supplemental measurement data: paperSize
     * "US-Letter"); everywhere else uses A4.
     */
    private static final Set<String> LETTER_COUNTRIES =
            Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "PR", "SV", "NI", "BZ");

    private final int widthPoints;
    private final int heightPoints;

    PaperSize(int widthPoints, int heightPoints) {
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
    }

    public int widthPoints() {
        return widthPoints;
    }

    public int heightPoints() {
        return heightPoints;
    }

    /**
     * The usual paper for a locale's country. A locale without a country (for example plain {@code
     * en}) gets A4, the size most of the world uses.
     */
    public static PaperSize defaultFor(Locale locale) {
        String country = locale == null ? "" : locale.getCountry();
        return LETTER_COUNTRIES.contains(country) ? LETTER : A4;
    }
}
