package org.upright.planner.review;

import java.time.LocalDate;

/** A habit ticked off on a day ("movement break every 30–45 minutes", …). */
public record HabitTick(LocalDate date, String habit) {

    public HabitTick {
        if (date == null) {
            throw new IllegalArgumentException("habit tick: date is required");
        }
        if (habit == null || habit.isBlank() || habit.strip().length() > 80) {
            throw new IllegalArgumentException("habit tick: habit must be 1 to 80 characters");
        }
        habit = habit.strip();
    }
}
