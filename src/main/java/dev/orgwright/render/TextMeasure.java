package dev.orgwright.render;

/** Measures how wide a text is drawn; each output supplies its own font metrics. */
@FunctionalInterface
public interface TextMeasure {

    /** An estimate for when no fonts are at hand: an average letter is a little over half as wide as the font is tall. */
    TextMeasure ESTIMATE = (text, style) -> text.codePointCount(0, text.length()) * style.size() * 0.56;

    /** The advance width of {@code text} in {@code style}, in surface pixels at size {@code style.size()}. */
    double width(String text, TextStyle style);
}
