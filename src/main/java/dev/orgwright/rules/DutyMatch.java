package dev.orgwright.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a duty belongs in the tier catalog, and why: the best responsibility and its tier, the
 * score, the words of the duty that matched, and the runner-up. A duty linked to a
 * responsibility by the user is matched by that link. A duty whose best score is under the
 * threshold is unmatched: it belongs to no responsibility of the catalog.
 *
 * @param duty             the duty's text
 * @param responsibilityId the matched responsibility, or {@code null} when unmatched
 * @param tierId           the tier of that responsibility, or {@code null} when unmatched
 * @param score            the score of the best responsibility (even when under the threshold)
 * @param words            the words of the duty that matched the best responsibility, as written
 * @param linked           whether the match comes from the user's link rather than the words
 * @param nearestId        the best-scoring responsibility even when under the threshold, or null
 * @param runnerUpId       the second-best responsibility, or {@code null}
 * @param runnerUpScore    its score
 * @param bestByTier       the best score reached in each tier, by tier id
 */
public record DutyMatch(String duty, String responsibilityId, String tierId, double score, List<String> words,
                        boolean linked, String nearestId, String runnerUpId, double runnerUpScore,
                        Map<String, Double> bestByTier) {

    public DutyMatch {
        words = List.copyOf(words);
        bestByTier = Map.copyOf(bestByTier);
    }

    public boolean isMatched() {
        return responsibilityId != null;
    }

    public Optional<String> responsibility() {
        return Optional.ofNullable(responsibilityId);
    }

    public Optional<String> tier() {
        return Optional.ofNullable(tierId);
    }

    /** The best score any responsibility of {@code tier} reached; 0 when none matched at all. */
    public double bestScoreIn(String tier) {
        return bestByTier.getOrDefault(tier, 0.0);
    }
}
