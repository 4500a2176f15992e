package dev.orgwright.render.export;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartBuilder;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The chart an export scope shows: a subtree becomes a chart of its own, rooted at its top position. */
final class ChartScopes {

    private ChartScopes() {
    }

    static Chart restrict(Chart chart, ExportScope scope) {
        if (!(scope instanceof ExportScope.Subtree subtree)) {
            return chart;
        }
        PositionId root = subtree.root();
        if (!chart.contains(root)) {
            throw new IllegalArgumentException("The chart has no position with the id '" + root
                    + "'; give the id of the position whose subtree to export.");
        }
        List<PositionId> ids = chart.subtree(root);
        Set<PositionId> inside = new HashSet<>(ids);
        // Everything but the positions outside: the fields their values belong to (private ones stay
        // private: whether they are drawn is the painter's choice), the tiers, the settings with
        // the theme, the card template and the views, and what a later version wrote.
        ChartBuilder builder = Chart.builder().title(chart.title()).tiers(chart.tiers()).settings(chart.settings())
                .fields(chart.fields()).unknownFields(chart.unknownFields());
        for (PositionId id : ids) {
            Position p = chart.position(id);
            if (id.equals(root)) {
                p = p.withReportsTo(null);
            }
            if (!p.dottedLines().isEmpty() && !inside.containsAll(p.dottedLines())) {
                List<PositionId> kept = new ArrayList<>(p.dottedLines());
                kept.retainAll(inside);
                p = p.withDottedLines(kept);
            }
            builder.add(p);
        }
        try {
            return builder.build();
        } catch (InvalidChartException e) {
            // A subtree of a valid chart is itself valid; reaching here is a fault in this class.
            throw new IllegalStateException("The subtree of '" + root + "' could not be cut out: " + e.getMessage(), e);
        }
    }
}
