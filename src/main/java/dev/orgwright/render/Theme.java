package dev.orgwright.render;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ThemeSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The colours of a drawn chart. One theme serves every output, so an export looks like the
 * screen.
 *
 * @param background  behind the chart
 * @param cardFill    inside a card
 * @param cardBorder  a card's outline
 * @param title       a card's title text
 * @param holder      the holder's name
 * @param vacant      the "Vacant" mark of a position nobody holds
 * @param line        reporting lines
 * @param dottedLine  dotted (secondary) reporting lines
 * @param selection   the ring around the selected card
 * @param tierBands   the band colour of each tier, by rank (rank 1 first); repeats when a chart has more tiers
 * @param noTierBand  the band of a position without a tier
 * @param marks       the colours of findings, drop targets and search matches
 * @param card        the cards' corners, accent and shadow
 * @param fontFamily  the font family of every text, or null for the standard sans-serif
 * @param colourBy    what gives a card its accent colour
 * @param branding    the heading and logo of a sheet, and the canvas legend switch
 */
public record Theme(Rgba background, Rgba cardFill, Rgba cardBorder, Rgba title, Rgba holder, Rgba vacant,
                    Rgba line, Rgba dottedLine, Rgba selection, List<Rgba> tierBands, Rgba noTierBand,
                    Marks marks, CardStyle card, String fontFamily, ColourBy colourBy, Branding branding) {

    /**
     * Colours that mark something on a card.
     *
     * @param error        badge of a card whose worst finding is an error
     * @param warning      badge of a card whose worst finding is a warning
     * @param info         badge of a card with notes only
     * @param badgeText    the count inside a badge
     * @param chain        outline of the cards above the selected one
     * @param dropAllowed  ring of the card a dragged card would report to
     * @param dropRefused  ring of a card the dragged card may not report to
     * @param match        ring of a card that matches the search
     */
    public record Marks(Rgba error, Rgba warning, Rgba info, Rgba badgeText, Rgba chain, Rgba dropAllowed,
                        Rgba dropRefused, Rgba match) {
    }

    /** Light grey canvas, white flat cards, calm tier colours. */
    public static final Theme LIGHT = new Theme(
            Rgba.hex("#F2F4F7"), Rgba.hex("#FFFFFF"), Rgba.hex("#D3D9E1"),
            Rgba.hex("#1D2939"), Rgba.hex("#475467"), Rgba.hex("#98A2B3"),
            Rgba.hex("#98A2B3"), Rgba.hex("#7F8EA3"), Rgba.hex("#2563EB"),
            List.of(Rgba.hex("#4F46E5"), Rgba.hex("#0EA5E9"), Rgba.hex("#10B981"), Rgba.hex("#F59E0B"),
                    Rgba.hex("#EC4899"), Rgba.hex("#8B5CF6")),
            Rgba.hex("#CBD5E1"),
            new Marks(Rgba.hex("#D92D20"), Rgba.hex("#DC6803"), Rgba.hex("#98A2B3"), Rgba.hex("#FFFFFF"),
                    Rgba.hex("#93B4F5"), Rgba.hex("#12B76A"), Rgba.hex("#D92D20"), Rgba.hex("#F79009")));

    /** Dark cards on a near-black canvas, for screens and projectors in dim rooms. */
    public static final Theme DARK = new Theme(
            Rgba.hex("#111827"), Rgba.hex("#1F2937"), Rgba.hex("#374151"),
            Rgba.hex("#F9FAFB"), Rgba.hex("#D1D5DB"), Rgba.hex("#9CA3AF"),
            Rgba.hex("#6B7280"), Rgba.hex("#9CA3AF"), Rgba.hex("#60A5FA"),
            List.of(Rgba.hex("#818CF8"), Rgba.hex("#38BDF8"), Rgba.hex("#34D399"), Rgba.hex("#FBBF24"),
                    Rgba.hex("#F472B6"), Rgba.hex("#A78BFA")),
            Rgba.hex("#4B5563"),
            new Marks(Rgba.hex("#F87171"), Rgba.hex("#FB923C"), Rgba.hex("#9CA3AF"), Rgba.hex("#111827"),
                    Rgba.hex("#3B82F6"), Rgba.hex("#34D399"), Rgba.hex("#F87171"), Rgba.hex("#FBBF24")),
            CardStyle.DEFAULT, null, ColourBy.TIER, Branding.NONE);

    /**
     * Black on white with strong, dark tier colours, square-ish cards with black outlines: for
     * print and for readers who need high contrast. Every text is at least 7:1 on its card.
     */
    public static final Theme HIGH_CONTRAST = new Theme(
            Rgba.hex("#FFFFFF"), Rgba.hex("#FFFFFF"), Rgba.hex("#000000"),
            Rgba.hex("#000000"), Rgba.hex("#1F1F1F"), Rgba.hex("#4D4D4D"),
            Rgba.hex("#000000"), Rgba.hex("#333333"), Rgba.hex("#0033CC"),
            List.of(Rgba.hex("#1E3A8A"), Rgba.hex("#065F46"), Rgba.hex("#9A3412"), Rgba.hex("#6B21A8"),
                    Rgba.hex("#9D174D"), Rgba.hex("#334155")),
            Rgba.hex("#6B7280"),
            new Marks(Rgba.hex("#B42318"), Rgba.hex("#B54708"), Rgba.hex("#475467"), Rgba.hex("#FFFFFF"),
                    Rgba.hex("#1D4ED8"), Rgba.hex("#027A48"), Rgba.hex("#B42318"), Rgba.hex("#B54708")),
            new CardStyle(2, CardStyle.Accent.TOP, false), null, ColourBy.TIER, Branding.NONE);

    /** Copies the band list and checks it is not empty. */
    public Theme {
        tierBands = List.copyOf(tierBands);
        if (tierBands.isEmpty()) {
            throw new IllegalArgumentException("A theme needs at least one tier colour.");
        }
        java.util.Objects.requireNonNull(card, "card");
        java.util.Objects.requireNonNull(colourBy, "colourBy");
        java.util.Objects.requireNonNull(branding, "branding");
        fontFamily = fontFamily == null || fontFamily.isBlank() ? null : fontFamily.strip();
    }

    /** Colours only: the cards as they have always been, the standard font, coloured by tier, no branding. */
    public Theme(Rgba background, Rgba cardFill, Rgba cardBorder, Rgba title, Rgba holder, Rgba vacant,
                 Rgba line, Rgba dottedLine, Rgba selection, List<Rgba> tierBands, Rgba noTierBand, Marks marks) {
        this(background, cardFill, cardBorder, title, holder, vacant, line, dottedLine, selection, tierBands,
                noTierBand, marks, CardStyle.DEFAULT, null, ColourBy.TIER, Branding.NONE);
    }

    /** The built-in theme of this name ("light", "dark", "high-contrast"); the light one for any other. */
    public static Theme builtIn(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "dark" -> DARK;
            case "high-contrast" -> HIGH_CONTRAST;
            default -> LIGHT;
        };
    }

    /** The theme {@code chart} asks for in its settings; {@link #LIGHT} for a chart without one. */
    public static Theme of(Chart chart) {
        return of(ThemeSettings.of(chart.settings()));
    }

    /** The built-in theme {@code settings} start from, with what they change. */
    public static Theme of(ThemeSettings settings) {
        Theme base = builtIn(settings.base());
        List<Rgba> bands = settings.tierColours().isEmpty() ? base.tierBands
                : settings.tierColours().stream().map(Rgba::hex).toList();
        CardStyle card = new CardStyle(
                settings.cornerRadius() == null ? base.card.cornerRadius() : settings.cornerRadius(),
                settings.accent() == null ? base.card.accent()
                        : CardStyle.Accent.valueOf(settings.accent().toUpperCase(Locale.ROOT)),
                settings.shadow() == null ? base.card.shadow() : settings.shadow());
        Logo logo = settings.logo() == null ? null : Logo.read(settings.logo().type(), settings.logo().bytes());
        return new Theme(base.background, base.cardFill, base.cardBorder, base.title, base.holder, base.vacant,
                base.line, base.dottedLine, base.selection, bands, base.noTierBand, base.marks, card,
                settings.font(), ColourBy.parse(settings.colourBy()),
                new Branding(settings.heading(), logo, settings.legend()));
    }

    /** The same colours on another background (white paper, or none for a transparent image). */
    public Theme withBackground(Rgba newBackground) {
        return new Theme(newBackground, cardFill, cardBorder, title, holder, vacant, line, dottedLine, selection,
                tierBands, noTierBand, marks, card, fontFamily, colourBy, branding);
    }

    /** The same theme with cards coloured by {@code newColourBy}. */
    public Theme withColourBy(ColourBy newColourBy) {
        return new Theme(background, cardFill, cardBorder, title, holder, vacant, line, dottedLine, selection,
                tierBands, noTierBand, marks, card, fontFamily, newColourBy, branding);
    }

    /** Whether the background is dark, so that what is drawn on it (a shadow, a veil) must be lighter. */
    public boolean isDark() {
        return Contrast.luminance(background) < 0.2 && background.alpha() > 0;
    }

    /** A text style of this theme's font family. */
    public TextStyle text(double size, boolean bold, boolean italic, Rgba colour) {
        return new TextStyle(size, bold, italic, colour, fontFamily);
    }

    /** The band colour of the tier of this rank (1 = highest). */
    public Rgba tierBand(int rank) {
        return tierBands.get(Math.floorMod(rank - 1, tierBands.size()));
    }
}
