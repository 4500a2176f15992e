package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import java.util.Map;

/**
 * What a chart rule sees: the chart, and the catalog coverage gathered while the positions were
 * checked — how many positions each tier has and how many of them carry each responsibility.
 */
public final class ChartContext {

    private final Chart chart;
    private final Map<String, Integer> positionsPerTier;
    private final Map<String, Integer> carriersPerResponsibility;
    private final RaciTally raci;

    ChartContext(Chart chart, Map<String, Integer> positionsPerTier, Map<String, Integer> carriersPerResponsibility,
                 RaciTally raci) {
        this.chart = chart;
        this.raci = raci;
        this.positionsPerTier = positionsPerTier;
        this.carriersPerResponsibility = carriersPerResponsibility;
    }

    public Chart chart() {
        return chart;
    }

    /** The number of positions in a tier. */
    public int positionsIn(String tierId) {
        return positionsPerTier.getOrDefault(tierId, 0);
    }

    /** The number of positions of the responsibility's own tier with a duty that matches it. */
    public int carriersOf(String responsibilityId) {
        return carriersPerResponsibility.getOrDefault(responsibilityId, 0);
    }

    /** Who holds which role in each responsibility, kept up to date position by position. */
    public RaciTally raci() {
        return raci;
    }
}
