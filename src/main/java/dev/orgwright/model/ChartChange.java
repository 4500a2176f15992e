package dev.orgwright.model;

import java.util.Set;

/**
 * What edits changed between two versions of a chart, as {@link Chart#changesSince} tells it:
 * derived data such as findings or a layout is brought up to date for these positions only.
 *
 * @param positions      positions changed, added, removed or moved, and managers whose reports changed
 * @param catalogChanged whether the tiers or the settings changed (then everything may need a look)
 */
public record ChartChange(Set<PositionId> positions, boolean catalogChanged) {

    public ChartChange {
        positions = Set.copyOf(positions);
    }
}
