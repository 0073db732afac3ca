package org.upright.planner.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the job engine runs on this node ({@code upright.jobs.*}).
 *
 * @param runs whether this node runs jobs at all (false: it only schedules them, for others to run)
 * @param threads jobs this node runs at once; two leave the cores to people planning their weeks
 * @param pollEvery how often an idle node looks for due work (a node that schedules work itself starts
 *     it at once, so this only delays work scheduled by another node)
 * @param heartbeat how often a node says it still runs the jobs it took
 * @param missedHeartbeats after this many missed heartbeats (at least 4) another node takes the job over: a
 *     crashed node's job is picked up after about {@code heartbeat × missedHeartbeats}
 */
@ConfigurationProperties("upright.jobs")
public record JobEngineSettings(
        @DefaultValue("true") boolean runs,
        @DefaultValue("2") int threads,
        @DefaultValue("PT2S") Duration pollEvery,
        @DefaultValue("PT10S") Duration heartbeat,
        @DefaultValue("4") int missedHeartbeats) {}
