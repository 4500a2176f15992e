package dev.orgwright.ui.fx;

import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text with the screen fonts the canvas draws with.
 *
 * <p>Opening a chart of 100,000 positions measures a few hundred thousand texts, and a JavaFX
 * text layout costs several microseconds each. JavaFX lays out Latin, Greek and Cyrillic text
 * without kerning or ligatures: such a text is exactly as wide as the sum of its characters'
 * advances. So the advance of each of those characters is measured once per font and added up;
 * any text with another character (complex scripts, combining marks, emoji, controls) is laid
 * out whole, as before.
 */
public final class FxTextMeasure implements TextMeasure {

    /** Characters below this (except controls and the soft hyphen) are measured one by one. */
    private static final int SIMPLE_LIMIT = 0x0300;

    private final Text probe = new Text();
    private final Map<Font, double[]> advances = new HashMap<>();

    @Override
    public double width(String text, TextStyle style) {
        Font font = FxFonts.font(style);
        if (!isSimple(text)) {
            return laidOut(text, font);
        }
        double[] known = advances.computeIfAbsent(font, f -> {
            double[] fresh = new double[SIMPLE_LIMIT];
            Arrays.fill(fresh, Double.NaN);
            return fresh;
        });
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            double advance = known[c];
            if (Double.isNaN(advance)) {
                advance = laidOut(String.valueOf(c), font);
                known[c] = advance;
            }
            width += advance;
        }
        return width;
    }

    /** The width of {@code text} as a JavaFX text layout gives it. */
    double laidOut(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** Whether every character of {@code text} is one whose advance adds up: printable, below U+0300. */
    static boolean isSimple(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= SIMPLE_LIMIT || c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD) {
                return false;
            }
        }
        return true;
    }
}
