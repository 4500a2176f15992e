package dev.orgwright.render;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks a text into lines no wider than a card allows: between words, as the Unicode line
 * breaking rules say (so Han, Kana and Hangul break between any two characters, and a hyphen or
 * a dash ends a line), a word wider than the line broken where it must be, and the last line
 * ending with "…" when the text needs more lines than it may take. Cards are sized and drawn
 * with the same breaks, so every output cuts a title the same way.
 */
public final class TextWrap {

    /** What ends a line that had to be cut. */
    public static final String ELLIPSIS = "…";

    private TextWrap() {
    }

    /**
     * The lines of {@code text} at most {@code maxWidth} wide as {@code measure} measures them in
     * {@code style}, at most {@code maxLines} of them. An empty text gives one empty line.
     */
    public static List<String> lines(String text, double maxWidth, int maxLines, TextMeasure measure, TextStyle style) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("A text needs at least one line, not " + maxLines + ".");
        }
        String rest = text.strip();
        List<String> lines = new ArrayList<>(Math.min(maxLines, 4));
        if (rest.isEmpty() || measure.width(rest, style) <= maxWidth) {
            lines.add(rest);
            return lines;
        }
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1) {
                lines.add(ellipsised(rest, maxWidth, measure, style));
                return lines;
            }
            int cut = breakAt(rest, maxWidth, measure, style);
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return lines;
    }

    /**
     * Where the first line of {@code text} ends: after the last break opportunity that still fits,
     * or, when even the first word does not fit, after as many characters as fit (at least one).
     */
    static int breakAt(String text, double maxWidth, TextMeasure measure, TextStyle style) {
        if (measure.width(text, style) <= maxWidth) {
            return text.length();
        }
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        int fits = -1;
        for (int b = breaks.next(); b != BreakIterator.DONE && b < text.length(); b = breaks.next()) {
            if (measure.width(text.substring(0, b).stripTrailing(), style) <= maxWidth) {
                fits = b;
            } else {
                break;
            }
        }
        return fits > 0 ? fits : charactersThatFit(text, maxWidth, measure, style);
    }

    /** As many whole characters of {@code text} as fit in {@code maxWidth}, but never none. */
    private static int charactersThatFit(String text, double maxWidth, TextMeasure measure, TextStyle style) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int first = characters.next();
        int fits = first == BreakIterator.DONE ? text.length() : first;
        for (int c = characters.next(); c != BreakIterator.DONE; c = characters.next()) {
            if (measure.width(text.substring(0, c), style) > maxWidth) {
                break;
            }
            fits = c;
        }
        return fits;
    }

    /**
     * {@code text} on one line: whole when it fits, otherwise its longest beginning that fits with
     * "…" after it, cut after a word when the cut loses less than a third of the line.
     */
    public static String ellipsised(String text, double maxWidth, TextMeasure measure, TextStyle style) {
        if (measure.width(text, style) <= maxWidth) {
            return text;
        }
        double room = maxWidth - measure.width(ELLIPSIS, style);
        int byWord = 0;
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        for (int b = breaks.next(); b != BreakIterator.DONE && b < text.length(); b = breaks.next()) {
            if (measure.width(text.substring(0, b).stripTrailing(), style) > room) {
                break;
            }
            byWord = b;
        }
        int cut = room > 0 ? charactersThatFit(text, room, measure, style) : 0;
        if (room > 0 && measure.width(text.substring(0, cut), style) > room) {
            cut = 0;
        }
        String head = text.substring(0, cut);
        if (byWord > 0 && measure.width(text.substring(0, byWord).stripTrailing(), style) >= room * 2 / 3) {
            head = text.substring(0, byWord);
        }
        return head.stripTrailing() + ELLIPSIS;
    }
}
