package dev.orgwright.render;

import dev.orgwright.model.Photos;
import dev.orgwright.model.Position;
import dev.orgwright.model.Settings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The photos of one chart as images to draw, each decoded once and kept while the chart's
 * settings (where the photos are) stay the same, and the round avatar they are drawn as.
 */
final class CardPhotos {

    /** Stands for a photo that is no embedded PNG or JPEG: a path or an address is never fetched. */
    private static final Logo NONE = new Logo("none", new byte[0], 1, 1);

    private final Settings settings;
    private final Map<String, Logo> decoded = new ConcurrentHashMap<>();

    CardPhotos(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    /** The image of a position's photo reference, or null when it is not embedded in the chart. */
    Logo image(String reference) {
        Logo logo = decoded.computeIfAbsent(reference, r -> Photos.imageOf(settings, r)
                .map(i -> Logo.read(i.type(), i.bytes())).orElse(NONE));
        return logo == NONE ? null : logo;
    }

    /**
     * Draws {@code p}'s photo as a circle at the left of the card whose surface box starts at
     * (x, y) and is {@code h} high, scaled down on a short card; a grey disc where the photo is not
     * embedded, so that the cards of a chart line up either way.
     */
    static void paint(Surface s, Theme theme, CardPhotos photos, Position p, double x, double y, double h,
                      double scale) {
        double top = y + CardMetrics.BAND_HEIGHT * scale;
        double room = h - CardMetrics.BAND_HEIGHT * scale;
        double d = Math.min(CardContent.PHOTO_SIZE * scale, room - 8 * scale);
        if (d < 4) {
            return;
        }
        double px = x + CardContent.PHOTO_LEFT * scale;
        double py = top + (room - d) / 2;
        Logo image = photos.image(p.photo());
        if (image == null) {
            s.fillRect(px, py, d, d, d / 2, theme.cardBorder());
        } else {
            s.roundImage(image, px, py, d);
        }
    }
}
