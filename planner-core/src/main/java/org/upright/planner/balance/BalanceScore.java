package org.upright.planner.balance;

import java.util.Collection;

/** The 0–100 dashboard score: 100 minus 25 per alert and 10 per warning, never below 0. */
public final class BalanceScore {

    public static final int MAX = 100;

    private BalanceScore() {}

    public static int of(Collection<Finding> findings) {
        int score = MAX;
        for (Finding f : findings) {
            score -= f.severity().scorePenalty();
        }
        return Math.max(0, score);
    }
}
