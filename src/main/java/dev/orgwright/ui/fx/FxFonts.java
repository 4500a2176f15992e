package dev.orgwright.ui.fx;

import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextStyle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * The JavaFX fonts and colours for render's plain values; one place, so measuring and drawing agree.
 * Safe to use from several threads: a chart opened from the command line has its cards measured
 * on the thread that read it.
 */
public final class FxFonts {

    private static final String FAMILY = Font.getDefault().getFamily();
    private static final Map<Long, Font> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Map<Long, Font>> FAMILY_CACHES = new ConcurrentHashMap<>();

    private FxFonts() {
    }

    static Font font(TextStyle style) {
        // Sizes vary continuously with zoom; keying on a tenth of a pixel keeps the cache small.
        long key = Math.round(style.size() * 10) * 4 + (style.bold() ? 2 : 0) + (style.italic() ? 1 : 0);
        // A theme's family the machine lacks falls back to the standard one, as JavaFX does by itself.
        String family = style.family() == null ? FAMILY : style.family();
        Map<Long, Font> cache = style.family() == null ? CACHE : FAMILY_CACHES.computeIfAbsent(family, f -> new ConcurrentHashMap<>());
        return cache.computeIfAbsent(key, k -> Font.font(family, style.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                style.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, Math.max(0.1, style.size())));
    }

    public static Color color(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.opacity());
    }
}
