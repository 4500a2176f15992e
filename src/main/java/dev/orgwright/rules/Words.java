package dev.orgwright.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns text into the words that carry meaning: lower case, split on anything that is not a
 * letter or digit, stop words dropped, each word stemmed. "Reviews the budgets!" becomes
 * {@code review, budget}.
 */
final class Words {

    /** One meaningful word: as written (for explanations) and as its stem (for matching). */
    record Word(String original, String stem) {
    }

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "across", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
            "being", "both", "but", "by", "can", "do", "does", "each", "either", "every", "for", "from", "get",
            "gets", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its",
            "make", "makes", "making", "me", "more", "most", "my", "no", "not", "of", "on", "or", "our",
            "ours", "out", "over", "own", "per", "s", "she", "so", "such", "than", "that", "the", "their", "them",
            "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "up", "upon",
            "us", "via", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
            "whom", "why", "will", "with", "within", "would", "you", "your",
            // Words of job descriptions that say nothing about which duty it is.
            "responsible", "responsibility", "responsibilities", "accountable", "ensure", "ensures",
            "ensuring", "sure", "task", "tasked", "role", "duty", "duties", "etc");

    /** Stems are cached: a chart of 100,000 positions repeats the same few thousand words. */
    private static final ConcurrentHashMap<String, String> STEMS = new ConcurrentHashMap<>();

    private Words() {
    }

    /** The meaningful words of {@code text}, in order. */
    static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String original = text.substring(start, i);
                String lower = original.toLowerCase(Locale.ROOT);
                if (!STOP_WORDS.contains(lower)) {
                    out.add(new Word(original, stemOf(lower)));
                }
                start = -1;
            }
        }
        return out;
    }

    /** The stems of {@code text}'s meaningful words, in order. */
    static List<String> stems(String text) {
        return of(text).stream().map(Word::stem).toList();
    }

    /** The stem of one lower-case word, cached. */
    static String stemOf(String lower) {
        String cached = STEMS.get(lower);
        if (cached != null) {
            return cached;
        }
        String stem = Stemmer.stem(lower);
        if (STEMS.size() < 200_000) {
            STEMS.put(lower, stem);
        }
        return stem;
    }
}
