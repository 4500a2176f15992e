package dev.orgwright.layout;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lays out a chart: turns it into a {@link LayoutTree} (card sizes from a {@link CardSizer},
 * tier ranks for by-tier rows, collapsed managers) and places it with the tidy tree engine. See
 * {@link LayoutOptions} for the modes.
 */
public final class TreeLayout {

    private final LayoutOptions options;

    /** A layout with {@link LayoutOptions#DEFAULT}. */
    public TreeLayout() {
        this(LayoutOptions.DEFAULT);
    }

    public TreeLayout(LayoutOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public LayoutOptions options() {
        return options;
    }

    /** Places the boxes of a bare tree, with this layout's options. */
    public LaidOutBoxes layout(LayoutTree tree) {
        return new LaidOutBoxes(TidyLayout.place(Objects.requireNonNull(tree, "tree"), options));
    }

    /** Places every position of {@code chart} in a card of the size {@code sizer} gives it. */
    public ChartLayout layout(Chart chart, CardSizer sizer) {
        return layout(chart, sizer, Set.of());
    }

    /**
     * Places the positions of {@code chart}, leaving out everything below the managers in
     * {@code collapsed} (which are marked as such in the layout).
     */
    public ChartLayout layout(Chart chart, CardSizer sizer, Set<PositionId> collapsed) {
        int n = chart.size();
        PositionId[] ids = new PositionId[n];
        Map<PositionId, Integer> index = new HashMap<>(Math.max(16, n * 2));
        Map<String, Integer> ranks = new HashMap<>();
        for (Tier t : chart.tiers()) {
            ranks.put(t.id(), t.rank());
        }
        LayoutTree.Builder builder = LayoutTree.builder(n);
        int i = 0;
        for (Position p : chart.inTreeOrder()) {
            CardSize size = Objects.requireNonNull(sizer.sizeOf(p), "card size");
            int parent = p.reportsTo() == null ? -1 : index.get(p.reportsTo());
            int rank = p.tierId() == null ? 0 : ranks.getOrDefault(p.tierId(), 0);
            builder.add(parent, size.width(), size.height(), rank, collapsed.contains(p.id()));
            ids[i] = p.id();
            index.put(p.id(), i);
            i++;
        }
        Placement placement = TidyLayout.place(builder.build(), options);
        return new ChartLayout(chart, ids, index, placement);
    }
}
