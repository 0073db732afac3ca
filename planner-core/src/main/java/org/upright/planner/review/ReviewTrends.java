package org.upright.planner.review;

/**
 * First week against last week of the review, for the numbers a coach looks at first. Pain is the
 * first and last week <em>with check-ins</em> (a week without any tells nothing about pain); the
 * others are literally the first and last week of the period.
 */
public record ReviewTrends(
        Change adherence,
        Change pushPullRatio,
        Change horizontalRatio,
        Change mobilitySessions,
        Change routineDays,
        Change habitTicks,
        Change meanPain,
        Change meanPainBefore,
        Change meanPainAfter,
        Change balanceScore) {}
