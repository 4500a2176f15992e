package dev.orgwright.cli;

import dev.orgwright.layout.CardSize;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Position;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.Theme;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Sizes cards without a display, for the command line: the same card geometry as the window
 * ({@link CardSizing}), with text measured by Java's own font system (the platform's sans-serif
 * font, which on Linux is the font the screen uses too) instead of JavaFX. Where Java has no
 * fonts at all (a stripped-down container), text is estimated at a fixed share of the font
 * size per character. Either way the sizes approximate the screen's, they do not equal them.
 */
final class HeadlessCardSizer implements CardSizer {

    /** Average advance of a character of a sans-serif font, as a share of its size, for the estimate. */
    static final double REGULAR_ADVANCE = 0.55;
    static final double BOLD_ADVANCE = 0.6;

    private final CardSizing sizing;

    HeadlessCardSizer() {
        this.sizing = new CardSizing(measure(), Theme.LIGHT);
    }

    @Override
    public CardSize sizeOf(Position position) {
        return sizing.sizeOf(position);
    }

    private static TextMeasure measure() {
        if (System.getProperty("java.awt.headless") == null) {
            // Measuring needs no window; say so before anything in AWT starts looking for one.
            System.setProperty("java.awt.headless", "true");
        }
        try {
            TextMeasure awt = new AwtMeasure();
            awt.width("Chief Executive Officer", new TextStyle(13, true, false, Theme.LIGHT.title()));
            return awt;
        } catch (RuntimeException | LinkageError e) {
            return HeadlessCardSizer::estimate;
        }
    }

    /** The fallback: characters times an average advance. */
    static double estimate(String text, TextStyle style) {
        return text.codePointCount(0, text.length()) * style.size() * (style.bold() ? BOLD_ADVANCE : REGULAR_ADVANCE);
    }

    /** Measures with java.awt fonts; a FontRenderContext of its own needs no graphics device. */
    private static final class AwtMeasure implements TextMeasure {

        private final FontRenderContext context = new FontRenderContext(null, true, true);
        private final Map<Long, Font> fonts = new HashMap<>();

        @Override
        public double width(String text, TextStyle style) {
            long key = Math.round(style.size() * 10) * 4 + (style.bold() ? 2 : 0) + (style.italic() ? 1 : 0);
            Font font = fonts.computeIfAbsent(key, k -> new Font(Font.SANS_SERIF,
                    (style.bold() ? Font.BOLD : 0) | (style.italic() ? Font.ITALIC : 0), 1)
                    .deriveFont((float) Math.max(0.1, style.size())));
            return font.getStringBounds(text, context).getWidth();
        }
    }
}
