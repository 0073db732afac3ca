package org.upright.planner.safety;

/** The short disclaimer every screen with advice and every report carries (domain §5). */
public final class Disclaimer {

    public static final String TEXT = "Upright gives general exercise guidance, not a diagnosis or medical"
            + " advice. If something feels wrong, or you are unsure, ask a doctor or physical therapist.";

    private Disclaimer() {}
}
