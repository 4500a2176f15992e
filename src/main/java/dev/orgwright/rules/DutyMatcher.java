package dev.orgwright.rules;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Templates;
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

    /** The catalog as documents of one language's stems, with their BM25 statistics. */
    private static final class Index {
        private final Language language;
        private final List<Document> documents = new ArrayList<>();
        private final Map<String, Double> idf = new HashMap<>();
        private final double averageLength;

        Index(List<Tier> tiers, Language language) {
            this.language = language;
            Map<String, Integer> documentFrequency = new HashMap<>();
            long totalLength = 0;
            for (Tier tier : tiers) {
                for (Responsibility r : tier.responsibilities()) {
                    Map<String, Integer> counts = new HashMap<>();
                    List<List<String>> keywordStems = new ArrayList<>();
                    Words.stems(r.text(), language).forEach(s -> counts.merge(s, 1, Integer::sum));
                    for (String keyword : r.keywords()) {
                        Set<String> written = Templates.keywordLanguages(r.id(), keyword);
                        if (!written.isEmpty() && !written.contains(language.locale().getLanguage())) {
                            continue;
                        }
                        List<String> stems = Words.stems(keyword, language);
                        if (!stems.isEmpty()) {
                            keywordStems.add(stems);
                            stems.forEach(s -> counts.merge(s, 1, Integer::sum));
                        }
                    }
                    int length = counts.values().stream().mapToInt(Integer::intValue).sum();
                    totalLength += length;
                    counts.keySet().forEach(s -> documentFrequency.merge(s, 1, Integer::sum));
                    documents.add(new Document(r, tier.id(), counts, length, keywordStems));
                }
            }
            int n = documents.size();
            averageLength = n == 0 ? 1 : (double) totalLength / n;
            documentFrequency.forEach((term, df) -> idf.put(term, Math.log(1 + (n - df + 0.5) / (df + 0.5))));
        }

        /**
         * In a language of compounds, a word the catalog does not know stands for the longest word
         * of the catalog it ends in ("Unternehmensstrategie" for "Strategie", "Quartalsziele" for
         * "Ziele"); otherwise, and when none fits, the word itself.
         */
        String head(String stem) {
            if (!language.writesCompounds() || idf.containsKey(stem)) {
                return stem;
            }
            for (int i = 3; i <= stem.length() - 4; i++) {
                if (idf.containsKey(stem.substring(i))) {
                    return stem.substring(i);
                }
            }
            return stem;
        }
    }

    private final List<Tier> tiers;
    private final Map<String, Document> byId = new HashMap<>();
    /** One index per language a duty was written in, made when the first such duty comes. */
    private final Map<Language, Index> indexes = new java.util.concurrent.ConcurrentHashMap<>();
    private final MatchSettings settings;
    private final ConcurrentHashMap<String, DutyMatch> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> normalisedCache = new ConcurrentHashMap<>();

    /**
     * A matcher for the catalog of {@code tiers}. A duty is matched in its own language: the
     * catalog's text and keywords are stemmed as that language, so a catalog whose keywords are
     * written in several languages matches duties written in any of them.
     */
    public DutyMatcher(List<Tier> tiers, MatchSettings settings) {
        this.settings = settings;
        this.tiers = List.copyOf(tiers);
        Index english = index(Language.ENGLISH);
        english.documents.forEach(d -> byId.put(d.responsibility().id(), d));
    }

    private Index index(Language language) {
        return indexes.computeIfAbsent(language, l -> new Index(tiers, l));
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
        Index index = index(Language.detect(text));
        List<Words.Word> words = Words.of(text, index.language);
        List<String> stems = words.stream().map(w -> index.head(w.stem())).toList();
        Set<String> query = new LinkedHashSet<>(stems);
        Document best = null;
        double bestScore = 0;
        Document second = null;
        double secondScore = 0;
        Map<String, Double> bestByTier = new HashMap<>();
        for (Document d : index.documents) {
            double score = score(index, d, query, stems);
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
                if (best.termCounts().containsKey(index.head(w.stem())) && !matchedWords.contains(w.original())) {
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

    private static double score(Index index, Document d, Set<String> query, List<String> stems) {
        double score = 0;
        for (String term : query) {
            Integer tf = d.termCounts().get(term);
            if (tf != null) {
                double norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * d.length() / index.averageLength));
                score += TEXT_WEIGHT * index.idf.getOrDefault(term, 0.0) * norm;
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
        Index index = index(Language.detect(text));
        List<String> stems = Words.stems(text, index.language).stream().map(index::head).toList();
        Set<String> query = new LinkedHashSet<>(stems);
        Document best = null;
        double bestScore = -1;
        for (Document d : index.documents) {
            if (d.tierId().equals(tierId)) {
                double score = score(index, d, query, stems);
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
