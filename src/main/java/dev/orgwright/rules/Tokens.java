package dev.orgwright.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A sentence as a list of tokens for reading its shape: every word (stop words kept, since
 * "to lead" and "Head of" differ by them) and the punctuation that ends a phrase (comma, colon,
 * dash). Words keep inner hyphens and apostrophes ("day-to-day", "Department's").
 */
final class Tokens {

    /** One word or mark: as written, in lower case, and stemmed (a mark is its own stem). */
    record Token(String original, String lower, String stem, boolean word) {
    }

    private Tokens() {
    }

    static List<Token> of(String text, Locale locale) {
        Language language = Language.of(locale);
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                        || (isJoiner(text.charAt(i)) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                    i++;
                }
                String original = text.substring(start, i);
                String lower = original.toLowerCase(locale).replace('’', '\'');
                int elision = language == Language.FRENCH ? elision(lower) : 0;
                if (elision > 0) {
                    // "l'équipe" is two words, the article and the team.
                    out.add(new Token(original.substring(0, elision), lower.substring(0, elision),
                            lower.substring(0, elision), true));
                    original = original.substring(elision);
                    lower = lower.substring(elision);
                }
                out.add(new Token(original, lower, stem(lower, language), true));
            } else {
                if (c == ',' || c == ':' || c == ';' || c == '-' || c == '–' || c == '&' || c == '(' || c == ')') {
                    String mark = String.valueOf(c);
                    out.add(new Token(mark, mark, mark, false));
                }
                i++;
            }
        }
        return out;
    }

    /** The length of a French elided article or pronoun at the start of a word ("l'", "qu'"), or 0. */
    private static int elision(String lower) {
        int apostrophe = lower.indexOf('\'');
        if (apostrophe < 1 || apostrophe > 6 || apostrophe == lower.length() - 1) {
            return 0;
        }
        String before = lower.substring(0, apostrophe);
        return ELIDED.contains(before) ? apostrophe + 1 : 0;
    }

    private static final Set<String> ELIDED = Set.of("l", "d", "qu", "s", "n", "c", "j", "m", "t", "jusqu", "lorsqu",
            "puisqu");

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
    }

    /** The stem of a lower-case word; an English possessive stems as its noun ("team's" as "team"). */
    static String stem(String lower, Language language) {
        String bare = language == Language.ENGLISH && lower.endsWith("'s") ? lower.substring(0, lower.length() - 2)
                : lower;
        return language.stem(bare);
    }

    /** The stems of a list of lower-case words. */
    static Set<String> stems(Iterable<String> words, Language language) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(stem(w.toLowerCase(language.locale()), language)));
        return Set.copyOf(out);
    }

    /** Each phrase as its list of words in lower case. */
    static List<List<String>> phrases(List<String> phrases, Locale locale) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : phrases) {
            List<String> stems = of(phrase, locale).stream().filter(Token::word).map(Token::lower).toList();
            if (!stems.isEmpty()) {
                out.add(stems);
            }
        }
        return List.copyOf(out);
    }

    /** Phrases by their first word, so that finding one looks only at those that can start at a token. */
    static Map<String, List<List<String>>> index(List<List<String>> phrases) {
        Map<String, List<List<String>>> out = new HashMap<>();
        for (List<String> phrase : phrases) {
            out.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
        }
        return Map.copyOf(out);
    }

    /** The first phrase of the index found in {@code tokens}, as its first and last token, or null. */
    static int[] findAny(List<Token> tokens, Map<String, List<List<String>>> index) {
        for (int i = 0; i < tokens.size(); i++) {
            List<List<String>> candidates = index.get(tokens.get(i).lower());
            if (candidates == null) {
                continue;
            }
            for (List<String> phrase : candidates) {
                if (matchesAt(tokens, i, phrase)) {
                    return new int[] {i, i + phrase.size() - 1};
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(List<Token> tokens, int at, List<String> phrase) {
        if (at + phrase.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            if (!tokens.get(at + j).lower().equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code phrase} (words in lower case) first occurs in {@code tokens} as consecutive words, or -1. */
    static int find(List<Token> tokens, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!tokens.get(i + j).lower().equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
