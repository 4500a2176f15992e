package dev.orgwright.model;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The photos embedded in a chart, saved in its top-level {@code "photos"}: a map from a key (by
 * convention the position's id) to a {@code data:image/jpeg;base64,...} or {@code data:image/png;...}
 * URI. A position's {@link Position#photo()} names its key, or is itself such a URI. Embedding
 * keeps a chart with photos one file, one line per photo keeps it diffable, and nothing is ever
 * fetched: a photo that is a path or an address is not drawn (decision 0020).
 *
 * <p>Kept as plain values in the chart's {@link Settings} under {@link #KEY}, like the theme, so
 * that adding photos is one undoable edit and a merge takes them photo by photo.
 */
public final class Photos {

    /** Where the photos are kept in the chart's settings, and their name in the document. */
    public static final String KEY = "photos";
    /** The longest photo accepted, in characters: about 256 KB of image (a 128-pixel JPEG is ~6 KB). */
    public static final int MAX_PHOTO_CHARS = 350_000;

    private static final String PNG = "data:image/png;base64,";
    private static final String JPEG = "data:image/jpeg;base64,";

    private Photos() {
    }

    /**
     * An image decoded from a data URI.
     *
     * @param type  "image/png" or "image/jpeg"
     * @param bytes the image file
     */
    public record Image(String type, byte[] bytes) {
    }

    /** The photos of a chart's settings, key to data URI, in their order; empty when none. */
    public static Map<String, String> of(Settings settings) {
        if (!(settings.asMap().get(KEY) instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, String> photos = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k instanceof String key && v instanceof String uri) {
                photos.put(key, uri);
            }
        });
        return photos;
    }

    /** The image a position's photo reference stands for in {@code settings}, if it is embedded. */
    public static Optional<Image> imageOf(Settings settings, String reference) {
        if (reference == null || reference.isEmpty()) {
            return Optional.empty();
        }
        String uri = reference.startsWith("data:") ? reference
                : settings.asMap().get(KEY) instanceof Map<?, ?> map && map.get(reference) instanceof String s ? s : null;
        return uri == null ? Optional.empty() : decode(uri);
    }

    /** The image of a PNG or JPEG data URI; empty when it is neither or its Base64 is broken. */
    public static Optional<Image> decode(String uri) {
        String type = uri.startsWith(PNG) ? "image/png" : uri.startsWith(JPEG) ? "image/jpeg" : null;
        if (type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Image(type, Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The data URI of an image of {@code type} ("image/png" or "image/jpeg"). */
    public static String dataUri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** Whether the chart's settings hold photos at all. */
    public static boolean present(Settings settings) {
        return settings.asMap().containsKey(KEY);
    }

    /**
     * What is wrong with the photos as read from a document, as a sentence naming the photo;
     * empty when nothing is.
     */
    public static Optional<String> problem(Object tree) {
        if (!(tree instanceof Map<?, ?> map)) {
            return Optional.of(ModelTexts.t("model.photos.notObject"));
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof String uri) || !(uri.startsWith(PNG) || uri.startsWith(JPEG))) {
                return Optional.of(ModelTexts.t("model.photos.notImage", key));
            }
            if (uri.length() > MAX_PHOTO_CHARS) {
                return Optional.of(ModelTexts.t("model.photos.tooLarge", key));
            }
            if (decode(uri).isEmpty()) {
                return Optional.of(ModelTexts.t("model.photos.notBase64", key));
            }
        }
        return Optional.empty();
    }

    /** {@code settings} with the photo of {@code key} set to {@code uri}. */
    public static Settings with(Settings settings, String key, String uri) {
        Map<String, Object> photos = new LinkedHashMap<>(of(settings));
        photos.put(key, uri);
        return settings.with(KEY, photos);
    }
}
