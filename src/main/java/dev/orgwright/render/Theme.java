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
 */
public record Theme(Rgba background, Rgba cardFill, Rgba cardBorder, Rgba title, Rgba holder, Rgba vacant,
                    Rgba line, Rgba dottedLine, Rgba selection, List<Rgba> tierBands, Rgba noTierBand) {

    /** Light grey canvas, white flat cards, calm tier colours. */
    public static final Theme LIGHT = new Theme(
            Rgba.hex("#F2F4F7"), Rgba.hex("#FFFFFF"), Rgba.hex("#D3D9E1"),
            Rgba.hex("#1D2939"), Rgba.hex("#475467"), Rgba.hex("#98A2B3"),
            Rgba.hex("#98A2B3"), Rgba.hex("#7F8EA3"), Rgba.hex("#2563EB"),
            List.of(Rgba.hex("#4F46E5"), Rgba.hex("#0EA5E9"), Rgba.hex("#10B981"), Rgba.hex("#F59E0B"),
                    Rgba.hex("#EC4899"), Rgba.hex("#8B5CF6")),
            Rgba.hex("#CBD5E1"));

    /** Copies the band list and checks it is not empty. */
    public Theme {
        tierBands = List.copyOf(tierBands);
        if (tierBands.isEmpty()) {
            throw new IllegalArgumentException("A theme needs at least one tier colour.");
        }
    }

    /** The band colour of the tier of this rank (1 = highest). */
    public Rgba tierBand(int rank) {
        return tierBands.get(Math.floorMod(rank - 1, tierBands.size()));
    }
}
