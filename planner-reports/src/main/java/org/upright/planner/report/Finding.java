package org.upright.planner.report;

/**
 * One thing the balance rules noticed in the period, in plain words.
 *
 * @param severity how much it matters
 * @param message what was noticed, for the lifter (one or two sentences)
 */
public record Finding(Severity severity, String message) {

    public Finding {
        Require.present(severity, "finding.severity");
        message = Require.text(message, "finding.message", 2_000);
    }
}
