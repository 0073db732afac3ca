package org.upright.planner.safety;

import org.upright.planner.common.Text;

/** The short disclaimer every screen with advice and every report carries (domain §5). */
public final class Disclaimer {

    /** Rendered by each screen and report in its reader's language ({@code domain.disclaimer}). */
    public static final Text TEXT = Text.of("domain.disclaimer");

    private Disclaimer() {}
}
