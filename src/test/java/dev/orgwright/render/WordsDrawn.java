package dev.orgwright.render;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A surface that keeps the words of the text drawn on it and nothing else, measured with a font
 * wider than the PDF's or the deck's, as a screen's might be: a preview that wrapped its text with
 * this measure would break lines elsewhere than the file it previews.
 */
public final class WordsDrawn implements Surface {

    /** The words drawn, each once. */
    public final Set<String> words = new TreeSet<>();

    /** The words of {@code text}: what stands between white space. */
    public static Set<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public TextMeasure measure() {
        return (text, style) -> text.length() * style.size() * 0.62;
    }

    @Override
    public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
        words.addAll(words(text));
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, LineStyle style) {
    }

    @Override
    public void polyline(double[] xs, double[] ys, LineStyle style) {
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
    }

    @Override
    public void popClip() {
    }
}
