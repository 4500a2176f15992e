package dev.orgwright.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The automatic layout with rows by tier: a team is either laid out whole as {@link TidyLayout}
 * does with tier bands and stacked leaves (plain), or wrapped, its reports' subtrees becoming
 * blocks in several rows of blocks below its card, each row split either side of an alley down
 * which the manager's trunk runs. The reports of one row of plain blocks are laid out together
 * as one forest, so that every position of a tier sits at the same depth across that row's
 * blocks: each block row has its own tier bands, and a reader finds the bands again in every
 * row. A wrapped report's block stands in a row of wrapped blocks, tops aligned.
 *
 * <p>Which teams wrap is chosen as {@link FitLayout} chooses its arrangements: every team aims at
 * one shape (breadth over depth), taking plain or the row width whose block fits that shape
 * best, measured from the plain layout of the whole chart; the top of each tree aims at the
 * target aspect itself, and a handful of shapes are tried for the whole chart. Each box then
 * lies in exactly one forest laid out once, so the layout stays linear, and nothing recurses.
 *
 * <p>Works on breadth (along siblings) and depth (along the tree), like {@link TidyLayout}.
 */
final class TierWrapLayout {

    /** What the layout produced, with the block rows: each the boxes one forest placed, tier bands aligned. */
    record Result(Placement placement, List<int[]> blockRows) {
    }

    private final LayoutTree t;
    private final LayoutOptions o;
    private final boolean topDown;
    private final int n;
    private final double[] bs;
    private final double[] ds;
    private final boolean[] visible;
    private final int[] preorder;
    private int visibleCount;
    /** Visible boxes in each subtree, the box included. */
    private final int[] subtreeSize;
    /** The breadth and depth of each subtree in the plain layout of the whole chart. */
    private final double[] plainWidth;
    private final double[] plainDepth;
    // the estimate of each block for the shape being tried
    private final double[] estWidth;
    private final double[] estDepth;
    private final boolean[] wrapped;
    private final double[] limit;
    private final double gap;
    private final double alley;
    private final double target;
    private int[] scratch = new int[16];
    // placement: each box relative to its owner, the wrapped manager whose block holds it (-1: none)
    private final int[] owner;
    private final double[] relB;
    private final double[] relD;
    private final double[] relBar;
    private final double[] relSpine;
    private final boolean[] stacked;
    private final boolean[] beside;
    /** Wrapped blocks: breadth left and right of the manager's centre, depth below its card's top. */
    private final double[] left;
    private final double[] right;
    private final double[] depth;
    private final int[] localOf;
    private final List<int[]> blockRows = new ArrayList<>();

    private TierWrapLayout(LayoutTree tree, LayoutOptions options) {
        this.t = tree;
        this.o = options;
        this.n = tree.size;
        this.topDown = options.orientation() == LayoutOptions.Orientation.TOP_DOWN;
        this.bs = topDown ? tree.width : tree.height;
        this.ds = topDown ? tree.height : tree.width;
        this.visible = new boolean[n];
        this.preorder = new int[n];
        this.subtreeSize = new int[n];
        this.plainWidth = new double[n];
        this.plainDepth = new double[n];
        this.estWidth = new double[n];
        this.estDepth = new double[n];
        this.wrapped = new boolean[n];
        this.limit = new double[n];
        this.gap = options.siblingGap();
        this.alley = 2 * options.siblingGap();
        this.target = topDown ? options.aspect() : 1 / options.aspect();
        this.owner = new int[n];
        this.relB = new double[n];
        this.relD = new double[n];
        this.relBar = new double[n];
        this.relSpine = new double[n];
        this.stacked = new boolean[n];
        this.beside = new boolean[n];
        this.left = new double[n];
        this.right = new double[n];
        this.depth = new double[n];
        this.localOf = new int[n];
    }

    /** Places every box of {@code tree}, aiming at {@code options.aspect()}. */
    static Placement place(LayoutTree tree, LayoutOptions options) {
        return layOut(tree, options).placement();
    }

    /** Places every box of {@code tree} and tells which boxes share a block row. */
    static Result layOut(LayoutTree tree, LayoutOptions options) {
        TierWrapLayout l = new TierWrapLayout(tree, options);
        l.findVisible();
        l.measurePlain();
        l.findWrappable();
        Result best = null;
        double bestFit = Double.POSITIVE_INFINITY;
        for (double tau : l.likelyShapes()) {
            l.estimate(tau);
            l.placeBlocks();
            Placement p = l.absolute();
            double fit = Math.max(p.totalWidth() / Math.sqrt(l.o.aspect()),
                    p.totalHeight() * Math.sqrt(l.o.aspect()));
            if (fit < bestFit) {
                bestFit = fit;
                best = new Result(p, List.copyOf(l.blockRows));
            }
            double aspect = p.totalWidth() / p.totalHeight();
            if (Math.max(aspect / l.o.aspect(), l.o.aspect() / aspect) <= CLOSE_ENOUGH) {
                break;
            }
        }
        return best;
    }

    private void findVisible() {
        visibleCount = t.visiblePreorder(preorder, visible);
    }

    private boolean isLeaf(int b) {
        return t.collapsed[b] || t.childStart[b + 1] == t.childStart[b];
    }

    /**
     * Whether {@code m} has an assistant who leads a team: such a team stays plain, laid out by
     * the tidy tree, which hangs the assistant's team beside the line above the other reports.
     */
    private boolean hasAssistantWithReports(int m) {
        for (int c = t.childStart[m]; c < t.childStart[m + 1]; c++) {
            int r = t.children[c];
            if (t.assistant[r] && !isLeaf(r)) {
                return true;
            }
        }
        return false;
    }

    /** An assistant without reports of its own: drawn beside its manager's line. */
    private boolean isBeside(int b) {
        return t.assistant[b] && t.parent[b] >= 0 && isLeaf(b);
    }

    /**
     * How wide and deep every subtree is when laid out plain, worked out bottom up as the tidy
     * layout would place it without pushing neighbouring subtrees together: a team of leaves in
     * its stack, other reports side by side below their manager and its assistants. It only
     * chooses which teams wrap; the boxes are then placed by the tidy layout itself.
     */
    private void measurePlain() {
        for (int k = visibleCount - 1; k >= 0; k--) {
            int m = preorder[k];
            subtreeSize[m] = 1;
            if (isLeaf(m)) {
                plainWidth[m] = bs[m];
                plainDepth[m] = ds[m];
                continue;
            }
            double half = bs[m] / 2;
            int assistants = 0;
            double pairDepth = 0;
            double top = ds[m];
            double sum = -gap;
            double widest = 0;
            double deepest = 0;
            int others = 0;
            boolean leaves = true;
            for (int c = t.childStart[m]; c < t.childStart[m + 1]; c++) {
                int r = t.children[c];
                subtreeSize[m] += subtreeSize[r];
                if (isBeside(r)) {
                    half = Math.max(half, gap / 2 + bs[r]);
                    pairDepth = Math.max(pairDepth, ds[r]);
                    if (++assistants % 2 == 0) {
                        top += o.rowGap() + pairDepth;
                        pairDepth = 0;
                    }
                    continue;
                }
                others++;
                leaves &= isLeaf(r);
                sum += plainWidth[r] + gap;
                widest = Math.max(widest, bs[r]);
                deepest = Math.max(deepest, plainDepth[r]);
            }
            if (assistants % 2 == 1) {
                top += o.rowGap() + pairDepth;
            }
            double width = 2 * half;
            double below = 0;
            if (others >= 2 && leaves) {
                // The stack: one column beside the spine, or two either side of it.
                boolean two = others >= o.twoColumnsFrom();
                double rows = two ? (others + 1) / 2 : others;
                below = rows * (deepest + gap / 2);
                width = Math.max(width, two ? 2 * widest + gap : widest + gap);
            } else if (others > 0) {
                below = deepest;
                width = Math.max(width, sum);
            }
            plainWidth[m] = width;
            plainDepth[m] = others > 0 ? top + o.rowGap() + below : top;
        }
    }

    private double breadthOf(Placement p, int box) {
        return topDown ? p.x(box) : p.y(box);
    }

    private double depthOf(Placement p, int box) {
        return topDown ? p.y(box) : p.x(box);
    }

    // ---- choosing which teams wrap ----

    /** How many of the likeliest shapes are laid out for real, the best of them kept. */
    private static final int TRIED = 3;
    /** How far from the target aspect a layout may be for the next likely shape not to be tried. */
    private static final double CLOSE_ENOUGH = 1.25;

    /**
     * The team shapes whose charts, as estimated, fit the target best, best first: taken from
     * shapes between a quarter and four times the target, half steps apart.
     */
    private double[] likelyShapes() {
        double[] shapes = new double[9];
        double[] fits = new double[shapes.length];
        for (int k = 0; k < shapes.length; k++) {
            shapes[k] = target * Math.pow(2, (k - 4) / 2.0);
            fits[k] = fit(shapes[k]);
        }
        double[] likely = new double[Math.min(TRIED, shapes.length)];
        boolean[] taken = new boolean[shapes.length];
        for (int i = 0; i < likely.length; i++) {
            int best = -1;
            for (int k = 0; k < shapes.length; k++) {
                if (!taken[k] && (best < 0 || fits[k] < fits[best])) {
                    best = k;
                }
            }
            taken[best] = true;
            likely[i] = shapes[best];
        }
        return likely;
    }

    /** The side of the smallest box of the target's shape that holds the chart as estimated for {@code tau}. */
    private double fit(double tau) {
        estimate(tau);
        double breadth = 0;
        double deepest = 0;
        for (int k = 0; k < t.roots.length; k++) {
            int root = t.roots[k];
            breadth += estWidth[root] + (k > 0 ? o.subtreeGap() : 0);
            deepest = Math.max(deepest, estDepth[root]);
        }
        return Math.max(breadth / Math.sqrt(target), deepest * Math.sqrt(target));
    }

    /**
     * Gives every block its plain extents, and lists bottom up the managers that may wrap: those
     * with a report that leads a team of its own. A team of leaves keeps its stack, since a row of
     * single cards says nothing a stack does not; so the passes that try shapes visit only the
     * few managers above the teams of leaves.
     */
    private void findWrappable() {
        wrappable = new int[visibleCount];
        for (int k = visibleCount - 1; k >= 0; k--) {
            int m = preorder[k];
            estWidth[m] = isLeaf(m) ? bs[m] : plainWidth[m];
            estDepth[m] = isLeaf(m) ? ds[m] : plainDepth[m];
            if (!isLeaf(m)) {
                int count = blocks(m);
                if (count > 0 && leadsManagers(count) && !hasAssistantWithReports(m)) {
                    wrappable[wrappableCount++] = m;
                }
            }
        }
    }

    /** The managers that may wrap, each after its reports. */
    private int[] wrappable;
    private int wrappableCount;
    /** The breadth and depth {@link #pack} estimated. */
    private double packedWidth;
    private double packedDepth;

    /** Estimates every block bottom up, each team choosing plain or a row width for the shape {@code tau}. */
    private void estimate(double tau) {
        for (int k = 0; k < wrappableCount; k++) {
            int m = wrappable[k];
            double root = Math.sqrt(t.parent[m] < 0 ? target : tau);
            double bestScore = score(plainWidth[m], plainDepth[m], root);
            estWidth[m] = plainWidth[m];
            estDepth[m] = plainDepth[m];
            wrapped[m] = false;
            int count = blocks(m);
            double widest = 0;
            double all = alley - gap;
            for (int i = 0; i < count; i++) {
                double w = estWidth[scratch[i]];
                widest = Math.max(widest, w);
                all += w + gap;
            }
            double headerDepth = reportsTop(m, false);
            double headerWidth = assistantsReach(m, 0) + assistantsReach(m, 1);
            for (double l = widest + alley; ; l *= 1.5) {
                pack(count, Math.min(l, all), headerDepth);
                double w = Math.max(headerWidth, packedWidth);
                double s = score(w, packedDepth, root);
                if (s < bestScore) {
                    bestScore = s;
                    estWidth[m] = w;
                    estDepth[m] = packedDepth;
                    wrapped[m] = true;
                    limit[m] = Math.min(l, all);
                }
                if (l >= all) {
                    break;
                }
            }
        }
    }

    /** Whether one of the {@code count} reports in {@link #scratch} leads a team of its own. */
    private boolean leadsManagers(int count) {
        for (int i = 0; i < count; i++) {
            if (!isLeaf(scratch[i])) {
                return true;
            }
        }
        return false;
    }

    private static double score(double breadth, double depth, double root) {
        return Math.max(breadth / root, depth * root);
    }

    /** Puts the reports of {@code m} that are not beside its line into {@link #scratch}; returns how many. */
    private int blocks(int m) {
        int from = t.childStart[m];
        int to = t.childStart[m + 1];
        if (scratch.length < to - from) {
            scratch = new int[Math.max(to - from, scratch.length * 2)];
        }
        int count = 0;
        for (int k = from; k < to; k++) {
            int c = t.children[k];
            if (!isBeside(c)) {
                scratch[count++] = c;
            }
        }
        return count;
    }

    /**
     * Estimates the breadth and depth of a team whose reports (in {@link #scratch}) stand in rows
     * at most {@code rowLimit} wide, a new row starting where plain and wrapped blocks meet.
     */
    private void pack(int count, double rowLimit, double headerDepth) {
        double widest = 0;
        double y = headerDepth;
        double rowWidth = 0;
        double rowDepth = 0;
        boolean rowKind = false;
        for (int i = 0; i < count; i++) {
            int c = scratch[i];
            double w = estWidth[c];
            if (i > 0 && (wrapped[c] != rowKind || rowWidth + gap + w > rowLimit)) {
                widest = Math.max(widest, rowWidth);
                y += rowDepth + o.rowGap();
                rowWidth = 0;
                rowDepth = 0;
            }
            rowWidth = rowWidth == 0 ? alley + w : rowWidth + gap + w;
            rowDepth = Math.max(rowDepth, estDepth[c]);
            rowKind = wrapped[c];
        }
        packedWidth = Math.max(widest, rowWidth);
        packedDepth = y + rowDepth;
    }

    /**
     * How far the card of {@code m} and its assistants beside its line reach from it, left
     * ({@code side} 0: the first of each pair) or right (1).
     */
    private double assistantsReach(int m, int side) {
        double reach = bs[m] / 2;
        int i = 0;
        for (int k = t.childStart[m]; k < t.childStart[m + 1]; k++) {
            int a = t.children[k];
            if (isBeside(a)) {
                if (i % 2 == side) {
                    reach = Math.max(reach, gap / 2 + bs[a]);
                }
                i++;
            }
        }
        return reach;
    }

    /**
     * Where the reports of a wrapped manager start, below its card and its assistants (in pairs
     * either side of its line); with {@code place}, places the assistants relative to the card.
     */
    private double reportsTop(int m, boolean place) {
        double y = ds[m] + o.rowGap() / 2;
        int i = 0;
        double pairDepth = 0;
        for (int k = t.childStart[m]; k < t.childStart[m + 1]; k++) {
            int a = t.children[k];
            if (!isBeside(a)) {
                continue;
            }
            if (place) {
                beside[a] = true;
                owner[a] = m;
                relB[a] = i % 2 == 0 ? -gap / 2 - bs[a] : gap / 2;
                relD[a] = y;
            }
            pairDepth = Math.max(pairDepth, ds[a]);
            if (i % 2 == 1) {
                y += pairDepth + gap / 2;
                pairDepth = 0;
            }
            i++;
        }
        if (i == 0) {
            return ds[m] + o.rowGap();
        }
        if (i % 2 == 1) {
            y += pairDepth + gap / 2;
        }
        return y - gap / 2 + o.rowGap();
    }

    // ---- placing the blocks, bottom up ----

    private void placeBlocks() {
        blockRows.clear();
        boolean[] open = new boolean[n];
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            int p = t.parent[b];
            open[b] = wrapped[b] && (p < 0 || open[p]);
            owner[b] = -1;
            stacked[b] = false;
            beside[b] = false;
        }
        for (int k = visibleCount - 1; k >= 0; k--) {
            int m = preorder[k];
            if (open[m]) {
                placeWrapped(m, open);
            }
        }
        // The roots side by side: runs of plain trees as one forest, wrapped trees as their blocks.
        double x = 0;
        int[] roots = t.roots;
        for (int from = 0, to; from < roots.length; from = to) {
            to = from + 1;
            if (open[roots[from]]) {
                int r = roots[from];
                relB[r] = x + left[r] - bs[r] / 2;
                relD[r] = 0;
                x += left[r] + right[r] + o.subtreeGap();
                continue;
            }
            while (to < roots.length && !open[roots[to]]) {
                to++;
            }
            double[] extent = placeForest(Arrays.copyOfRange(roots, from, to), -1, 0, true);
            shiftLast(x); // the forest's left edge was put at 0
            x += extent[1] - extent[0] + o.subtreeGap();
        }
    }

    /** Moves the boxes of the block row placed last by {@code dx} along the breadth. */
    private void shiftLast(double dx) {
        int[] row = blockRows.get(blockRows.size() - 1);
        for (int b : row) {
            relB[b] += dx;
            relSpine[b] += dx;
        }
    }

    /** Places the block of wrapped manager {@code m}: its assistants, then its reports in rows. */
    private void placeWrapped(int m, boolean[] open) {
        double y = reportsTop(m, true);
        left[m] = assistantsReach(m, 0);
        right[m] = assistantsReach(m, 1);
        int count = blocks(m);
        int[] reports = Arrays.copyOf(scratch, count);
        for (int from = 0, to; from < count; from = to) {
            boolean kind = open[reports[from]];
            double rowWidth = alley + widthOf(reports[from], open);
            to = from + 1;
            while (to < count && open[reports[to]] == kind) {
                double w = widthOf(reports[to], open);
                if (rowWidth + gap + w > limit[m]) {
                    break;
                }
                rowWidth += gap + w;
                to++;
            }
            int[] row = Arrays.copyOfRange(reports, from, to);
            double rowDepth = kind ? placeWrappedRow(m, row, y) : placeForest(row, m, y, false)[2];
            for (int c : row) {
                relBar[c] = y - o.rowGap() / 2;
            }
            y += rowDepth + o.rowGap();
        }
        depth[m] = y - o.rowGap();
    }

    private double widthOf(int c, boolean[] open) {
        return open[c] ? left[c] + right[c] : plainWidth[c];
    }

    /** Places a row of wrapped blocks, tops at {@code y}, split around the alley; returns its depth. */
    private double placeWrappedRow(int m, int[] row, double y) {
        double[] lo = new double[row.length];
        double[] hi = new double[row.length];
        double x = 0;
        for (int i = 0; i < row.length; i++) {
            int c = row[i];
            lo[i] = x;
            hi[i] = x + left[c] + right[c];
            x = hi[i] + gap;
        }
        int h = split(lo, hi);
        double deepest = 0;
        for (int i = 0; i < row.length; i++) {
            int c = row[i];
            double shift = shiftOf(i, h, lo, hi);
            owner[c] = m;
            relB[c] = lo[i] + shift + left[c] - bs[c] / 2;
            relD[c] = y;
            deepest = Math.max(deepest, depth[c]);
        }
        grow(m, lo, hi, h);
        return deepest;
    }

    /**
     * Lays out the subtrees of {@code roots} as one forest with tier bands (a block row), its top
     * at depth {@code y} in the frame of {@code m} (or absolute, for {@code m} -1). Below a
     * manager the forest is split around the alley; at the top ({@code flush}) its left edge is
     * put at 0. Returns the least and greatest breadth of the forest and its depth.
     */
    private double[] placeForest(int[] roots, int m, double y, boolean flush) {
        int size = 0;
        for (int r : roots) {
            size += subtreeSize[r];
        }
        int[] global = new int[size];
        int[] parent = new int[size];
        int[] rootStart = new int[roots.length + 1];
        int[] stack = new int[Math.max(1, size)];
        int next = 0;
        for (int j = 0; j < roots.length; j++) {
            rootStart[j] = next;
            int top = 0;
            stack[top++] = roots[j];
            while (top > 0) {
                int b = stack[--top];
                localOf[b] = next;
                global[next] = b;
                int p = t.parent[b];
                parent[next] = b == roots[j] ? -1 : localOf[p];
                next++;
                if (!t.collapsed[b]) {
                    for (int k = t.childStart[b + 1] - 1; k >= t.childStart[b]; k--) {
                        stack[top++] = t.children[k];
                    }
                }
            }
        }
        rootStart[roots.length] = next;
        int[] start = new int[size + 1];
        for (int i = 0; i < size; i++) {
            int b = global[i];
            start[i + 1] = start[i] + (t.collapsed[b] ? 0 : t.childStart[b + 1] - t.childStart[b]);
        }
        int[] children = new int[start[size]];
        double[] width = new double[size];
        double[] height = new double[size];
        int[] rank = new int[size];
        boolean[] folded = new boolean[size];
        boolean[] assistant = new boolean[size];
        for (int i = 0; i < size; i++) {
            int b = global[i];
            width[i] = t.width[b];
            height[i] = t.height[b];
            rank[i] = t.tierRank[b];
            folded[i] = t.collapsed[b];
            assistant[i] = t.assistant[b] && parent[i] >= 0;
            if (!t.collapsed[b]) {
                for (int k = t.childStart[b], at = start[i]; k < t.childStart[b + 1]; k++) {
                    children[at++] = localOf[t.children[k]];
                }
            }
        }
        int[] localRoots = new int[roots.length];
        for (int j = 0; j < roots.length; j++) {
            localRoots[j] = rootStart[j];
        }
        LayoutTree forest = LayoutTree.ofParts(parent, start, children, width, height, rank, folded, assistant,
                localRoots, size);
        Placement p = TidyLayout.place(forest, o, true);
        double[] lo = new double[roots.length];
        double[] hi = new double[roots.length];
        double deepest = 0;
        for (int j = 0; j < roots.length; j++) {
            lo[j] = Double.POSITIVE_INFINITY;
            hi[j] = Double.NEGATIVE_INFINITY;
            for (int i = rootStart[j]; i < rootStart[j + 1]; i++) {
                double b0 = breadthOf(p, i);
                lo[j] = Math.min(lo[j], b0);
                hi[j] = Math.max(hi[j], b0 + forestBreadth(forest, i));
                deepest = Math.max(deepest, depthOf(p, i) + forestDepth(forest, i));
            }
        }
        int h = flush ? roots.length : split(lo, hi);
        double least = Double.POSITIVE_INFINITY;
        double most = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < roots.length; j++) {
            least = Math.min(least, lo[j]);
        }
        for (int j = 0; j < roots.length; j++) {
            double shift = flush ? -least : shiftOf(j, h, lo, hi);
            for (int i = rootStart[j]; i < rootStart[j + 1]; i++) {
                int b = global[i];
                owner[b] = m;
                relB[b] = breadthOf(p, i) + shift;
                relD[b] = y + depthOf(p, i);
                stacked[b] = p.isStacked(i);
                beside[b] = p.isBeside(i);
                relBar[b] = parent[i] < 0 ? 0 : y + p.bar(i);
                relSpine[b] = p.spine(i) + shift;
            }
        }
        blockRows.add(global);
        if (!flush) {
            grow(m, lo, hi, h);
        } else {
            most = 0;
            for (int j = 0; j < roots.length; j++) {
                most = Math.max(most, hi[j] - least);
            }
            least = 0;
        }
        return new double[] {least, most, deepest};
    }

    private double forestBreadth(LayoutTree forest, int i) {
        return topDown ? forest.width[i] : forest.height[i];
    }

    private double forestDepth(LayoutTree forest, int i) {
        return topDown ? forest.height[i] : forest.width[i];
    }

    /**
     * Where a row of blocks (breadth extents {@code lo}–{@code hi} as laid out) is split around
     * the alley: the number of blocks left of it, chosen so that the wider half is least wide.
     * A row of one block has it left of the alley.
     */
    private static int split(double[] lo, double[] hi) {
        int count = lo.length;
        double[] suffixLo = new double[count + 1];
        suffixLo[count] = Double.POSITIVE_INFINITY;
        double globalHi = Double.NEGATIVE_INFINITY;
        for (int j = count - 1; j >= 0; j--) {
            suffixLo[j] = Math.min(suffixLo[j + 1], lo[j]);
            globalHi = Math.max(globalHi, hi[j]);
        }
        double globalLo = suffixLo[0];
        double prefixHi = Double.NEGATIVE_INFINITY;
        int best = count;
        double bestWidth = Double.POSITIVE_INFINITY;
        for (int h = 1; h <= count; h++) {
            prefixHi = Math.max(prefixHi, hi[h - 1]);
            double leftWidth = prefixHi - globalLo;
            double rightWidth = h < count ? globalHi - suffixLo[h] : 0;
            double wider = Math.max(leftWidth, rightWidth);
            if (wider < bestWidth - 1e-9) {
                bestWidth = wider;
                best = h;
            }
        }
        return best;
    }

    /** How far block {@code j} of a row split after {@code h} blocks moves: its half clear of the alley. */
    private double shiftOf(int j, int h, double[] lo, double[] hi) {
        if (j < h) {
            double most = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < h; i++) {
                most = Math.max(most, hi[i]);
            }
            return -alley / 2 - most;
        }
        double least = Double.POSITIVE_INFINITY;
        for (int i = h; i < lo.length; i++) {
            least = Math.min(least, lo[i]);
        }
        return alley / 2 - least;
    }

    /** Widens the block of {@code m} to hold a row split after {@code h} blocks. */
    private void grow(int m, double[] lo, double[] hi, int h) {
        double least = Double.POSITIVE_INFINITY;
        double most = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < h; i++) {
            least = Math.min(least, lo[i]);
            most = Math.max(most, hi[i]);
        }
        if (h > 0) {
            left[m] = Math.max(left[m], alley / 2 + most - least);
        }
        least = Double.POSITIVE_INFINITY;
        most = Double.NEGATIVE_INFINITY;
        for (int i = h; i < lo.length; i++) {
            least = Math.min(least, lo[i]);
            most = Math.max(most, hi[i]);
        }
        if (h < lo.length) {
            right[m] = Math.max(right[m], alley / 2 + most - least);
        }
    }

    // ---- absolute positions, top down ----

    private Placement absolute() {
        double[] b0 = new double[n];
        double[] d0 = new double[n];
        double[] bar = new double[n];
        double[] spine = new double[n];
        double minB = visibleCount == 0 ? 0 : Double.POSITIVE_INFINITY;
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            int w = owner[b];
            double centre = w < 0 ? 0 : b0[w] + bs[w] / 2;
            double top = w < 0 ? 0 : d0[w];
            b0[b] = centre + relB[b];
            d0[b] = top + relD[b];
            bar[b] = top + relBar[b];
            spine[b] = centre + relSpine[b];
            minB = Math.min(minB, b0[b]);
        }
        double maxB = 0;
        double maxD = 0;
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            b0[b] -= minB;
            spine[b] -= minB;
            maxB = Math.max(maxB, b0[b] + bs[b]);
            maxD = Math.max(maxD, d0[b] + ds[b]);
        }
        // The flags are copied: the next shape tried sets them anew, and the best placement kept must not change.
        return new Placement(t, o.orientation(), visible, stacked.clone(), beside.clone(), b0, d0, bs, ds, bar, spine, maxB, maxD,
                Arrays.copyOf(preorder, visibleCount));
    }
}
