package dev.orgwright.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into the words that carry meaning: lower case, split on anything that is not a
 * letter or digit, stop words dropped, each word stemmed. "Reviews the budgets!" becomes
 * {@code review, budget}; "Prüft die Budgets" becomes {@code pruft, budget}. Without a language
 * the text's own is taken ({@link Language#detect}).
 */
final class Words {

    /** One meaningful word: as written (for explanations) and as its stem (for matching). */
    record Word(String original, String stem) {
    }

    private Words() {
    }

    /** The meaningful words of {@code text}, in its own language, in order. */
    static List<Word> of(String text) {
        return of(text, Language.detect(text));
    }

    /** The meaningful words of {@code text}, read as {@code language}, in order. */
    static List<Word> of(String text, Language language) {
        List<Word> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String original = text.substring(start, i);
                String lower = original.toLowerCase(language.locale());
                if (!language.isStopWord(lower)) {
                    out.add(new Word(original, language.stem(lower)));
                }
                start = -1;
            }
        }
        return out;
    }

    /** The stems of {@code text}'s meaningful words, in its own language, in order. */
    static List<String> stems(String text) {
        return stems(text, Language.detect(text));
    }

    /** The stems of {@code text}'s meaningful words, read as {@code language}, in order. */
    static List<String> stems(String text, Language language) {
        return of(text, language).stream().map(Word::stem).toList();
    }
}
