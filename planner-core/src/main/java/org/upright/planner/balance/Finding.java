package org.upright.planner.balance;

import java.util.List;
import java.util.Objects;
import org.upright.planner.common.Text;

/**
 * Something a rule noticed about the week.
 *
 * @param message plain words for the lifter, in our own voice, rendered by the edge in the
 *     reader's language
 * @param sessionIds the sessions it is about; empty when it is about the week as a whole
 * @param suggestions edits that resolve it, meant to be applied together and in order; empty when
 *     no edit makes sense (for example a jump in volume, which only the coach can judge)
 */
public record Finding(
        RuleId rule, Severity severity, Text message, List<String> sessionIds, List<Suggestion> suggestions) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        sessionIds = List.copyOf(sessionIds);
        suggestions = List.copyOf(suggestions);
    }
}
