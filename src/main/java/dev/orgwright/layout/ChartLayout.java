package dev.orgwright.layout;

import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where every card of one chart sits, and the lines between them, in chart units (pixels at
 * 100% zoom, y growing downwards). Immutable. Besides lookup by id it answers the questions a
 * viewport asks — which cards are in this rectangle, which card is under this point, which
 * lines cross this rectangle — through indexes, at a cost that follows what the rectangle
 * shows rather than the size of the chart.
 */
public final class ChartLayout {

    private final PositionId[] ids;
    private final Map<PositionId, Integer> index;
    private final Placement placement;
    private final LayoutTree tree;
    private final double[] x;
    private final double[] y;
    private final double[] width;
    private final double[] height;
    private final BandIndex cards;
    private final FanIndex fans;
    private final DottedLines dottedLines;
    private final Box bounds;
    /** What this layout was made from, so that the next version of the chart can reuse it. */
    private final Chart chart;
    private final LayoutOptions options;
    private final Set<PositionId> collapsed;
    /** Each team's extent, worked out when a zoomed-out view first asks; shared by versions reusing the placement. */
    private volatile TeamExtents teams;
    /** How many positions each whole team holds, hidden ones included; counted when first asked. */
    private volatile int[] teamSizes;

    ChartLayout(Chart chart, PositionId[] ids, Map<PositionId, Integer> index, Placement placement,
                LayoutOptions options, Set<PositionId> collapsed) {
        this.chart = chart;
        this.options = options;
        this.collapsed = collapsed;
        this.ids = ids;
        this.index = index;
        this.placement = placement;
        this.tree = placement.tree();
        // The placement's own arrays: only the entries of shown cards are ever read.
        x = placement.xs();
        y = placement.ys();
        width = placement.widths();
        height = placement.heights();
        this.cards = new BandIndex(placement.preorder(), x, y, width, height);
        this.fans = new FanIndex(placement, x, y, width, height);
        this.bounds = new Box(0, 0, placement.totalWidth(), placement.totalHeight());
        this.dottedLines = dottedLines(chart);
    }

    /** The same boxes, for a later version of the chart that moves and resizes no card. */
    private ChartLayout(ChartLayout same, Chart chart) {
        this.chart = chart;
        this.options = same.options;
        this.collapsed = same.collapsed;
        this.ids = same.ids;
        this.index = same.index;
        this.placement = same.placement;
        this.tree = same.tree;
        this.x = same.x;
        this.y = same.y;
        this.width = same.width;
        this.height = same.height;
        this.cards = same.cards;
        this.fans = same.fans;
        this.bounds = same.bounds;
        this.dottedLines = same.dottedLines;
        this.teams = same.teams;
        this.teamSizes = same.teamSizes;
    }

    /** This layout, as the layout of {@code later}, whose edits moved and resized no card. */
    ChartLayout withChart(Chart later) {
        return later == chart ? this : new ChartLayout(this, later);
    }

    /**
     * Whether this layout is {@code other}'s placement reused for a later chart version (or the
     * other way round), with no card placed again.
     */
    public boolean reuses(ChartLayout other) {
        return other != null && other.placement == placement;
    }

    /** The chart this layout places. */
    Chart chart() {
        return chart;
    }

    LayoutOptions options() {
        return options;
    }

    Set<PositionId> collapsedIds() {
        return collapsed;
    }

    LayoutTree tree() {
        return tree;
    }

    /** The position of each box; longer than the chart when the places of removed positions are kept. */
    PositionId[] ids() {
        return ids;
    }

    /** The box of each position id; never changed once the layout is made. */
    Map<PositionId, Integer> index() {
        return index;
    }

    /** The number of positions shown (those below a collapsed manager are not). */
    public int size() {
        return placement.preorder().length;
    }

    /** Where the card of {@code id} sits, if the position is shown. */
    public Optional<Box> box(PositionId id) {
        Integer i = index.get(id);
        return i == null || !placement.isVisible(i) ? Optional.empty() : Optional.of(box(i));
    }

    /** Whether {@code id} is a collapsed manager: its reports are hidden. */
    public boolean isCollapsed(PositionId id) {
        Integer i = index.get(id);
        return i != null && tree.isCollapsed(i) && tree.childCount(i) > 0;
    }

    /** How many direct reports a collapsed manager hides; 0 for any other position. */
    public int hiddenReports(PositionId id) {
        return isCollapsed(id) ? tree.childCount(index.get(id)) : 0;
    }

    /** The smallest box around every card, from (0, 0); (0, 0, 0, 0) for an empty chart. */
    public Box bounds() {
        return bounds;
    }

    /**
     * The smallest box around the cards of {@code ids} that are laid out (those below a
     * collapsed manager are not); empty when none is.
     */
    public Optional<Box> boundsOf(Iterable<PositionId> ids) {
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (PositionId id : ids) {
            Optional<Box> b = box(id);
            if (b.isPresent()) {
                left = Math.min(left, b.get().x());
                top = Math.min(top, b.get().y());
                right = Math.max(right, b.get().right());
                bottom = Math.max(bottom, b.get().bottom());
            }
        }
        return left <= right ? Optional.of(new Box(left, top, right - left, bottom - top)) : Optional.empty();
    }

    /** The positions whose cards intersect the rectangle. */
    public List<PositionId> positionsIn(double qx, double qy, double qw, double qh) {
        List<PositionId> out = new ArrayList<>();
        cards.forEachIn(qx, qy, qw, qh, i -> out.add(ids[i]));
        return out;
    }

    /** The position whose card contains the point (border included), if any. */
    public Optional<PositionId> positionAt(double px, double py) {
        int i = cards.at(px, py);
        return i >= 0 ? Optional.of(ids[i]) : Optional.empty();
    }

    /** Every reporting line of the shown positions, in tree order. Costs O(n); prefer {@link #edgesIn}. */
    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>(Math.max(0, ids.length - 1));
        for (int i : placement.preorder()) {
            if (tree.parentOf(i) >= 0) {
                out.add(edge(i));
            }
        }
        return out;
    }

    /**
     * The reporting lines that draw what the rectangle shows. The lines of one manager share
     * their stem and overlap along the bar (or the spine of a stack), so for each manager whose
     * lines reach the rectangle this returns the lines whose ends are in view plus the nearest
     * one on each side: together they cover every visible piece, and a manager of 100,000
     * reports costs what the view shows. Every returned edge crosses the rectangle.
     */
    public List<Edge> edgesIn(double qx, double qy, double qw, double qh) {
        List<Edge> out = new ArrayList<>();
        fans.forEachReportIn(qx, qy, qw, qh, child -> {
            Edge e = edge(child);
            if (crosses(e, qx, qy, qw, qh)) {
                out.add(e);
            }
        });
        return out;
    }

    /** What a zoomed-out view draws of each part of the chart: a card, or a whole team as one block. */
    public interface TeamVisitor {
        /**
         * A card drawn as a card, with the reporting line to it ({@code null} for a top card, and
         * for a card whose manager is outside the view's teams).
         */
        void card(PositionId id, Box box, Edge line);

        /**
         * A team drawn as one block: its manager, the rectangle of all its shown cards, how many
         * positions it shows, and the reporting line to its manager's card.
         */
        void team(PositionId manager, Box extent, int positions, Edge line);
    }

    /**
     * Walks the chart top down for a view of the rectangle (qx, qy, qw, qh) in which cards are too
     * small to read: a team whose extent is at most {@code maxTeamWidth} × {@code maxTeamHeight}
     * chart units is handed over as one block; above them, the managers are handed over as cards
     * with their reporting lines. Teams outside the rectangle are skipped whole, so the cost
     * follows what the view shows, not the size of the chart.
     */
    public void visitTeams(double qx, double qy, double qw, double qh, double maxTeamWidth, double maxTeamHeight,
                           TeamVisitor visitor) {
        TeamExtents extents = teams;
        if (extents == null) {
            extents = new TeamExtents(placement, tree, x, y, width, height);
            teams = extents;
        }
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        int[] preorder = placement.preorder();
        for (int k = preorder.length - 1; k >= 0; k--) {
            int i = preorder[k];
            int p = tree.parentOf(i);
            if (p < 0 || !placement.isVisible(p)) {
                stack.push(i);
            }
        }
        while (!stack.isEmpty()) {
            int i = stack.pop();
            if (!extents.intersects(i, qx, qy, qw, qh)) {
                continue;
            }
            int p = tree.parentOf(i);
            Edge line = p >= 0 && placement.isVisible(p) ? edge(i) : null;
            boolean hasShownReports = extents.positions(i) > 1;
            if (hasShownReports && extents.width(i) <= maxTeamWidth && extents.height(i) <= maxTeamHeight) {
                visitor.team(ids[i], extents.extent(i), extents.positions(i), line);
                continue;
            }
            visitor.card(ids[i], box(i), line);
            for (int c = tree.childCount(i) - 1; c >= 0; c--) {
                int child = tree.child(i, c);
                if (placement.isVisible(child)) {
                    stack.push(child);
                }
            }
        }
    }

    /**
     * How many positions the whole team of {@code manager} holds: the manager and everyone below,
     * shown or hidden below a collapsed manager; 0 when the layout does not place it. Counted for
     * every team at once, in one pass over the layout's arrays, the first time one is asked for.
     */
    public int teamSize(PositionId manager) {
        Integer i = index.get(manager);
        if (i == null) {
            return 0;
        }
        int[] sizes = teamSizes;
        if (sizes == null) {
            sizes = countTeams(tree);
            teamSizes = sizes;
        }
        return sizes[i];
    }

    /** Each box's team size, from the roots down: a box no root reaches (a removed position's place) counts 0. */
    private static int[] countTeams(LayoutTree tree) {
        int n = tree.size();
        int[] sizes = new int[n];
        int[] order = new int[n];
        int[] stack = new int[n];
        int top = 0;
        int count = 0;
        for (int r : tree.roots) {
            stack[top++] = r;
        }
        while (top > 0) {
            int i = stack[--top];
            order[count++] = i;
            for (int c = tree.childCount(i) - 1; c >= 0; c--) {
                stack[top++] = tree.child(i, c);
            }
        }
        for (int k = count - 1; k >= 0; k--) { // reports before their managers
            int i = order[k];
            sizes[i]++;
            int p = tree.parentOf(i);
            if (p >= 0) {
                sizes[p] += sizes[i];
            }
        }
        return sizes;
    }

    /** A fresh, unranked {@link TeamRanks} for the teams of this layout. */
    public TeamRanks teamRanks() {
        return new TeamRanks(tree, index, ids);
    }

    /**
     * Every dotted line between two shown cards, routed around the other cards in horizontal and
     * vertical runs (straight between facing sides when nothing is between). Routes are worked
     * out on first request and kept; prefer {@link #dottedLinesIn} for a view.
     */
    public List<Edge> dottedLines() {
        return dottedLines.all();
    }

    /**
     * The dotted lines that cross the rectangle, in the order of {@link #dottedLines()}. Only
     * the lines that can reach the rectangle are routed, so a view of a large chart pays for the
     * lines near it.
     */
    public List<Edge> dottedLinesIn(double qx, double qy, double qw, double qh) {
        return dottedLines.in(qx, qy, qw, qh, RoutingBudget.UNLIMITED).lines();
    }

    /**
     * The dotted lines that cross the rectangle and are settled once {@code budget} is spent: a
     * view's frame. Routing goes on only while the budget allows and is kept, so that successive
     * calls converge on {@link #dottedLinesIn(double, double, double, double)}; a line handed out
     * is exactly the line an export draws, and a line not settled yet is left out and reported
     * pending, never drawn straight in the meantime.
     */
    public DottedLinesSoFar dottedLinesIn(double qx, double qy, double qw, double qh, RoutingBudget budget) {
        return dottedLines.in(qx, qy, qw, qh, budget);
    }

    /** How many of the dotted lines routed so far run straight, having found no route within the budget. */
    int straightDottedLines() {
        return dottedLines.straightLines();
    }

    /** How many pieces of dotted-line routing work (a line's route, or where it can be) this layout has done. */
    int dottedLineWork() {
        return dottedLines.work();
    }

    /** Whether routing this layout's dotted lines has built the coarse grid that long lines need. */
    boolean dottedLinesBuiltCoarseGrid() {
        return dottedLines.builtCoarseGrid();
    }

    private Box box(int i) {
        return new Box(x[i], y[i], width[i], height[i]);
    }

    private Edge edge(int child) {
        double[] p = placement.edge(child);
        List<Point> points = new ArrayList<>(p.length / 2);
        for (int k = 0; k < p.length; k += 2) {
            points.add(new Point(p[k], p[k + 1]));
        }
        return new Edge(ids[tree.parentOf(child)], ids[child], points, false);
    }

    /** Whether any segment of the polyline meets the rectangle; segments here are axis-aligned or short. */
    static boolean crosses(Edge e, double qx, double qy, double qw, double qh) {
        List<Point> p = e.points();
        for (int k = 1; k < p.size(); k++) {
            Point a = p.get(k - 1);
            Point b = p.get(k);
            if (segmentMeets(a.x(), a.y(), b.x(), b.y(), qx, qy, qx + qw, qy + qh)) {
                return true;
            }
        }
        return false;
    }

    /** Liang–Barsky clipping, reduced to a yes/no. */
    private static boolean segmentMeets(double x1, double y1, double x2, double y2,
                                        double minX, double minY, double maxX, double maxY) {
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - minX, maxX - x1, y1 - minY, maxY - y1};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return false;
                }
            } else {
                double r = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The dotted lines in tree order of their reports. Only the positions that have one are
     * looked up, so a chart of 100,000 positions and ten dotted lines pays for ten; the routes
     * are worked out when they are first drawn.
     */
    private DottedLines dottedLines(Chart chart) {
        List<Integer> reports = new ArrayList<>();
        Set<PositionId> seen = new HashSet<>();
        for (Set<PositionId> dotted : chart.dottedReportsByManager().values()) {
            for (PositionId report : dotted) {
                Integer r = index.get(report);
                if (seen.add(report) && r != null && placement.isVisible(r)) {
                    reports.add(r);
                }
            }
        }
        List<int[]> pairs = new ArrayList<>();
        if (!reports.isEmpty()) {
            int[] order = new int[ids.length];
            int[] preorder = placement.preorder();
            for (int k = 0; k < preorder.length; k++) {
                order[preorder[k]] = k;
            }
            reports.sort(Comparator.comparingInt(r -> order[r]));
            for (int i : reports) {
                for (PositionId target : chart.position(ids[i]).dottedLines()) {
                    Integer m = index.get(target);
                    if (m != null && placement.isVisible(m)) {
                        pairs.add(new int[] {m, i});
                    }
                }
            }
        }
        int[] from = new int[pairs.size()];
        int[] to = new int[pairs.size()];
        for (int k = 0; k < from.length; k++) {
            from[k] = pairs.get(k)[0];
            to[k] = pairs.get(k)[1];
        }
        return new DottedLines(ids, from, to, cards, x, y, width, height, bounds);
    }
}
