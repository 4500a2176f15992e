package dev.orgwright.layout;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartChange;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
        return new LaidOutBoxes(place(Objects.requireNonNull(tree, "tree"), options));
    }

    /** The automatic mode's own engines (wrapping by depth, or by tier in block rows); the tidy tree otherwise. */
    static Placement place(LayoutTree tree, LayoutOptions options) {
        if (options.mode() != LayoutOptions.Mode.AUTO) {
            return TidyLayout.place(tree, options);
        }
        return options.rows() == LayoutOptions.Rows.BY_DEPTH
                ? FitLayout.place(tree, options) : TierWrapLayout.place(tree, options);
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
        Map<String, Integer> ranks = ranks(chart);
        LayoutTree.Builder builder = LayoutTree.builder(n);
        int i = 0;
        for (Position p : chart.inTreeOrder()) {
            CardSize size = Objects.requireNonNull(sizer.sizeOf(p), "card size");
            int parent = p.reportsTo() == null ? -1 : index.get(p.reportsTo());
            builder.add(parent, size.width(), size.height(), rank(p, ranks), collapsed.contains(p.id()),
                    p.assistant());
            ids[i] = p.id();
            index.put(p.id(), i);
            i++;
        }
        Placement placement = place(builder.build(), options);
        return new ChartLayout(chart, ids, index, placement, options, Set.copyOf(collapsed));
    }

    /**
     * Places {@code chart} like {@link #layout(Chart, CardSizer, Set)}, reusing {@code previous}
     * when it is a layout of an earlier version of the same chart (one that edits made this one
     * from, or the other way round) with the same options: then only the positions the edits
     * touched are looked up and measured, and the rest of the input is copied from the previous
     * layout as arrays, so a drop on a chart of 100,000 positions costs the placement alone.
     * {@code sizer} must give the unchanged positions the sizes it gave them for
     * {@code previous}. The result is the same as a full layout's, card for card.
     */
    public ChartLayout layout(Chart chart, CardSizer sizer, Set<PositionId> collapsed, ChartLayout previous) {
        if (previous != null) {
            if (fitsUnchanged(previous, chart, sizer, collapsed)) {
                return previous.withChart(chart);
            }
            ChartLayout updated = update(previous, chart, sizer, collapsed);
            if (updated != null) {
                return updated;
            }
        }
        return layout(chart, sizer, collapsed);
    }

    /**
     * Whether {@code previous} places {@code chart} card for card: its edits changed no manager,
     * dotted line, order of reports, card size or (in rows by tier) tier, so that editing a
     * holder, a duty or a note of a large chart costs no layout at all.
     */
    private boolean fitsUnchanged(ChartLayout previous, Chart chart, CardSizer sizer, Set<PositionId> collapsed) {
        Chart before = previous.chart();
        if (!previous.options().equals(options) || !previous.collapsedIds().equals(collapsed)) {
            return false;
        }
        if (before == chart) {
            return true;
        }
        Optional<ChartChange> change = chart.changesSince(before);
        if (change.isEmpty() || change.get().catalogChanged() || chart.size() != before.size()
                || !chart.roots().equals(before.roots())) {
            return false;
        }
        boolean byTier = options.rows() == LayoutOptions.Rows.BY_TIER;
        for (PositionId id : change.get().positions()) {
            Optional<Position> was = before.find(id);
            Optional<Position> is = chart.find(id);
            if (was.isEmpty() || is.isEmpty()) {
                return false;
            }
            Position a = was.get();
            Position b = is.get();
            if (!Objects.equals(a.reportsTo(), b.reportsTo()) || !a.dottedLines().equals(b.dottedLines())
                    || a.assistant() != b.assistant()
                    || (byTier && !Objects.equals(a.tierId(), b.tierId()))
                    || !before.childrenOf(id).equals(chart.childrenOf(id))
                    || !sizer.sizeOf(a).equals(sizer.sizeOf(b))) {
                return false;
            }
        }
        return true;
    }

    private ChartLayout update(ChartLayout previous, Chart chart, CardSizer sizer, Set<PositionId> collapsed) {
        if (!previous.options().equals(options)) {
            return null;
        }
        Optional<ChartChange> change = chart.changesSince(previous.chart());
        if (change.isEmpty() || change.get().catalogChanged()) {
            return null;
        }
        Set<PositionId> touched = change.get().positions();
        LayoutTree old = previous.tree();
        int m = old.size;
        if (touched.size() > m / 8 + 64) {
            return null;
        }
        PositionId[] ids = previous.ids();
        Map<PositionId, Integer> index = previous.index();
        List<PositionId> added = new ArrayList<>();
        for (PositionId id : touched) {
            if (!index.containsKey(id) && chart.contains(id)) {
                added.add(id);
            }
        }
        int n = m + added.size();
        if (n - chart.size() > n / 4 + 64) {
            return null; // too many places of removed positions: start afresh
        }
        if (!added.isEmpty()) {
            ids = Arrays.copyOf(ids, n);
            index = new HashMap<>(index);
            for (int k = 0; k < added.size(); k++) {
                ids[m + k] = added.get(k);
                index.put(added.get(k), m + k);
            }
        }
        int[] parent = Arrays.copyOf(old.parent, n);
        double[] width = Arrays.copyOf(old.width, n);
        double[] height = Arrays.copyOf(old.height, n);
        int[] rank = Arrays.copyOf(old.tierRank, n);
        boolean[] folded = Arrays.copyOf(old.collapsed, n);
        boolean[] assistant = Arrays.copyOf(old.assistant, n);
        Map<String, Integer> ranks = ranks(chart);
        // Boxes whose list of reports is read again from the chart; the others are copied.
        boolean[] reread = new boolean[n];
        for (PositionId id : touched) {
            Integer slot = index.get(id);
            if (slot == null) {
                continue; // added and removed again since the previous layout
            }
            int s = slot;
            if (s < m && old.parent[s] >= 0) {
                reread[old.parent[s]] = true;
            }
            reread[s] = true;
            Optional<Position> found = chart.find(id);
            if (found.isEmpty()) {
                parent[s] = -1; // removed: no root and no manager reaches its place any more
                continue;
            }
            Position p = found.get();
            Integer manager = p.reportsTo() == null ? Integer.valueOf(-1) : index.get(p.reportsTo());
            if (manager == null) {
                return null;
            }
            parent[s] = manager;
            if (manager >= 0) {
                reread[manager] = true;
            }
            CardSize size = Objects.requireNonNull(sizer.sizeOf(p), "card size");
            width[s] = size.width();
            height[s] = size.height();
            rank[s] = rank(p, ranks);
            folded[s] = collapsed.contains(id);
            assistant[s] = p.assistant() && p.reportsTo() != null;
        }
        if (!previous.collapsedIds().equals(collapsed)) {
            for (PositionId id : previous.collapsedIds()) {
                Integer s = index.get(id);
                if (s != null) {
                    folded[s] = false;
                }
            }
            for (PositionId id : collapsed) {
                Integer s = index.get(id);
                if (s != null) {
                    folded[s] = true;
                }
            }
        }
        int[] start = new int[n + 1];
        for (int s = 0; s < n; s++) {
            int count = reread[s] ? reportsOf(chart, ids[s]).size() : s < m ? old.childStart[s + 1] - old.childStart[s] : 0;
            start[s + 1] = start[s] + count;
        }
        int[] children = new int[start[n]];
        for (int s = 0; s < n; s++) {
            if (!reread[s]) {
                if (s < m) {
                    System.arraycopy(old.children, old.childStart[s], children, start[s], start[s + 1] - start[s]);
                }
                continue;
            }
            int k = start[s];
            for (PositionId report : reportsOf(chart, ids[s])) {
                Integer r = index.get(report);
                if (r == null) {
                    return null;
                }
                children[k++] = r;
            }
        }
        List<PositionId> rootIds = chart.roots();
        int[] roots = new int[rootIds.size()];
        for (int k = 0; k < roots.length; k++) {
            Integer r = index.get(rootIds.get(k));
            if (r == null) {
                return null;
            }
            roots[k] = r;
        }
        LayoutTree tree = LayoutTree.ofParts(parent, start, children, width, height, rank, folded, assistant, roots,
                chart.size());
        if (tree == null) {
            return null; // the update does not add up: a full layout is always right
        }
        return new ChartLayout(chart, ids, index, place(tree, options), options, Set.copyOf(collapsed));
    }

    /** The reports of a position, none for one no longer in the chart. */
    private static List<PositionId> reportsOf(Chart chart, PositionId id) {
        return chart.contains(id) ? chart.childrenOf(id) : List.of();
    }

    private static Map<String, Integer> ranks(Chart chart) {
        Map<String, Integer> ranks = new HashMap<>();
        for (Tier t : chart.tiers()) {
            ranks.put(t.id(), t.rank());
        }
        return ranks;
    }

    private static int rank(Position p, Map<String, Integer> ranks) {
        return p.tierId() == null ? 0 : ranks.getOrDefault(p.tierId(), 0);
    }
}
