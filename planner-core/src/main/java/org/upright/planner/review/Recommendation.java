package org.upright.planner.review;

import java.util.List;
import java.util.Objects;
import org.upright.planner.balance.Suggestion;

/**
 * One piece of review advice.
 *
 * @param suggestions edits to the latest week's plan that carry the advice out (rebalancing); empty
 *     for advice that is not an edit
 */
public record Recommendation(RecommendationKind kind, String headline, String message, List<Suggestion> suggestions) {

    public Recommendation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(message, "message");
        suggestions = List.copyOf(suggestions);
    }

    static Recommendation of(RecommendationKind kind, String headline, String message) {
        return new Recommendation(kind, headline, message, List.of());
    }
}
