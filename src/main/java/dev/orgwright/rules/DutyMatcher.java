package dev.orgwright.rules;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Tier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches duties to the responsibilities of a chart's tier catalog. Each responsibility is a
 * small document (its text and its keywords); a duty is scored against each with BM25 over the
 * stemmed words, and every keyword found whole in the duty adds strong evidence. One matcher
 * serves one catalog; results are cached by duty text, since large charts repeat their duties.
 */
public final class DutyMatcher {

    /** BM25's usual constants: term saturation and length normalisation. */
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** What one keyword found whole in a duty adds: strong evidence, more than any shared word. */
    private static final double KEYWORD_BONUS = 1.5;
    /**
     * How much words shared with a responsibility's text count: a responsibility is written as
     * a sentence, and its common verbs ("keep", "take") say little on their own.
     */
    private static final double TEXT_WEIGHT = 0.6;
    private static final int CACHE_LIMIT = 100_000;

    private record Document(Responsibility responsibility, String tierId, Map<String, Integer> termCounts,
                            int length, List<List<String>> keywordStems) {
    }

    private final List<Document> documents = new ArrayList<>();
    private final Map<String, Document> byId = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double averageLength;
    private final MatchSettings settings;
    private final ConcurrentHashMap<String, DutyMatch> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> normalisedCache = new ConcurrentHashMap<>();

    /** A matcher for the catalog of {@code tiers}. */
    public DutyMatcher(List<Tier> tiers, MatchSettings settings) {
        this.settings = settings;
        Map<String, Integer> documentFrequency = new HashMap<>();
        long totalLength = 0;
        for (Tier tier : tiers) {
            for (Responsibility r : tier.responsibilities()) {
                Map<String, Integer> counts = new HashMap<>();
                List<List<String>> keywordStems = new ArrayList<>();
                Words.stems(r.text()).forEach(s -> counts.merge(s, 1, Integer::sum));
                for (String keyword : r.keywords()) {
                    List<String> stems = Words.stems(keyword);
                    if (!stems.isEmpty()) {
                        keywordStems.add(stems);
                        stems.forEach(s -> counts.merge(s, 1, Integer::sum));
                    }
                }
                int length = counts.values().stream().mapToInt(Integer::intValue).sum();
                totalLength += length;
                counts.keySet().forEach(s -> documentFrequency.merge(s, 1, Integer::sum));
                Document d = new Document(r, tier.id(), counts, length, keywordStems);
                documents.add(d);
                byId.put(r.id(), d);
            }
        }
        int n = documents.size();
        averageLength = n == 0 ? 1 : (double) totalLength / n;
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log(1 + (n - df + 0.5) / (df + 0.5))));
    }

    public MatchSettings settings() {
        return settings;
    }

    /** Whether the catalog has a responsibility with this id. */
    public boolean knows(String responsibilityId) {
        return byId.containsKey(responsibilityId);
    }

    /** The tier of a responsibility of the catalog. */
    public Optional<String> tierOf(String responsibilityId) {
        return Optional.ofNullable(byId.get(responsibilityId)).map(Document::tierId);
    }

    /**
     * The duty's words reduced to what they mean (stems without stop words), so that "Reviews
     * budgets." equals "review the budget". Cached like matches.
     */
    public String normalised(String text) {
        String cached = normalisedCache.get(text);
        if (cached != null) {
            return cached;
        }
        String value = DuplicateDutyRule.normalised(text);
        if (normalisedCache.size() < CACHE_LIMIT) {
            normalisedCache.put(text, value);
        }
        return value;
    }

    /** Where {@code duty} belongs: by its link when it has a valid one, else by its words. */
    public DutyMatch match(Duty duty) {
        Document linked = duty.responsibilityId() == null ? null : byId.get(duty.responsibilityId());
        if (linked != null) {
            return new DutyMatch(duty.text(), linked.responsibility().id(), linked.tierId(), Double.POSITIVE_INFINITY,
                    List.of(), true, linked.responsibility().id(), null, 0, Map.of(linked.tierId(), Double.POSITIVE_INFINITY));
        }
        return match(duty.text());
    }

    /** Where a free-text duty belongs, by its words. */
    public DutyMatch match(String text) {
        DutyMatch cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        DutyMatch result = compute(text);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(text, result);
        }
        return result;
    }

    private DutyMatch compute(String text) {
        List<Words.Word> words = Words.of(text);
        List<String> stems = words.stream().map(Words.Word::stem).toList();
        Set<String> query = new LinkedHashSet<>(stems);
        Document best = null;
        double bestScore = 0;
        Document second = null;
        double secondScore = 0;
        Map<String, Double> bestByTier = new HashMap<>();
        for (Document d : documents) {
            double score = score(d, query, stems);
            bestByTier.merge(d.tierId(), score, Math::max);
            if (score > bestScore) {
                second = best;
                secondScore = bestScore;
                best = d;
                bestScore = score;
            } else if (score > secondScore) {
                second = d;
                secondScore = score;
            }
        }
        List<String> matchedWords = new ArrayList<>();
        if (best != null) {
            for (Words.Word w : words) {
                if (best.termCounts().containsKey(w.stem()) && !matchedWords.contains(w.original())) {
                    matchedWords.add(w.original());
                }
            }
        }
        boolean matched = best != null && bestScore >= settings.threshold();
        return new DutyMatch(text,
                matched ? best.responsibility().id() : null,
                matched ? best.tierId() : null,
                bestScore, matchedWords, false,
                best == null ? null : best.responsibility().id(),
                second == null ? null : second.responsibility().id(), secondScore, bestByTier);
    }

    private double score(Document d, Set<String> query, List<String> stems) {
        double score = 0;
        for (String term : query) {
            Integer tf = d.termCounts().get(term);
            if (tf != null) {
                double norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * d.length() / averageLength));
                score += TEXT_WEIGHT * idf.getOrDefault(term, 0.0) * norm;
            }
        }
        for (List<String> keyword : d.keywordStems()) {
            if (query.contains(keyword.get(0)) && containsRun(stems, keyword)) {
                score += KEYWORD_BONUS;
            }
        }
        return score;
    }

    /**
     * The responsibility of {@code tierId} nearest to {@code text}: what a sentence that points to
     * that tier by its scope is closest to in the catalog. Empty when the tier has none.
     */
    public Optional<Responsibility> nearestIn(String text, String tierId) {
        List<String> stems = Words.stems(text);
        Set<String> query = new LinkedHashSet<>(stems);
        Document best = null;
        double bestScore = -1;
        for (Document d : documents) {
            if (d.tierId().equals(tierId)) {
                double score = score(d, query, stems);
                if (score > bestScore) {
                    best = d;
                    bestScore = score;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.responsibility());
    }

    /** Whether {@code run} occurs in {@code stems} as consecutive words. */
    private static boolean containsRun(List<String> stems, List<String> run) {
        outer:
        for (int i = 0; i + run.size() <= stems.size(); i++) {
            for (int j = 0; j < run.size(); j++) {
                if (!stems.get(i + j).equals(run.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
