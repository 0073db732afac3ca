package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weighted pull sets per day, counted exactly as the push:pull rule counts them (§3.1: working sets
 * of horizontal or vertical pulls and shoulder-blade work, secondary patterns at half weight), for
 * anything that needs to say how much pulling a change adds.
 */
public final class PullSets {

    private PullSets() {}

    /** Each planned day's weighted pull sets (days without any are left out), in date order. */
    public static Map<LocalDate, Double> perDay(WeekPlan week) {
        Map<LocalDate, Double> days = new TreeMap<>();
        for (PlanDay day : week.days()) {
            double sets = 0;
            for (Session session : day.sessions()) {
                for (Block block : session.blocks()) {
                    if (!block.type().holdsWorkingSets()) {
                        continue;
                    }
                    for (Prescription p : block.prescriptions()) {
                        sets += p.dose().sets() * SessionFacts.pullWeight(p.exercise());
                    }
                }
            }
            if (sets > 0) {
                days.put(day.date(), sets);
            }
        }
        return days;
    }
}
