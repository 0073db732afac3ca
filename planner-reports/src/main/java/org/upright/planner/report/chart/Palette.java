package org.upright.planner.report.chart;

import java.awt.Color;

/**
 * The review's colours. Series that share a chart differ in lightness as well as hue (and in line
 * style or shape), so a greyscale print still tells them apart.
 */
public final class Palette {

    /** Body text and axis lines. */
    public static final Color INK = new Color(0x1F2328);
    /** Secondary text: captions, axis labels, "no data". */
    public static final Color MUTED = new Color(0x57606A);
    /** Grid lines and hairlines. */
    public static final Color GRID = new Color(0xD0D7DE);
    /** Light fill for table headers and cards. */
    public static final Color SHADE = new Color(0xF3F4F6);

    /** Push sets: a light amber, prints as light grey. */
    public static final Color PUSH = new Color(0xE8A33D);
    /** Pull sets: a dark blue, prints as dark grey. */
    public static final Color PULL = new Color(0x1F5F99);
    /** The target ("pull needed") marks: near black. */
    public static final Color TARGET = INK;

    /** Mobility sessions. */
    public static final Color MOBILITY = new Color(0x2E7D5B);
    /** The mobility band behind the bars (drawn with transparency). */
    public static final Color BAND = new Color(0x2E7D5B);

    /** Pain before sessions: dark red, solid line. */
    public static final Color PAIN_BEFORE = new Color(0x9C2A1F);
    /** Pain after sessions: lighter blue, dashed line. */
    public static final Color PAIN_AFTER = new Color(0x4A90C8);

    /** Adherence bars. */
    public static final Color ADHERENCE = new Color(0x3B6E8F);
    /** Balance score line. */
    public static final Color SCORE = new Color(0x5B2C83);

    /** Red flags and alerts. */
    public static final Color ALERT = new Color(0xB71C1C);
    /** Warnings and referrals. */
    public static final Color WARNING = new Color(0xA85D00);
    /** All clear. */
    public static final Color OK = new Color(0x2E6B30);
    /** Background of an alert box. */
    public static final Color ALERT_BACKGROUND = new Color(0xFDECEA);
    /** Background of a warning box. */
    public static final Color WARNING_BACKGROUND = new Color(0xFFF4E0);
    /** Background of an all-clear box. */
    public static final Color OK_BACKGROUND = new Color(0xEDF7ED);

    private Palette() {}
}
