package org.upright.planner.journal;

import java.util.Arrays;
import java.util.List;

/**
 * The small daily habits Upright suggests (from the guide's desk, breathing and daily-habit
 * advice, in our own words). A lifter picks at most two for a four-week block, or writes their own.
 * Habits are stored by their label, so a chosen built-in habit and a custom one are ticked alike.
 */
public enum Habit {
    MOVEMENT_BREAK("Get up and move every 30–45 minutes"),
    SCAPULAR_SQUEEZES("A few minutes of shoulder-blade squeezes every hour"),
    STAND_ON_CALLS("Stand or walk during calls"),
    CHEST_STRETCH("Stretch your chest in the morning and after long drives"),
    BREATHING_BEFORE_BED("Five minutes of slow belly breathing before bed"),
    SCREEN_AT_EYE_LEVEL("Keep the top of your screen at eye level"),
    STANDING_BLOCKS("Stand for 15–20 minutes a few times a day");

    /** Longer labels do not fit a tick box on a phone. */
    public static final int MAX_LABEL_LENGTH = 80;

    private final String label;

    Habit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Habit::label).toList();
    }
}
