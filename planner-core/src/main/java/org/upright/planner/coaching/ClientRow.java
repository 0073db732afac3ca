package org.upright.planner.coaching;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One client on the coach's roster: this week's balance, the last four weeks' adherence, the pain
 * trend, any open red flag, and when the client (or coach) last did something.
 *
 * @param adherence share of planned sessions done in the last four weeks; empty when nothing was
 *     planned or logged
 */
public record ClientRow(
        long lifterId,
        String name,
        String email,
        OptionalDouble pushPullRatio,
        double pushPullTarget,
        int score,
        int mobilitySessions,
        int mobilityTarget,
        OptionalDouble thoracicWarmUpCompliance,
        OptionalDouble adherence,
        PainTrend painTrend,
        boolean redFlag,
        Optional<Instant> lastActivity,
        Set<AttentionReason> attention) {

    public ClientRow {
        attention = Set.copyOf(attention);
    }

    public boolean needsAttention() {
        return !attention.isEmpty();
    }
}
