package dev.orgwright.layout;

import java.util.Arrays;

/**
 * The layout engine: a layered tidy tree (Reingold–Tilford with per-row contours, linear time,
 * iterative) over a {@link LayoutTree}. Works on two abstract axes, breadth (along siblings)
 * and depth (along rows), mapped to x and y by the orientation at the end.
 *
 * <ol>
 *   <li>Rows: each visible box gets a row, by depth or by tier band. Assistants take the rows
 *       right below their manager, in pairs either side of its line, each with its own team
 *       below it on its side of the line (in the manager's tier band), and the manager's other
 *       reports start below the assistants and their teams.</li>
 *   <li>Stacks: in compact mode, the leaf reports of a manager are stacked in one or two
 *       columns under it, as one block that spans as many row slots as it is tall. In an
 *       assistant's team each stacked leaf (or pair of leaves) takes a row of its own instead,
 *       since the team's rows must end where the manager's other reports start.</li>
 *   <li>Subtrees, bottom up: each subtree's outline is the outlines of its children placed left
 *       to right as close as the gaps allow, with the manager centred over its first and last
 *       child.</li>
 *   <li>Positions, top down: offsets are summed into absolute coordinates.</li>
 * </ol>
 */
final class TidyLayout {

    private final LayoutTree t;
    private final LayoutOptions o;
    private final int n;
    private final double[] bs;   // breadth size
    private final double[] ds;   // depth size
    private final boolean[] visible;
    private final int[] row;
    private final boolean[] stackManager;
    private final boolean[] stacked;
    /** Assistants placed beside their manager's line. */
    private final boolean[] beside;
    /** Assistants and everyone below them: the team beside a manager's line. */
    private final boolean[] aside;
    /** Rows a box's shown subtree spans below the box's own row. */
    private final int[] below;
    /** Rows between a box and its manager's row: 1, more below a manager's assistants. */
    private final int[] offset;
    /** Rows of assistants below a manager. */
    private final int[] lead;
    /** How many leaves a stack manager stacks. */
    private final int[] stackSize;
    /**
     * Stack managers in an assistant's team, whose stacked leaves each take a row of their own
     * (a pair of them in two columns): so the rows say how deep the team is, and the manager's
     * other reports start below it.
     */
    private final boolean[] stackInRows;
    private double[] rowStart;
    private double[] rowSize;
    // per node, in the frame of its parent's children
    private final double[] pos;
    private final double[] ownLeft;
    private final RowContour[] contour;
    // stack blocks: per stacked leaf its position relative to its manager's centre and the block top
    private final double[] stackB;
    private final double[] stackD;
    /** Preorder of the visible boxes; stacked leaves included. */
    private int[] preorder;
    private int visibleCount;

    /** Whether the roots hang from lines above the first row: see {@link #place(LayoutTree, LayoutOptions, boolean)}. */
    private boolean rootsHang;

    private TidyLayout(LayoutTree tree, LayoutOptions options) {
        this.t = tree;
        this.o = options;
        this.n = tree.size;
        boolean topDown = options.orientation() == LayoutOptions.Orientation.TOP_DOWN;
        this.bs = topDown ? tree.width : tree.height;
        this.ds = topDown ? tree.height : tree.width;
        this.visible = new boolean[n];
        this.row = new int[n];
        this.stackManager = new boolean[n];
        this.stacked = new boolean[n];
        this.beside = new boolean[n];
        this.aside = new boolean[n];
        this.below = new int[n];
        this.offset = new int[n];
        this.lead = new int[n];
        this.stackSize = new int[n];
        this.stackInRows = new boolean[n];
        this.pos = new double[n];
        this.ownLeft = new double[n];
        this.contour = new RowContour[n];
        this.stackB = new double[n];
        this.stackD = new double[n];
    }

    /** Places every box of {@code tree}. */
    static Placement place(LayoutTree tree, LayoutOptions options) {
        return place(tree, options, false);
    }

    /**
     * Places every box of {@code tree}; with {@code rootsHang}, the roots are reached by lines
     * from above the first row (the reports of a wrapped manager laid out as one forest), and a
     * root in a lower row keeps its line's way through the rows above it clear.
     */
    static Placement place(LayoutTree tree, LayoutOptions options, boolean rootsHang) {
        TidyLayout l = new TidyLayout(tree, options);
        l.rootsHang = rootsHang;
        l.findVisibleAndRows();
        l.findStacks();
        l.measureRows();
        l.layOutStacks();
        l.mergeSubtrees();
        return l.absolute();
    }

    // ---- 1. visibility, preorder and rows ----

    private void findVisibleAndRows() {
        preorder = new int[n];
        int[] stack = new int[Math.max(1, n)];
        int top = 0;
        for (int r = t.roots.length - 1; r >= 0; r--) {
            stack[top++] = t.roots[r];
        }
        while (top > 0) {
            int b = stack[--top];
            visible[b] = true;
            preorder[visibleCount++] = b;
            int p = t.parent[b];
            beside[b] = p >= 0 && t.assistant[b];
            aside[b] = beside[b] || (p >= 0 && aside[p]);
            if (!t.collapsed[b]) {
                for (int k = t.childStart[b + 1] - 1; k >= t.childStart[b]; k--) {
                    stack[top++] = t.children[k];
                }
            }
        }
        // Bottom up (reverse preorder): how deep each assistant's team is sets where the others start.
        for (int k = visibleCount - 1; k >= 0; k--) {
            findAssistants(preorder[k]);
        }
        int[] sameTierRun = new int[n];
        int[] band = new int[n];
        int maxRank = 0;
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            int p = t.parent[b];
            row[b] = p < 0 ? 0 : row[p] + offset[b];
            // An assistant and its team sit in its manager's band, whatever their own tiers.
            band[b] = aside[b] ? band[p] : t.tierRank[b];
            sameTierRun[b] = p >= 0 && band[b] > 0 && band[b] == band[p] ? sameTierRun[p] + offset[b] : 0;
            maxRank = Math.max(maxRank, band[b]);
        }
        if (o.rows() == LayoutOptions.Rows.BY_TIER) {
            tierRows(sameTierRun, band, maxRank);
        }
    }

    /**
     * Gives the reports of {@code m} their row offsets, its assistants' teams being measured
     * already: the assistants in pairs, a pair per level, each level below the deeper team of
     * the pair above; the other reports below the last level. Sets how many rows the assistants
     * take ({@link #lead}) and how many m's subtree spans ({@link #below}).
     */
    private void findAssistants(int m) {
        if (isLeaf(m)) {
            return;
        }
        int assistants = 0;
        int level = 1;
        int levelDeep = 0;
        for (int k = t.childStart[m]; k < t.childStart[m + 1]; k++) {
            int c = t.children[k];
            if (beside[c]) {
                if (assistants > 0 && assistants % 2 == 0) {
                    level += 1 + levelDeep;
                    levelDeep = 0;
                }
                offset[c] = level;
                levelDeep = Math.max(levelDeep, below[c]);
                assistants++;
            }
        }
        lead[m] = assistants == 0 ? 0 : level + levelDeep;
        boolean inRows = stacksInRows(m);
        int deepest = lead[m];
        int i = 0;
        for (int k = t.childStart[m]; k < t.childStart[m + 1]; k++) {
            int c = t.children[k];
            if (!beside[c]) {
                offset[c] = 1 + lead[m] + (!inRows ? 0 : stackSize[m] >= o.twoColumnsFrom() ? i / 2 : i);
                deepest = Math.max(deepest, offset[c] + below[c]);
                i++;
            }
        }
        below[m] = deepest;
    }

    /**
     * Whether {@code m}, in an assistant's team, stacks its reports in compact mode: they are all
     * leaves, two or more. A stack elsewhere is a block spanning as many row slots as it is tall;
     * here each leaf takes a row, so that the team's rows end where its manager's other reports
     * start. Marks the stack when it does.
     */
    private boolean stacksInRows(int m) {
        if (!o.compact() || !aside[m]) {
            return false;
        }
        int count = 0;
        for (int k = t.childStart[m]; k < t.childStart[m + 1]; k++) {
            int c = t.children[k];
            if (!beside[c]) {
                if (!isLeaf(c)) {
                    return false;
                }
                count++;
            }
        }
        if (count < 2) {
            return false;
        }
        stackManager[m] = true;
        stackInRows[m] = true;
        stackSize[m] = count;
        for (int k = t.childStart[m]; k < t.childStart[m + 1]; k++) {
            stacked[t.children[k]] = !beside[t.children[k]];
        }
        return true;
    }

    private boolean isLeaf(int b) {
        return t.collapsed[b] || t.childStart[b + 1] == t.childStart[b];
    }

    /**
     * Band of rows per tier, highest tier first; inside a band, a position that reports to its
     * own tier sits one row lower. A position of no tier, or one whose band would put it above
     * its manager (a reporting line against the tiers), goes to the row below its manager.
     */
    private void tierRows(int[] sameTierRun, int[] band, int maxRank) {
        int[] bandRows = new int[maxRank + 1];
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            int rank = band[b];
            if (rank > 0) {
                bandRows[rank] = Math.max(bandRows[rank], sameTierRun[b] + 1);
            }
        }
        int[] bandStart = new int[maxRank + 1];
        int next = 0;
        for (int rank = 1; rank <= maxRank; rank++) {
            bandStart[rank] = next;
            next += bandRows[rank];
        }
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            int p = t.parent[b];
            int rank = band[b];
            int least = p < 0 ? 0 : row[p] + offset[b];
            int wanted = rank > 0 ? bandStart[rank] + sameTierRun[b] : least;
            row[b] = aside[b] || wanted < least ? least : wanted;
        }
    }

    // ---- 2. stacks ----

    private void findStacks() {
        if (!o.compact()) {
            return;
        }
        for (int k = 0; k < visibleCount; k++) {
            int m = preorder[k];
            int from = t.childStart[m];
            int to = t.childStart[m + 1];
            if (t.collapsed[m] || aside[m]) {
                continue;
            }
            boolean allLeaves = true;
            int count = 0;
            int firstRow = -1;
            for (int c = from; c < to && allLeaves; c++) {
                int child = t.children[c];
                if (beside[child]) {
                    continue;
                }
                firstRow = count == 0 ? row[child] : firstRow;
                allLeaves = isLeaf(child) && row[child] == firstRow;
                count++;
            }
            if (allLeaves && count >= 2) {
                stackManager[m] = true;
                stackSize[m] = count;
                for (int c = from; c < to; c++) {
                    stacked[t.children[c]] = !beside[t.children[c]];
                }
            }
        }
    }

    // ---- 3. row slots ----

    private void measureRows() {
        int rows = 0;
        for (int k = 0; k < visibleCount; k++) {
            rows = Math.max(rows, row[preorder[k]] + 1);
        }
        rowSize = new double[rows];
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            if (!stacked[b] || stackInRows[t.parent[b]]) {
                rowSize[row[b]] = Math.max(rowSize[row[b]], ds[b]);
            }
        }
        rowStart = new double[rows + 1];
        for (int r = 0; r < rows; r++) {
            rowStart[r + 1] = rowStart[r] + rowSize[r] + o.rowGap();
        }
    }

    /** Adds empty row slots (rowGap deep each) until the slots reach {@code depth}. */
    private void extendRowsTo(double depth) {
        int rows = rowSize.length;
        int extra = 0;
        while (rowStart[rows + extra] < depth) {
            extra++;
            if (rows + extra >= rowStart.length) {
                rowStart = Arrays.copyOf(rowStart, Math.max(rowStart.length * 2, rows + extra + 1));
            }
            rowStart[rows + extra] = rowStart[rows + extra - 1] + Math.max(o.rowGap(), 1);
        }
        if (extra > 0) {
            rowSize = Arrays.copyOf(rowSize, rows + extra);
            rowStart = Arrays.copyOf(rowStart, rows + extra + 1);
        }
    }

    /** The first row slot at or after {@code fromRow} whose slot ends below depth {@code d}. */
    private int firstSlotEndingAfter(double d, int fromRow) {
        int lo = fromRow;
        int hi = rowCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rowStart[mid + 1] > d) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private int rowCount() {
        return rowSize.length;
    }

    // ---- stacks: geometry relative to the manager's centre (breadth) and the block's top (depth) ----

    private void layOutStacks() {
        if (!o.compact()) {
            return;
        }
        double indent = o.siblingGap();
        for (int k = 0; k < visibleCount; k++) {
            int m = preorder[k];
            if (!stackManager[m]) {
                continue;
            }
            int[] leaves = stackedLeaves(m);
            int count = leaves.length;
            boolean two = count >= o.twoColumnsFrom();
            double depth = 0;
            if (two) {
                for (int pair = 0; pair * 2 < count; pair++) {
                    int left = leaves[pair * 2];
                    int right = pair * 2 + 1 < count ? leaves[pair * 2 + 1] : -1;
                    stackB[left] = -indent / 2 - bs[left];
                    stackD[left] = depth;
                    double h = ds[left];
                    if (right >= 0) {
                        stackB[right] = indent / 2;
                        stackD[right] = depth;
                        h = Math.max(h, ds[right]);
                    }
                    depth += h + o.siblingGap();
                }
            } else {
                double columnWidth = 0;
                for (int c = 0; c < count; c++) {
                    columnWidth = Math.max(columnWidth, bs[leaves[c]]);
                }
                double columnLeft = -(columnWidth + indent) / 2 + indent;
                for (int c = 0; c < count; c++) {
                    int leaf = leaves[c];
                    stackB[leaf] = columnLeft;
                    stackD[leaf] = depth;
                    depth += ds[leaf] + o.siblingGap();
                }
            }
            if (!stackInRows[m]) {
                extendRowsTo(blockTop(m) + depth + o.siblingGap());
            }
        }
    }

    /** The stacked leaves of a stack manager, in order. */
    private int[] stackedLeaves(int m) {
        int[] leaves = new int[stackSize[m]];
        int k = 0;
        for (int c = t.childStart[m]; c < t.childStart[m + 1]; c++) {
            if (stacked[t.children[c]]) {
                leaves[k++] = t.children[c];
            }
        }
        return leaves;
    }

    /** Where a manager's reports start: below its row and the rows of its assistants. */
    private double blockTop(int manager) {
        int last = row[manager] + lead[manager];
        return rowStart[last] + rowSize[last] + o.rowGap();
    }

    /** The breadth of the spine of a stack, relative to the manager's centre. */
    private double spineOffset(int manager) {
        if (stackSize[manager] >= o.twoColumnsFrom()) {
            return 0;
        }
        for (int c = t.childStart[manager]; ; c++) {
            if (stacked[t.children[c]]) {
                return stackB[t.children[c]] - o.siblingGap() / 2;
            }
        }
    }

    // ---- 4. subtrees, bottom up ----

    private void mergeSubtrees() {
        boolean[] leafTeam = findLeafTeams();
        // Reverse preorder visits every report before its manager: a postorder without recursion.
        for (int k = visibleCount - 1; k >= 0; k--) {
            int b = preorder[k];
            int p = t.parent[b];
            if (!stacked[b] && !(p >= 0 && leafTeam[p])) {
                contour[b] = leafTeam[b] ? leafTeamContour(b) : subtreeContour(b);
            }
        }
        RowContour forest = null;
        double previousRight = Double.NEGATIVE_INFINITY;
        for (int root : t.roots) {
            if (rootsHang) {
                double at = ownLeft[root] + bs[root] / 2;
                for (int r = 0; r < row[root]; r++) {
                    contour[root].include(r, at, at);
                }
            }
            forest = placeBeside(forest, root, o.subtreeGap(), previousRight);
            previousRight = pos[root] + ownLeft[root] + bs[root];
        }
    }

    /**
     * Managers whose reports are all leaves on one row (most teams at the bottom of a chart):
     * their reports stand side by side a sibling gap apart, which is exactly what merging their
     * one-row outlines would give, so they are placed without making an outline per report.
     */
    private boolean[] findLeafTeams() {
        boolean[] team = new boolean[n];
        for (int k = 0; k < visibleCount; k++) {
            int m = preorder[k];
            int from = t.childStart[m];
            int to = t.childStart[m + 1];
            if (t.collapsed[m] || stackManager[m] || from == to || lead[m] > 0) {
                continue;
            }
            int firstRow = row[t.children[from]];
            boolean leaves = true;
            for (int c = from; c < to && leaves; c++) {
                int child = t.children[c];
                leaves = (t.collapsed[child] || t.childStart[child + 1] == t.childStart[child]) && row[child] == firstRow;
            }
            team[m] = leaves;
        }
        return team;
    }

    private RowContour leafTeamContour(int b) {
        int from = t.childStart[b];
        int to = t.childStart[b + 1];
        double right = Double.NEGATIVE_INFINITY;
        for (int k = from; k < to; k++) {
            int leaf = t.children[k];
            ownLeft[leaf] = 0;
            pos[leaf] = k == from ? 0 : right + o.siblingGap();
            right = pos[leaf] + bs[leaf];
        }
        int first = t.children[from];
        int last = t.children[to - 1];
        double centre = (pos[first] + bs[first] / 2 + pos[last] + bs[last] / 2) / 2;
        ownLeft[b] = centre - bs[b] / 2;
        RowContour c = new RowContour(row[first], 0, right);
        keepDrop(b, first, c, bs[first] / 2);
        keepDrop(b, last, c, pos[last] + bs[last] / 2);
        c.include(row[b], ownLeft[b], ownLeft[b] + bs[b]);
        return c;
    }

    /**
     * A report in a row further down than the first below its manager (rows by tier) is reached
     * by a line dropping from the manager's bar through the rows in between: the line is kept in
     * the outline {@code c} at breadth {@code at}, so that no neighbouring subtree is placed across it.
     */
    private void keepDrop(int manager, int report, RowContour c, double at) {
        for (int r = row[manager] + lead[manager] + 1; r < row[report]; r++) {
            c.include(r, at, at);
        }
    }

    private RowContour subtreeContour(int b) {
        if (stackManager[b]) {
            RowContour c = new RowContour(row[b], 0, bs[b]);
            ownLeft[b] = 0;
            double centre = bs[b] / 2;
            double top = blockTop(b);
            int from = t.childStart[b];
            int to = t.childStart[b + 1];
            double spine = centre + spineOffset(b);
            for (int k = from; k < to; k++) {
                int leaf = t.children[k];
                if (!stacked[leaf]) {
                    continue;
                }
                double b0 = centre + stackB[leaf];
                if (stackInRows[b]) {
                    c.include(row[leaf], Math.min(b0, spine), Math.max(b0 + bs[leaf], centre));
                    continue;
                }
                double d0 = top + stackD[leaf];
                double d1 = d0 + ds[leaf];
                // Each leaf spans a few row slots; find the first by bisection, not by a walk.
                for (int r = firstSlotEndingAfter(d0, row[b] + 1); r < rowCount() && rowStart[r] < d1 + o.siblingGap(); r++) {
                    c.include(r, Math.min(b0, spine), Math.max(b0 + bs[leaf], centre));
                }
            }
            return placeAssistants(b, c, centre);
        }
        int from = t.childStart[b];
        int to = t.childStart[b + 1];
        if (t.collapsed[b] || from == to) {
            ownLeft[b] = 0;
            return new RowContour(row[b], 0, bs[b]);
        }
        RowContour acc = null;
        double previousRight = Double.NEGATIVE_INFINITY;
        int first = -1;
        int last = -1;
        for (int k = from; k < to; k++) {
            int child = t.children[k];
            if (beside[child]) {
                continue;
            }
            keepDrop(b, child, contour[child], ownLeft[child] + bs[child] / 2);
            acc = placeBeside(acc, child, o.siblingGap(), previousRight);
            previousRight = pos[child] + ownLeft[child] + bs[child];
            first = first < 0 ? child : first;
            last = child;
        }
        if (acc == null) { // assistants only
            ownLeft[b] = 0;
            acc = new RowContour(row[b], 0, bs[b]);
        } else {
            double centre = (pos[first] + ownLeft[first] + bs[first] / 2 + pos[last] + ownLeft[last] + bs[last] / 2) / 2;
            ownLeft[b] = centre - bs[b] / 2;
            acc.include(row[b], ownLeft[b], ownLeft[b] + bs[b]);
        }
        return placeAssistants(b, acc, ownLeft[b] + bs[b] / 2);
    }

    /**
     * Puts the assistants of {@code m} in pairs either side of its line, which runs down from
     * {@code centre} (in the frame of m's reports), each with its whole team on its side, half a
     * sibling gap away from the line; the line itself is kept in the outline down to the last
     * assistant row, so that no neighbouring subtree crosses it. Returns the merged outline.
     */
    private RowContour placeAssistants(int m, RowContour c, double centre) {
        if (lead[m] == 0) {
            return c;
        }
        double half = o.siblingGap() / 2;
        int i = 0;
        for (int k = t.childStart[m]; k < t.childStart[m + 1]; k++) {
            int a = t.children[k];
            if (!beside[a]) {
                continue;
            }
            RowContour team = contour[a];
            contour[a] = null;
            double shift;
            if (i % 2 == 0) {
                double far = Double.NEGATIVE_INFINITY;
                for (int r = team.firstRow(); r <= team.lastRow(); r++) {
                    double right = team.rightAt(r);
                    far = Double.isNaN(right) ? far : Math.max(far, right);
                }
                shift = centre - half - far;
            } else {
                double far = Double.POSITIVE_INFINITY;
                for (int r = team.firstRow(); r <= team.lastRow(); r++) {
                    double left = team.leftAt(r);
                    far = Double.isNaN(left) ? far : Math.min(far, left);
                }
                shift = centre + half - far;
            }
            pos[a] = shift;
            team.shift(shift);
            c = c.mergeWithRight(team);
            i++;
        }
        for (int r = row[m] + 1; r <= row[m] + lead[m]; r++) {
            c.include(r, centre, centre);
        }
        return c;
    }

    /**
     * Places subtree {@code b} to the right of the outline {@code acc} (null: first), as close as
     * the gaps allow, never left of the previous sibling's box, and returns the merged outline.
     */
    private RowContour placeBeside(RowContour acc, int b, double nearGap, double previousRight) {
        RowContour own = contour[b];
        contour[b] = null;
        if (acc == null) {
            pos[b] = 0;
            return own;
        }
        double shift = acc.separation(own, row[b], nearGap, o.subtreeGap());
        double inOrder = previousRight + o.siblingGap() - ownLeft[b];
        if (Double.isInfinite(shift) || shift < inOrder) {
            shift = inOrder;
        }
        pos[b] = shift;
        own.shift(shift);
        return acc.mergeWithRight(own);
    }

    // ---- 5. absolute positions ----

    private Placement absolute() {
        double[] frame = new double[n];
        double[] b0 = new double[n];
        double[] d0 = new double[n];
        double minB = Double.POSITIVE_INFINITY;
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            int p = t.parent[b];
            if (stacked[b]) {
                double centre = b0[p] + bs[p] / 2;
                b0[b] = centre + stackB[b];
                d0[b] = stackInRows[p] ? rowStart[row[b]] : blockTop(p) + stackD[b];
            } else {
                frame[b] = (p < 0 ? 0 : frame[p]) + pos[b];
                b0[b] = frame[b] + ownLeft[b];
                d0[b] = rowStart[row[b]];
            }
            minB = Math.min(minB, b0[b]);
        }
        if (visibleCount == 0) {
            minB = 0;
        }
        double maxB = 0;
        double maxD = 0;
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            b0[b] -= minB;
            maxB = Math.max(maxB, b0[b] + bs[b]);
            maxD = Math.max(maxD, d0[b] + ds[b]);
        }
        double[] spine = new double[n];
        double[] bar = new double[n];
        for (int k = 0; k < visibleCount; k++) {
            int b = preorder[k];
            int p = t.parent[b];
            if (p >= 0) {
                bar[b] = blockTop(p) - o.rowGap() / 2;
            }
            int from = t.childStart[b];
            if (from < t.childStart[b + 1] && !t.collapsed[b]) {
                spine[b] = stackManager[b] ? b0[b] + bs[b] / 2 + spineOffset(b) : Double.NaN;
            }
        }
        return new Placement(t, o.orientation(), visible, stacked, beside, b0, d0, bs, ds, bar, spine, maxB, maxD,
                Arrays.copyOf(preorder, visibleCount));
    }
}
