package dev.orgwright.render;

import java.util.List;

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
 */
public record Theme(Rgba background, Rgba cardFill, Rgba cardBorder, Rgba title, Rgba holder, Rgba vacant,
                    Rgba line, Rgba dottedLine, Rgba selection, List<Rgba> tierBands, Rgba noTierBand,
                    Marks marks) {

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

    /** Copies the band list and checks it is not empty. */
    public Theme {
        tierBands = List.copyOf(tierBands);
        if (tierBands.isEmpty()) {
            throw new IllegalArgumentException("A theme needs at least one tier colour.");
        }
    }

    /** The same colours on another background (white paper, or none for a transparent image). */
    public Theme withBackground(Rgba newBackground) {
        return new Theme(newBackground, cardFill, cardBorder, title, holder, vacant, line, dottedLine, selection,
                tierBands, noTierBand, marks);
    }

    /** The band colour of the tier of this rank (1 = highest). */
    public Rgba tierBand(int rank) {
        return tierBands.get(Math.floorMod(rank - 1, tierBands.size()));
    }
}
