package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of evaluating a week: its numbers, what the rules found, and the score. The score is
 * shown beside the findings, never instead of them.
 */
public record BalanceReport(LocalDate weekStart, BalanceMetrics metrics, List<Finding> findings, int score) {

    public BalanceReport {
        findings = List.copyOf(findings);
    }

    public List<Finding> findingsOf(RuleId rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    public boolean has(RuleId rule) {
        return findings.stream().anyMatch(f -> f.rule() == rule);
    }

    /** Every suggestion of every finding, in report order. */
    public List<Suggestion> suggestions() {
        return findings.stream().flatMap(f -> f.suggestions().stream()).toList();
    }
}
