package dev.orgwright.layout;

import java.util.Arrays;

/**
 * The automatic layout: each team is arranged side by side, as a stack of leaves, or wrapped
 * into several rows of subtrees on a trunk, whichever fits the page or screen best; the whole
 * chart then approaches the aspect it is for instead of growing into a strip.
 *
 * <p>Each subtree is a block: its card on top, its assistants in pairs either side of the
 * manager's line, then its other reports. Blocks are measured bottom up, one team at a time, so
 * a pass is linear in the number of boxes (a team of k reports tries O(log k) row counts).
 * Every team aims at one shape (breadth over depth, {@code tau}): it picks the arrangement whose
 * block fits a box of that shape best. The layout tries a handful of shapes and keeps the one
 * whose chart fits the target aspect best, then places the boxes top down. Everything is
 * iterative: a chain of 100,000 boxes needs no deep stack.
 *
 * <p>The top team of a tree, whose rows set the chart's shape, lets each team of leaves in a row
 * take its narrowest arrangement that is no deeper than the row (or than the row a quarter
 * deeper), so a row beside a deep subtree holds more teams. Each row of a wrapped team is split
 * around the trunk so that the team grows the least: a row leans to the side where the rows above
 * left room. Stacked leaves stand half a sibling gap apart, one above the other.
 *
 * <p>Works on breadth (along siblings) and depth (along the tree), like {@link TidyLayout}.
 */
final class FitLayout {

    private static final int SIDE = 0;
    private static final int STACK = -1;
    private static final int WRAP = 1;
    /** How much deeper than its deepest report a row of a team may grow when its teams of leaves take narrower shapes. */
    private static final double[] DEEPER = {1, 1.25};
    private static final double[] NOT_NARROWED = {0};

    private final LayoutTree t;
    private final LayoutOptions o;
    private final int n;
    private final double[] bs;
    private final double[] ds;
    private final boolean[] visible;
    private final boolean[] beside;
    private final int[] preorder;
    private int visibleCount;
    /** The visible managers of open teams, each after its reports. */
    private int[] managers;
    private int managerCount;
    /** Per team of leaves, its arrangements in the pool: they are measured once, not once per shape. */
    private final int[] candidatesFrom;
    private final int[] candidatesTo;
    /** Per team of leaves, its frontier: the arrangements that a deeper row may narrow it to (see {@link #findFrontiers}). */
    private final int[] frontierFrom;
    private final int[] frontierTo;
    private double[] frontierWidth;
    private double[] frontierDepth;
    private int[] frontierPool;
    private double[] poolLeft = new double[64];
    private double[] poolRight = new double[64];
    private double[] poolDepth = new double[64];
    private double[] poolLimit = new double[64];
    private int[] poolChoice = new int[64];
    private int poolSize;
    /** Block extents: breadth left and right of the card's centre, depth below the card's top. */
    private final double[] left;
    private final double[] right;
    private final double[] depth;
    /** The arrangement of each team: {@link #SIDE}, {@link #STACK} or {@link #WRAP}. */
    private final int[] choice;
    /** How wide the rows of a wrapped team may be. */
    private final double[] rowLimit;
    /**
     * How much deeper than its deepest report each row of a wrapped team may grow so that its
     * teams of leaves take a narrower shape (1: not at all; 0: they keep their own shape).
     */
    private final double[] deepened;
    /** How much the wrap being measured deepens its rows (see {@link #deepened}). */
    private double deepen;
    private final double gap;
    private final double alley;
    /**
     * The space between two stacked leaves: half a sibling gap when they stand one above the
     * other (as lines of text are closer than columns), a whole one when they stand side by side.
     */
    private final double stackGap;
    private int[] scratch;
    /** The breadth of each block in {@link #scratch}, side by side in memory for the wrapping loops. */
    private double[] widths;
    /** The breadth over depth the chart aims at, in the engine's axes. */
    private final double target;
    // results of measuring one arrangement
    private double resultLeft;
    private double resultRight;
    private double resultDepth;
    // placement
    private final double[] centre;
    private final double[] top;
    private final double[] bar;
    private final double[] spine;
    private final boolean[] stacked;

    private FitLayout(LayoutTree tree, LayoutOptions options) {
        this.t = tree;
        this.o = options;
        this.n = tree.size;
        boolean topDown = options.orientation() == LayoutOptions.Orientation.TOP_DOWN;
        this.bs = topDown ? tree.width : tree.height;
        this.ds = topDown ? tree.height : tree.width;
        this.visible = new boolean[n];
        this.beside = new boolean[n];
        this.preorder = new int[n];
        this.left = new double[n];
        this.right = new double[n];
        this.depth = new double[n];
        this.choice = new int[n];
        this.rowLimit = new double[n];
        this.deepened = new double[n];
        this.candidatesFrom = new int[n];
        this.candidatesTo = new int[n];
        this.frontierFrom = new int[n];
        this.frontierTo = new int[n];
        this.gap = options.siblingGap();
        this.alley = 2 * options.siblingGap();
        this.stackGap = topDown ? options.siblingGap() / 2 : options.siblingGap();
        this.scratch = new int[16];
        this.widths = new double[16];
        this.target = topDown ? options.aspect() : 1 / options.aspect();
        this.centre = new double[n];
        this.top = new double[n];
        this.bar = new double[n];
        this.spine = new double[n];
        this.stacked = new boolean[n];
    }

    /** Places every box of {@code tree}, aiming at {@code options.aspect()}. */
    static Placement place(LayoutTree tree, LayoutOptions options) {
        FitLayout l = new FitLayout(tree, options);
        l.findVisible();
        l.findManagers();
        l.measure(l.bestShape());
        return l.absolute();
    }

    private void findVisible() {
        visibleCount = t.visiblePreorder(preorder, visible);
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            if (!t.collapsed[b]) {
                for (int c = t.childStart[b]; c < t.childStart[b + 1]; c++) {
                    beside[t.children[c]] = t.assistant[t.children[c]];
                }
            }
        }
    }

    /**
     * Gives every leaf its block, which no shape changes, and lists the managers bottom up: the
     * passes that try shapes measure teams only.
     */
    private void findManagers() {
        managers = new int[visibleCount];
        for (int k = visibleCount - 1; k >= 0; k--) {
            int m = preorder[k];
            if (isLeaf(m)) {
                left[m] = bs[m] / 2;
                right[m] = bs[m] / 2;
                depth[m] = ds[m];
                choice[m] = SIDE;
            } else {
                managers[managerCount++] = m;
            }
        }
        for (int k = 0; k < managerCount; k++) {
            int m = managers[k];
            boolean leaves = true;
            for (int c = t.childStart[m]; c < t.childStart[m + 1] && leaves; c++) {
                leaves = isLeaf(t.children[c]);
            }
            if (leaves) {
                candidatesFrom[m] = poolSize;
                evaluate(m, 1, true);
                candidatesTo[m] = poolSize;
            }
        }
        findFrontiers();
    }

    /**
     * Per team of leaves, the arrangements worth narrowing to: by depth, each narrower than every
     * shallower one. A row then finds a team's narrowest arrangement no deeper than itself in a
     * few steps, whatever the size of the team's pool.
     */
    private void findFrontiers() {
        frontierWidth = new double[poolSize];
        frontierDepth = new double[poolSize];
        frontierPool = new int[poolSize];
        int size = 0;
        for (int k = 0; k < managerCount; k++) {
            int m = managers[k];
            int from = candidatesFrom[m];
            int to = candidatesTo[m];
            if (to == from) {
                continue;
            }
            int start = size;
            for (int c = from; c < to; c++) {
                double w = Math.max(poolLeft[c], bs[m] / 2) + Math.max(poolRight[c], bs[m] / 2);
                double d = Math.max(poolDepth[c], ds[m]);
                // Insertion by depth, then breadth: a team has a handful of arrangements.
                int at = size++;
                while (at > start && (frontierDepth[at - 1] > d || (frontierDepth[at - 1] == d && frontierWidth[at - 1] > w))) {
                    frontierDepth[at] = frontierDepth[at - 1];
                    frontierWidth[at] = frontierWidth[at - 1];
                    frontierPool[at] = frontierPool[at - 1];
                    at--;
                }
                frontierDepth[at] = d;
                frontierWidth[at] = w;
                frontierPool[at] = c;
            }
            int kept = start;
            for (int f = start; f < size; f++) {
                if (kept == start || frontierWidth[f] < frontierWidth[kept - 1]) {
                    frontierDepth[kept] = frontierDepth[f];
                    frontierWidth[kept] = frontierWidth[f];
                    frontierPool[kept] = frontierPool[f];
                    kept++;
                }
            }
            size = kept;
            frontierFrom[m] = start;
            frontierTo[m] = kept;
        }
    }

    private boolean isLeaf(int b) {
        return t.collapsed[b] || t.childStart[b + 1] == t.childStart[b];
    }

    // ---- choosing the shape every team aims at ----

    /**
     * The team shape whose chart fits the target best: a coarse sweep over shapes from a quarter
     * to four times the target, then a finer look around the best.
     */
    private double bestShape() {
        double best = target;
        double bestFit = Double.POSITIVE_INFINITY;
        for (int k = -2; k <= 2; k++) {
            double tau = target * Math.pow(2, k);
            double fit = fit(tau);
            if (fit < bestFit) {
                bestFit = fit;
                best = tau;
            }
        }
        for (double step : new double[] {0.5}) {
            double around = best;
            for (double tau : new double[] {around * Math.pow(2, -step), around * Math.pow(2, step)}) {
                double fit = fit(tau);
                if (fit < bestFit) {
                    bestFit = fit;
                    best = tau;
                }
            }
        }
        return best;
    }

    /** The side of the smallest box of the target's shape that holds the chart laid out for {@code tau}. */
    private double fit(double tau) {
        measure(tau);
        double breadth = forestBreadth();
        double deepest = 0;
        for (int root : t.roots) {
            deepest = Math.max(deepest, depth[root]);
        }
        return Math.max(breadth / Math.sqrt(target), deepest * Math.sqrt(target));
    }

    private double forestBreadth() {
        double breadth = 0;
        for (int k = 0; k < t.roots.length; k++) {
            int root = t.roots[k];
            breadth += left[root] + right[root] + (k > 0 ? o.subtreeGap() : 0);
        }
        return breadth;
    }

    /**
     * Measures every block bottom up, each team choosing its arrangement for {@code tau}; the
     * top of each tree, whose block is the chart, aims at the target itself.
     */
    private void measure(double tau) {
        for (int k = 0; k < managerCount; k++) {
            int m = managers[k];
            double root = Math.sqrt(t.parent[m] < 0 ? target : tau);
            if (candidatesTo[m] > candidatesFrom[m]) {
                choose(m, root);
            } else {
                evaluate(m, root, false);
            }
        }
    }

    /** Picks the best of a team's arrangements measured once (a team of leaves: they never change). */
    private void choose(int m, double root) {
        int best = candidatesFrom[m];
        double bestScore = Double.POSITIVE_INFINITY;
        for (int c = candidatesFrom[m]; c < candidatesTo[m]; c++) {
            double s = Math.max((poolLeft[c] + poolRight[c]) / root, poolDepth[c] * root);
            if (s < bestScore) {
                bestScore = s;
                best = c;
            }
        }
        set(m, poolLeft[best], poolRight[best], poolDepth[best], poolChoice[best]);
        rowLimit[m] = poolLimit[best];
    }

    /**
     * Measures the arrangements of team {@code m} and keeps the one that fits a box of shape
     * {@code root}² best; with {@code record}, also writes each into the pool.
     */
    private void evaluate(int m, double root, boolean record) {
        int count = others(m);
        boolean leaves = allLeaves(count);
        double reportsTop = assistants(m, false);
        double bandLeft = resultLeft;
        double bandRight = resultRight;
        if (count == 0) {
            set(m, bandLeft, bandRight, reportsTop - o.rowGap(), SIDE);
            if (record) {
                offer(bandLeft, bandRight, Math.max(reportsTop - o.rowGap(), ds[m]), SIDE, 0);
            }
            return;
        }
        side(m, count, reportsTop, false);
        int best = SIDE;
        double bestScore = score(bandLeft, bandRight, root);
        double bestLeft = Math.max(bandLeft, resultLeft);
        double bestRight = Math.max(bandRight, resultRight);
        double bestDepth = resultDepth;
        if (record) {
            offer(bestLeft, bestRight, bestDepth, SIDE, 0);
        }
        if (count >= 2 && leaves) {
            stack(m, count, reportsTop, false);
            double s = score(bandLeft, bandRight, root);
            if (record) {
                offer(Math.max(bandLeft, resultLeft), Math.max(bandRight, resultRight), resultDepth, STACK, 0);
            }
            if (s < bestScore) {
                best = STACK;
                bestScore = s;
                bestLeft = Math.max(bandLeft, resultLeft);
                bestRight = Math.max(bandRight, resultRight);
                bestDepth = resultDepth;
            }
        }
        double all = 0;
        double widest = 0;
        for (int i = 0; i < count; i++) {
            double w = widths[i];
            all += w + gap;
            widest = Math.max(widest, w);
        }
        double bestLimit = 0;
        double bestDeepen = 0;
        // The top team of a tree, whose rows set the chart's shape, narrows its teams of leaves to its rows: in rows
        // as deep as their deepest report, then in rows a quarter deeper. Narrowing every team would cost a few times
        // the whole layout, for little: the teams below aim at the shape of the chart already.
        boolean teams = false;
        for (int i = 0; i < count && !teams && t.parent[m] < 0; i++) {
            teams = candidatesTo[scratch[i]] > candidatesFrom[scratch[i]];
        }
        for (double variant : teams ? DEEPER : NOT_NARROWED) {
            deepen = variant;
            for (int rows = 2, wider = 0; rows <= count; ) {
                double limit = rowLimit(count, rows, all, widest) + wider * widest / 2;
                wrap(m, count, limit, reportsTop, false);
                // A wrap that tucks reports under a shallow half also tries wider rows, which leave more room to tuck.
                if (tucked && wider < 2) {
                    wider++;
                } else {
                    wider = 0;
                    rows = nextRowCount(rows, count);
                }
                double s = score(bandLeft, bandRight, root);
                if (record) {
                    offer(Math.max(bandLeft, resultLeft), Math.max(bandRight, resultRight), resultDepth, WRAP, limit);
                }
                if (s < bestScore) {
                    best = WRAP;
                    bestLimit = limit;
                    bestDeepen = deepen;
                    bestScore = s;
                    bestLeft = Math.max(bandLeft, resultLeft);
                    bestRight = Math.max(bandRight, resultRight);
                    bestDepth = resultDepth;
                }
            }
        }
        set(m, bestLeft, bestRight, bestDepth, best);
        rowLimit[m] = bestLimit;
        deepened[m] = bestDeepen;
        deepen = 0;
    }

    /** Adds an arrangement of the team being recorded to the pool. */
    private void offer(double l, double r, double d, int arrangement, double limit) {
        if (poolSize == poolLeft.length) {
            int capacity = poolSize * 2;
            poolLeft = Arrays.copyOf(poolLeft, capacity);
            poolRight = Arrays.copyOf(poolRight, capacity);
            poolDepth = Arrays.copyOf(poolDepth, capacity);
            poolLimit = Arrays.copyOf(poolLimit, capacity);
            poolChoice = Arrays.copyOf(poolChoice, capacity);
        }
        poolLeft[poolSize] = l;
        poolRight[poolSize] = r;
        poolDepth[poolSize] = d;
        poolLimit[poolSize] = limit;
        poolChoice[poolSize] = arrangement;
        poolSize++;
    }


    /**
     * How wide the rows must be for the reports in {@link #scratch} to fill at most
     * {@code rows} rows: found by bisection for teams of up to 256, so that the rows come out
     * even; for larger teams a width that is sure to do (each row then holds more than its
     * share), which keeps a team of 100,000 linear.
     */
    private double rowLimit(int count, int rows, double all, double widest) {
        double enough = all / rows + widest + alley;
        if (count > 256) {
            return enough;
        }
        // Widen the rows by the least that moves a report up a row, until they are few enough.
        double limit = Math.max(widest + alley, all / rows + alley - gap);
        for (int i = 0; i < 4; i++) {
            if (rowsWithin(count, limit) <= rows) {
                return limit;
            }
            limit += overflow + 1e-9;
        }
        return enough;
    }

    /** The least widening of a row that would have taken in one more report, from {@link #rowsWithin}. */
    private double overflow;

    /** How many rows the reports in {@link #scratch} fill when rows are at most {@code limit} wide. */
    private int rowsWithin(int count, double limit) {
        int rows = 0;
        overflow = Double.POSITIVE_INFINITY;
        if (deepen > 0) {
            unnarrow(count);
        }
        for (int from = 0; from < count; ) {
            int to = narrowRow(from, rowEnd(from, count, limit), count, limit);
            if (to < count) {
                double width = alley - gap;
                for (int i = from; i <= to; i++) {
                    width += widths[i] + gap;
                }
                overflow = Math.min(overflow, width - gap - limit);
            }
            from = to;
            rows++;
        }
        return rows;
    }

    /** The report after the last of the row that starts at {@code from}. */
    private int rowEnd(int from, int count, double limit) {
        double width = widths[from];
        int to = from + 1;
        while (to < count && width + widths[to] + alley <= limit) {
            width += gap + widths[to];
            to++;
        }
        return to;
    }

    /** Row counts 2, 3, 4, 6, 9, 13, …, the team's size last: a team of k reports tries O(log k) wraps. */
    private static int nextRowCount(int rows, int count) {
        if (rows >= count) {
            return count + 1;
        }
        return Math.min(count, rows + Math.max(1, rows / 2));
    }

    /** How well the last measured arrangement, with the assistants' band, fits a box of the team's shape. */
    private double score(double bandLeft, double bandRight, double rootTau) {
        double breadth = Math.max(bandLeft, resultLeft) + Math.max(bandRight, resultRight);
        return Math.max(breadth / rootTau, resultDepth * rootTau);
    }

    private void set(int m, double l, double r, double d, int arrangement) {
        left[m] = Math.max(l, bs[m] / 2);
        right[m] = Math.max(r, bs[m] / 2);
        depth[m] = Math.max(d, ds[m]);
        choice[m] = arrangement;
    }

    /** Collects the reports of {@code m} that are not assistants into {@link #scratch}; returns how many. */
    private int others(int m) {
        int from = t.childStart[m];
        int to = t.childStart[m + 1];
        if (scratch.length < to - from) {
            scratch = new int[Math.max(to - from, scratch.length * 2)];
            widths = new double[scratch.length];
            wideLeft = new double[scratch.length];
            wideRight = new double[scratch.length];
            deep = new double[scratch.length];
            pick = new int[scratch.length];
        }
        int count = 0;
        for (int k = from; k < to; k++) {
            int c = t.children[k];
            if (!beside[c]) {
                widths[count] = left[c] + right[c];
                scratch[count++] = c;
            }
        }
        unnarrow(count);
        return count;
    }

    private boolean allLeaves(int count) {
        for (int i = 0; i < count; i++) {
            if (!isLeaf(scratch[i])) {
                return false;
            }
        }
        return true;
    }

    // ---- arrangements: each measures (resultLeft, resultRight, resultDepth) and, when place is
    // true, sets the centre, top and bar of the reports relative to the manager's centre and top ----

    /**
     * The assistants of {@code m} in pairs either side of its line, a pair per level. Sets the
     * band's breadth (left and right of the line) in the results and returns where the other
     * reports start.
     */
    private double assistants(int m, boolean place) {
        double half = gap / 2;
        double bandLeft = 0;
        double bandRight = 0;
        double y = ds[m];
        double levelDepth = 0;
        int i = 0;
        for (int k = t.childStart[m]; k < t.childStart[m + 1]; k++) {
            int a = t.children[k];
            if (!beside[a]) {
                continue;
            }
            if (i % 2 == 0) {
                y += levelDepth + gap;
                levelDepth = 0;
                bandLeft = Math.max(bandLeft, half + left[a] + right[a]);
                if (place) {
                    centre[a] = -half - right[a];
                }
            } else {
                bandRight = Math.max(bandRight, half + left[a] + right[a]);
                if (place) {
                    centre[a] = half + left[a];
                }
            }
            if (place) {
                top[a] = y;
            }
            levelDepth = Math.max(levelDepth, depth[a]);
            i++;
        }
        resultLeft = bandLeft;
        resultRight = bandRight;
        return y + levelDepth + o.rowGap();
    }

    /** The reports side by side under one bar, the manager centred over the first and last. */
    private void side(int m, int count, double reportsTop, boolean place) {
        double x = 0;
        double first = 0;
        double last = 0;
        double deepest = 0;
        for (int i = 0; i < count; i++) {
            int c = scratch[i];
            double cx = x + left[c];
            if (place) {
                centre[c] = cx;
                top[c] = reportsTop;
            }
            first = i == 0 ? cx : first;
            last = cx;
            x = cx + right[c] + gap;
            deepest = Math.max(deepest, depth[c]);
        }
        double mid = (first + last) / 2;
        if (place) {
            for (int i = 0; i < count; i++) {
                centre[scratch[i]] -= mid;
                bar[scratch[i]] = reportsTop - o.rowGap() / 2;
            }
        }
        resultLeft = mid;
        resultRight = x - gap - mid;
        resultDepth = reportsTop + deepest;
    }

    /** Leaves stacked under the manager: two columns either side of a spine, or one beside it. */
    private void stack(int m, int count, double reportsTop, boolean place) {
        double indent = gap;
        double y = reportsTop;
        if (count >= o.twoColumnsFrom()) {
            double l = 0;
            double r = 0;
            for (int pair = 0; pair * 2 < count; pair++) {
                int a = scratch[pair * 2];
                int b = pair * 2 + 1 < count ? scratch[pair * 2 + 1] : -1;
                double h = ds[a];
                l = Math.max(l, indent / 2 + bs[a]);
                if (place) {
                    centre[a] = -indent / 2 - bs[a] / 2;
                    top[a] = y;
                }
                if (b >= 0) {
                    h = Math.max(h, ds[b]);
                    r = Math.max(r, indent / 2 + bs[b]);
                    if (place) {
                        centre[b] = indent / 2 + bs[b] / 2;
                        top[b] = y;
                    }
                }
                y += h + stackGap;
            }
            if (place) {
                spine[m] = 0;
            }
            resultLeft = l;
            resultRight = r;
        } else {
            double columnWidth = 0;
            for (int i = 0; i < count; i++) {
                columnWidth = Math.max(columnWidth, bs[scratch[i]]);
            }
            double columnLeft = -(columnWidth + indent) / 2 + indent;
            for (int i = 0; i < count; i++) {
                int c = scratch[i];
                if (place) {
                    centre[c] = columnLeft + bs[c] / 2;
                    top[c] = y;
                }
                y += ds[c] + stackGap;
            }
            if (place) {
                spine[m] = columnLeft - indent / 2;
            }
            resultLeft = Math.max(0, -(columnLeft - indent / 2));
            resultRight = columnLeft + columnWidth;
        }
        if (place) {
            for (int i = 0; i < count; i++) {
                stacked[scratch[i]] = true;
                bar[scratch[i]] = reportsTop - o.rowGap() / 2;
            }
        }
        resultDepth = y - stackGap;
    }

    /**
     * The reports in rows at most {@code limit} wide (the alley included), filled in reading
     * order: each row split in two halves either side of an alley down which the manager's
     * trunk runs, with a bar of its own above. When one half of a row is deeper than the other,
     * the reports that follow are tucked under the shallow half in rows of their own, each with
     * its own bar off the trunk, as long as they end above the deep half's bottom: a deep
     * subtree no longer leaves a hole beside it as deep as itself.
     */
    private void wrap(int m, int count, double limit, double reportsTop, boolean place) {
        double widestLeft = 0;
        double widestRight = 0;
        double y = reportsTop;
        tucked = false;
        if (deepen > 0) {
            unnarrow(count);
        }
        for (int from = 0, to; from < count; from = to) {
            to = rowEnd(from, count, limit);
            to = narrowRow(from, to, count, limit);
            int half = split(from, to, widestLeft, widestRight);
            double deepLeft = 0;
            // Left half, right to left from the alley.
            double x = -alley / 2;
            for (int i = half - 1; i >= from; i--) {
                int c = scratch[i];
                double cx = x - wideRight[i];
                if (place) {
                    centre[c] = cx;
                }
                x = cx - wideLeft[i] - gap;
                deepLeft = Math.max(deepLeft, deep[i]);
            }
            double leftWidth = -(x + gap);
            widestLeft = Math.max(widestLeft, leftWidth);
            double deepRight = 0;
            x = alley / 2;
            for (int i = half; i < to; i++) {
                int c = scratch[i];
                double cx = x + wideLeft[i];
                if (place) {
                    centre[c] = cx;
                }
                x = cx + wideRight[i] + gap;
                deepRight = Math.max(deepRight, deep[i]);
            }
            double rightWidth = half < to ? x - gap : 0;
            widestRight = Math.max(widestRight, rightWidth);
            if (place) {
                for (int i = from; i < to; i++) {
                    if (pick[i] >= 0) {
                        int k = pick[i];
                        set(scratch[i], poolLeft[k], poolRight[k], poolDepth[k], poolChoice[k]);
                        rowLimit[scratch[i]] = poolLimit[k];
                    }
                    top[scratch[i]] = y;
                    bar[scratch[i]] = y - o.rowGap() / 2;
                }
            }
            double rowDepth = Math.max(deepLeft, deepRight);
            if (to < count && deepLeft != deepRight) {
                boolean underRight = deepLeft > deepRight;
                double room = Math.max(underRight ? rightWidth : leftWidth, limit - alley - (underRight ? leftWidth : rightWidth));
                double filled = underRight ? (half < to ? deepRight + o.rowGap() : 0) : deepLeft + o.rowGap();
                int next = tuck(to, count, y, filled, rowDepth, room, underRight, place);
                tucked |= next > to;
                to = next;
                if (underRight) {
                    widestRight = Math.max(widestRight, resultRight);
                } else {
                    widestLeft = Math.max(widestLeft, resultRight);
                }
            }
            y += rowDepth + o.rowGap();
        }
        resultLeft = widestLeft;
        resultRight = widestRight;
        resultDepth = y - o.rowGap();
    }

    /** Per report of the team being wrapped: its block's extents, narrowed to fit its row's depth. */
    private double[] wideLeft = new double[16];
    private double[] wideRight = new double[16];
    private double[] deep = new double[16];
    /** Per report of the team being wrapped: the arrangement from the pool it takes in its row, or -1. */
    private int[] pick = new int[16];

    /** Gives every report of the team being wrapped back its own block. */
    private void unnarrow(int count) {
        for (int i = 0; i < count; i++) {
            int c = scratch[i];
            wideLeft[i] = left[c];
            wideRight[i] = right[c];
            deep[i] = depth[c];
            widths[i] = left[c] + right[c];
            pick[i] = -1;
        }
    }

    /**
     * Gives each team of leaves in the row {@code from}–{@code to} its narrowest arrangement
     * that is no deeper than the row's deepest report, then takes in the reports that follow as
     * long as they fit within {@code limit} and the row's depth (narrowed likewise). A row beside
     * a deep subtree then holds more teams instead of leaving a hole under each. Returns the end
     * of the row.
     */
    private int narrowRow(int from, int to, int count, double limit) {
        if (deepen == 0) {
            return to;
        }
        double rowDepth = 0;
        for (int i = from; i < to; i++) {
            rowDepth = Math.max(rowDepth, deep[i]);
        }
        if (deepen > 1) {
            double deeper = rowDepth * deepen;
            rowDepth = 0;
            for (int i = from; i < to; i++) {
                narrow(i, deeper);
                rowDepth = Math.max(rowDepth, deep[i]);
            }
        }
        double width = alley - gap;
        for (int i = from; i < to; i++) {
            narrow(i, rowDepth);
            width += widths[i] + gap;
        }
        while (to < count) {
            int k = narrowest(to, rowDepth);
            double w = k >= 0 ? Math.max(poolLeft[k], bs[scratch[to]] / 2) + Math.max(poolRight[k], bs[scratch[to]] / 2)
                    : widths[to];
            double d = k >= 0 ? Math.max(poolDepth[k], ds[scratch[to]]) : deep[to];
            if (d > rowDepth || width + gap + w > limit) {
                break;
            }
            narrow(to, rowDepth);
            width += widths[to] + gap;
            to++;
        }
        return to;
    }

    /** The narrowest arrangement in the pool of report {@code i}'s team no deeper than {@code rowDepth}, or -1. */
    private int narrowest(int i, double rowDepth) {
        int c = scratch[i];
        if (isLeaf(c)) {
            return -1;
        }
        int best = -1;
        for (int f = frontierFrom[c]; f < frontierTo[c] && frontierDepth[f] <= rowDepth; f++) {
            best = f;
        }
        return best >= 0 && frontierWidth[best] < widths[i] - 1e-9 ? frontierPool[best] : -1;
    }

    /** Narrows report {@code i} of the team being wrapped to its narrowest arrangement no deeper than {@code rowDepth}. */
    private void narrow(int i, double rowDepth) {
        int k = narrowest(i, rowDepth);
        if (k < 0) {
            return;
        }
        int c = scratch[i];
        wideLeft[i] = Math.max(poolLeft[k], bs[c] / 2);
        wideRight[i] = Math.max(poolRight[k], bs[c] / 2);
        deep[i] = Math.max(poolDepth[k], ds[c]);
        widths[i] = wideLeft[i] + wideRight[i];
        pick[i] = k;
    }

    /** Whether the last {@link #wrap} tucked any report under the shallow half of a row. */
    private boolean tucked;

    /**
     * Tucks the reports from {@code from} on, in rows at most {@code room} wide, under the
     * shallow half of a row that starts at {@code y} and is {@code rowDepth} deep, the first
     * {@code filled} of that half being taken. Returns the first report not tucked; sets
     * {@link #resultRight} to the breadth the tucked rows take from the trunk.
     */
    private int tuck(int from, int count, double y, double filled, double rowDepth, double room, boolean underRight,
                     boolean place) {
        double widest = 0;
        while (from < count && widths[from] <= room) {
            int to = rowEnd(from, count, room + alley);
            double deepest = 0;
            double breadth = -gap;
            for (int i = from; i < to; i++) {
                deepest = Math.max(deepest, deep[i]);
                breadth += widths[i] + gap;
            }
            if (filled + deepest > rowDepth) {
                break;
            }
            if (place) {
                // Left to right in either half: under the left half the last report ends at the alley.
                double x = underRight ? alley / 2 : -alley / 2 - breadth;
                for (int i = from; i < to; i++) {
                    int c = scratch[i];
                    centre[c] = x + wideLeft[i];
                    x += widths[i] + gap;
                    top[c] = y + filled;
                    bar[c] = y + filled - o.rowGap() / 2;
                }
            }
            widest = Math.max(widest, breadth);
            filled += deepest + o.rowGap();
            from = to;
        }
        resultRight = widest > 0 ? alley / 2 + widest : 0;
        return from;
    }

    /**
     * Where a row of a wrap is split around the alley: the first report of its right half,
     * chosen so that the team, whose rows so far reach {@code widestLeft} and
     * {@code widestRight} from its trunk, grows the least; of the splits that grow it as little,
     * the one whose halves are most even. A row whose halves cannot be even then leans to the
     * side where the rows above left room.
     */
    private int split(int from, int to, double widestLeft, double widestRight) {
        double total = 0;
        for (int i = from; i < to; i++) {
            total += widths[i] + gap;
        }
        double before = 0;
        int best = from + 1;
        double bestBreadth = Double.POSITIVE_INFINITY;
        double bestWidth = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            before += widths[i] + gap;
            double leftWidth = alley / 2 + before - gap;
            double rightWidth = i + 1 < to ? alley / 2 + total - before - gap : 0;
            double breadth = Math.max(widestLeft, leftWidth) + Math.max(widestRight, rightWidth);
            double wider = Math.max(before, total - before);
            if (breadth < bestBreadth - 1e-9 || (breadth <= bestBreadth + 1e-9 && wider < bestWidth)) {
                bestBreadth = Math.min(bestBreadth, breadth);
                bestWidth = wider;
                best = i + 1;
            }
        }
        return best;
    }

    // ---- placing, top down ----

    private Placement absolute() {
        // Relative places first (each report against its manager's centre and top), then sums.
        for (int k = 0; k < visibleCount; k++) {
            int m = preorder[k];
            if (isLeaf(m)) {
                continue;
            }
            int count = others(m);
            double reportsTop = assistants(m, true);
            if (count == 0) {
                continue;
            }
            int arrangement = choice[m];
            if (arrangement == SIDE) {
                side(m, count, reportsTop, true);
            } else if (arrangement == STACK) {
                stack(m, count, reportsTop, true);
            } else {
                deepen = deepened[m];
                wrap(m, count, rowLimit[m], reportsTop, true);
                deepen = 0;
            }
        }
        double x = 0;
        for (int k = 0; k < t.roots.length; k++) {
            int root = t.roots[k];
            centre[root] = x + left[root];
            top[root] = 0;
            x = centre[root] + right[root] + o.subtreeGap();
        }
        double[] b0 = new double[n];
        double[] d0 = new double[n];
        double minB = visibleCount == 0 ? 0 : Double.POSITIVE_INFINITY;
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            int p = t.parent[b];
            if (p >= 0) {
                centre[b] += centre[p];
                top[b] += top[p];
                bar[b] += top[p];
            }
            b0[b] = centre[b] - bs[b] / 2;
            d0[b] = top[b];
            minB = Math.min(minB, b0[b]);
        }
        double maxB = 0;
        double maxD = 0;
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            b0[b] -= minB;
            maxB = Math.max(maxB, b0[b] + bs[b]);
            maxD = Math.max(maxD, d0[b] + ds[b]);
            if (!isLeaf(b) && choice[b] == STACK) {
                spine[b] += centre[b] - minB;
            }
        }
        return new Placement(t, o.orientation(), visible, stacked, beside, b0, d0, bs, ds, bar, spine, maxB, maxD,
                Arrays.copyOf(preorder, visibleCount));
    }
}
