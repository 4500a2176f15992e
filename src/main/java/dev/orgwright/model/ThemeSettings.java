package dev.orgwright.model;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The look a chart asks for, as saved in its {@code "theme"}: a built-in theme to start from, the
 * tier colours, the card style, a font family, a logo, the heading of its sheets, how cards are
 * coloured and whether the canvas shows a legend. Every part is optional; what is left out comes
 * from the built-in theme, so a chart without a theme looks as it always did.
 *
 * <p>The chart keeps the theme as plain values in its {@link Settings} under {@link #KEY}, so that
 * a key a newer version adds is kept and written back, and a change of theme is an ordinary edit
 * of the settings ({@link #edit}), undone like any other.
 *
 * @param base         "light", "dark" or "high-contrast"
 * @param tierColours  the colour of each tier by rank, as "#RRGGBB"; empty for the base theme's
 * @param cornerRadius the cards' corner radius in points, or null for the base theme's
 * @param accent       where a card shows its colour: "top", "left" or "none"; null for "top"
 * @param shadow       whether cards cast a shadow; null for the base theme's
 * @param font         a font family name, or null for the standard sans-serif
 * @param heading      the heading of exported sheets and slides, or null for the chart's title
 * @param logo         an image shown beside the heading, or null
 * @param colourBy     what colours the cards: "tier", "department", "severity" or "field:NAME"
 * @param legend       whether the canvas shows a legend of the colours
 */
public record ThemeSettings(String base, List<String> tierColours, Double cornerRadius, String accent, Boolean shadow,
                            String font, String heading, Logo logo, String colourBy, boolean legend) {

    /** Where the theme is kept in the chart's settings, and its name in the document. */
    public static final String KEY = "theme";
    /** The built-in themes a theme may start from. */
    public static final List<String> BASES = List.of("light", "dark", "high-contrast");
    /** Where a card may show its colour. */
    public static final List<String> ACCENTS = List.of("top", "left", "none");
    /** The largest corner radius a card may have, in points. */
    public static final double MAX_RADIUS = 24;
    /** The longest logo accepted, in characters of Base64: about 512 KB of image. */
    public static final int MAX_LOGO_CHARS = 700_000;
    /** The image types a logo may have: both are read by every output without a converter. */
    public static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg");

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Set<String> SIMPLE_COLOUR_BY = Set.of("tier", "department", "severity");

    /** The look of a chart that has no theme: the light theme, coloured by tier, with a legend. */
    public static final ThemeSettings DEFAULT = new ThemeSettings("light", List.of(), null, null, null, null, null,
            null, "tier", true);

    /**
     * An image embedded in the chart, so that it travels with the file.
     *
     * @param type  "image/png" or "image/jpeg"
     * @param data  the image's bytes in Base64
     */
    public record Logo(String type, String data) {

        /** The image's bytes. */
        public byte[] bytes() {
            return Base64.getDecoder().decode(data);
        }
    }

    public ThemeSettings {
        tierColours = List.copyOf(tierColours);
    }

    /** The theme of a chart's settings; {@link #DEFAULT} when it has none, defaults for any part that is wrong. */
    public static ThemeSettings of(Settings settings) {
        Object tree = settings.asMap().get(KEY);
        if (!(tree instanceof Map<?, ?> map)) {
            return DEFAULT;
        }
        String base = text(map.get("base")).filter(BASES::contains).orElse("light");
        List<String> tiers = new ArrayList<>();
        if (map.get("tiers") instanceof List<?> list) {
            for (Object c : list) {
                if (c instanceof String s && COLOUR.matcher(s).matches()) {
                    tiers.add(s.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        Double radius = null;
        String accent = null;
        Boolean shadow = null;
        if (map.get("card") instanceof Map<?, ?> card) {
            if (card.get("radius") instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= MAX_RADIUS) {
                radius = n.doubleValue();
            }
            accent = text(card.get("accent")).filter(ACCENTS::contains).orElse(null);
            shadow = card.get("shadow") instanceof Boolean b ? b : null;
        }
        Logo logo = null;
        if (map.get("logo") instanceof Map<?, ?> l && logoProblem(l) == null) {
            logo = new Logo((String) l.get("type"), (String) l.get("data"));
        }
        return new ThemeSettings(base, tiers, radius, accent, shadow,
                text(map.get("font")).filter(s -> !Blank.isBlank(s)).orElse(null),
                text(map.get("heading")).filter(s -> !Blank.isBlank(s)).orElse(null), logo,
                text(map.get("colourBy")).filter(s -> colourByProblem(s) == null).orElse("tier"),
                !(map.get("legend") instanceof Boolean b) || b);
    }

    /** Whether the chart's settings hold a theme at all. */
    public static boolean present(Settings settings) {
        return settings.asMap().containsKey(KEY);
    }

    /**
     * What is wrong with a theme as read from a document, as a sentence naming the part; empty
     * when nothing is. Parts this version does not know are left alone.
     */
    public static Optional<String> problem(Object tree) {
        if (!(tree instanceof Map<?, ?> map)) {
            return Optional.of(ModelTexts.t("model.theme.notObject"));
        }
        Object base = map.get("base");
        if (map.containsKey("base") && !(base instanceof String s && BASES.contains(s))) {
            return Optional.of(ModelTexts.t("model.theme.badBase"));
        }
        if (map.containsKey("tiers")) {
            if (!(map.get("tiers") instanceof List<?> list)) {
                return Optional.of(ModelTexts.t("model.theme.tiersNotList"));
            }
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String s && COLOUR.matcher(s).matches())) {
                    return Optional.of(ModelTexts.t("model.theme.badTierColour", i + 1));
                }
            }
        }
        if (map.containsKey("card")) {
            if (!(map.get("card") instanceof Map<?, ?> card)) {
                return Optional.of(ModelTexts.t("model.theme.cardNotObject"));
            }
            if (card.containsKey("radius") && !(card.get("radius") instanceof Number n
                    && n.doubleValue() >= 0 && n.doubleValue() <= MAX_RADIUS)) {
                return Optional.of(ModelTexts.t("model.theme.badRadius", (int) MAX_RADIUS));
            }
            if (card.containsKey("accent") && !(card.get("accent") instanceof String s && ACCENTS.contains(s))) {
                return Optional.of(ModelTexts.t("model.theme.badAccent"));
            }
            if (card.containsKey("shadow") && !(card.get("shadow") instanceof Boolean)) {
                return Optional.of(ModelTexts.t("model.theme.shadowNotBoolean"));
            }
        }
        for (String key : List.of("font", "heading")) {
            if (map.containsKey(key) && !(map.get(key) instanceof String)) {
                return Optional.of(ModelTexts.t("model.theme.notText", key));
            }
        }
        if (map.containsKey("logo")) {
            if (!(map.get("logo") instanceof Map<?, ?> logo)) {
                return Optional.of(ModelTexts.t("model.theme.logoNotObject"));
            }
            String why = logoProblem(logo);
            if (why != null) {
                return Optional.of(why);
            }
        }
        if (map.containsKey("colourBy")) {
            String why = map.get("colourBy") instanceof String s ? colourByProblem(s)
                    : ModelTexts.t("model.theme.colourByNotText");
            if (why != null) {
                return Optional.of(why);
            }
        }
        if (map.containsKey("legend") && !(map.get("legend") instanceof Boolean)) {
            return Optional.of(ModelTexts.t("model.theme.legendNotBoolean"));
        }
        return Optional.empty();
    }

    /** What is wrong with a "colour by" choice, as a sentence; null when it is one of the four kinds. */
    public static String colourByProblem(String text) {
        if (SIMPLE_COLOUR_BY.contains(text)) {
            return null;
        }
        if (text.startsWith("field:") && !Blank.isBlank(text.substring("field:".length()))) {
            return null;
        }
        return ModelTexts.t("model.theme.badColourBy", text);
    }

    private static String logoProblem(Map<?, ?> logo) {
        if (!(logo.get("type") instanceof String type) || !LOGO_TYPES.contains(type)) {
            return ModelTexts.t("model.theme.logoBadType");
        }
        if (!(logo.get("data") instanceof String data) || data.isEmpty()) {
            return ModelTexts.t("model.theme.logoNoData");
        }
        if (data.length() > MAX_LOGO_CHARS) {
            return ModelTexts.t("model.theme.logoTooLarge");
        }
        try {
            Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            return ModelTexts.t("model.theme.logoNotBase64");
        }
        return null;
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * The edit that sets one part of the theme ({@code "base"}, {@code "card.radius"}, …) to
     * {@code value}, or removes it when {@code value} is null; the rest of the theme is kept.
     * {@code label} names it in the Edit menu ("Change the theme").
     */
    public static Edit edit(String label, String part, Object value) {
        return new Edit() {
            @Override
            public String label(Chart before) {
                return label;
            }

            @Override
            public Chart apply(Chart before) {
                return before.withSettings(with(before.settings(), part, value));
            }
        };
    }

    /** {@code settings} with one part of the theme set, or removed when {@code value} is null. */
    @SuppressWarnings("unchecked")
    public static Settings with(Settings settings, String part, Object value) {
        if (value != null) {
            return settings.with(KEY + "." + part, value);
        }
        if (!(settings.asMap().get(KEY) instanceof Map<?, ?> theme)) {
            return settings;
        }
        Map<String, Object> copy = new java.util.LinkedHashMap<>((Map<String, Object>) theme);
        String[] steps = part.split("\\.");
        if (steps.length == 1) {
            copy.remove(part);
        } else if (copy.get(steps[0]) instanceof Map<?, ?> inner) {
            Map<String, Object> innerCopy = new java.util.LinkedHashMap<>((Map<String, Object>) inner);
            innerCopy.remove(steps[1]);
            copy.put(steps[0], innerCopy);
        }
        return settings.with(KEY, copy);
    }
}
