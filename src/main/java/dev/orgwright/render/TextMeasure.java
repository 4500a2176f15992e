package dev.orgwright.render;

/** Measures how wide a text is drawn; each output supplies its own font metrics. */
@FunctionalInterface
public interface TextMeasure {

    /** The advance width of {@code text} in {@code style}, in surface pixels at size {@code style.size()}. */
    double width(String text, TextStyle style);
}
