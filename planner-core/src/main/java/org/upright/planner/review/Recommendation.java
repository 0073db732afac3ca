package org.upright.planner.review;

import java.util.List;
import java.util.Objects;
import org.upright.planner.balance.Suggestion;
import org.upright.planner.common.Text;

/**
 * One piece of review advice. Headline and message are {@link Text}s, not words: the journal card,
 * the review screen and the review PDF each render them in their reader's language.
 *
 * @param suggestions edits to the latest week's plan that carry the advice out (rebalancing); empty
 *     for advice that is not an edit
 */
public record Recommendation(RecommendationKind kind, Text headline, Text message, List<Suggestion> suggestions) {

    public Recommendation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(message, "message");
        suggestions = List.copyOf(suggestions);
    }

    static Recommendation of(RecommendationKind kind, Text message) {
        return new Recommendation(kind, headline(kind), message, List.of());
    }

    /** Every kind has one headline: {@code domain.advice.<KIND>.headline}. */
    static Text headline(RecommendationKind kind) {
        return Text.of("domain.advice." + kind.name() + ".headline");
    }
}
