package dev.orgwright.rules;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a duty's text into sentences, so that a job description pasted as one duty, or imported
 * from a purpose column, is judged sentence by sentence. The JDK's sentence rules for the
 * language do the splitting; a break after a known abbreviation ("e.g.", "No.") or before a
 * word in lower case is taken back, and every line is split on its own, so that a list pasted
 * one item a line keeps its items apart.
 */
public final class SentenceSplitter {

    private final Locale locale;
    private final Set<String> abbreviations;
    /** Making a sentence iterator costs more than splitting a duty with it; one per thread is reused. */
    private final ThreadLocal<BreakIterator> breaks;

    /** A splitter for the language of {@code cues}. */
    public SentenceSplitter(DutyCues cues) {
        this.locale = cues.locale();
        this.abbreviations = cues.abbreviations();
        this.breaks = ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(locale));
    }

    /** The sentences of {@code text}, stripped, none blank, in order. */
    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            splitLine(line, out);
        }
        return out;
    }

    private void splitLine(String line, List<String> out) {
        if (line.isBlank()) {
            return;
        }
        BreakIterator breaks = this.breaks.get();
        breaks.setText(line);
        StringBuilder pending = new StringBuilder();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = line.substring(start, end);
            if (pending.length() > 0 && !continues(pending, piece)) {
                add(pending, out);
            }
            pending.append(piece);
        }
        add(pending, out);
    }

    /** Whether {@code piece} carries on the sentence in {@code before} rather than starting one. */
    private boolean continues(CharSequence before, String piece) {
        String next = piece.strip();
        if (next.isEmpty() || Character.isLowerCase(next.codePointAt(0))) {
            return true;
        }
        String previous = before.toString().strip();
        int space = previous.lastIndexOf(' ');
        String lastWord = previous.substring(space + 1).toLowerCase(locale);
        return abbreviations.contains(lastWord);
    }

    private static void add(StringBuilder pending, List<String> out) {
        String sentence = pending.toString().strip();
        if (!sentence.isEmpty()) {
            out.add(sentence);
        }
        pending.setLength(0);
    }
}
