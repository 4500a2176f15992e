package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The promises of every layout mode (tidy, compact and automatic, rows by depth or by tier, both
 * orientations, any target aspect) on random forests with assistants: no two cards overlap,
 * reports keep their reading order, each manager is over or beside its reports, and assistants
 * sit beside their manager's line, between the manager and its other reports.
 */
class LayoutModesPropertiesTest {

    private static final double EPSILON = 1e-6;

    private static List<LayoutOptions> everyMode(double aspect) {
        List<LayoutOptions> modes = new ArrayList<>();
        for (LayoutOptions.Rows rows : LayoutOptions.Rows.values()) {
            for (LayoutOptions.Mode mode : LayoutOptions.Mode.values()) {
                for (LayoutOptions.Orientation o : LayoutOptions.Orientation.values()) {
                    modes.add(LayoutOptions.DEFAULT.withRows(rows).withMode(mode).withOrientation(o).withAspect(aspect));
                }
            }
        }
        return modes;
    }

    /** Breadth and depth: x and y top down, y and x left to right. */
    private record Axes(Placement p, boolean topDown) {
        double b(int box) {
            return topDown ? p.x(box) : p.y(box);
        }

        double d(int box) {
            return topDown ? p.y(box) : p.x(box);
        }

        double bs(int box) {
            return topDown ? p.width(box) : p.height(box);
        }

        double ds(int box) {
            return topDown ? p.height(box) : p.width(box);
        }

        double centre(int box) {
            return b(box) + bs(box) / 2;
        }
    }

    @Property(tries = 40)
    void noTwoCardsOverlapInAnyMode(@ForAll @IntRange(min = 1, max = 250) int n,
                                    @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                    @ForAll @IntRange(min = 1, max = 3) int roots,
                                    @ForAll @DoubleRange(min = 0.3, max = 4) double aspect) {
        LayoutTree tree = RandomTrees.withAssistants(n, seed, Math.min(roots, n));
        for (LayoutOptions options : everyMode(aspect)) {
            Placement p = TreeLayout.place(tree, options);
            assertEquals(reachable(tree), p.preorder().length, "every box below an open manager is shown in " + options);
            TidyLayoutPropertiesTest.assertNoOverlap(p, options.siblingGap(), options);
        }
    }

    @Property(tries = 40)
    void reportsKeepTheirReadingOrderAndManagersStayOverOrBesideThem(
            @ForAll @IntRange(min = 1, max = 250) int n, @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @DoubleRange(min = 0.3, max = 4) double aspect) {
        LayoutTree tree = RandomTrees.withAssistants(n, seed, 1);
        for (LayoutOptions options : everyMode(aspect)) {
            Axes a = new Axes(TreeLayout.place(tree, options), options.orientation() == LayoutOptions.Orientation.TOP_DOWN);
            boolean byDepth = options.rows() == LayoutOptions.Rows.BY_DEPTH;
            for (int m : a.p().preorder()) {
                if (tree.isCollapsed(m)) {
                    continue;
                }
                int previous = -1;
                double low = Double.POSITIVE_INFINITY;
                double high = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < tree.childCount(m); k++) {
                    int r = tree.child(m, k);
                    double managerEnd = a.d(m) + a.ds(m);
                    if (a.p().isBeside(r)) {
                        assertTrue(a.d(r) >= managerEnd + Math.min(options.siblingGap(), options.rowGap()) - EPSILON,
                                "assistant " + r + " is below its manager " + m + " in " + options);
                        continue;
                    }
                    assertTrue(a.d(r) >= managerEnd + options.rowGap() - EPSILON,
                            "report " + r + " is a row gap below its manager " + m + " in " + options);
                    double[] span = subtreeSpan(a, tree, r);
                    low = Math.min(low, span[0]);
                    high = Math.max(high, span[1]);
                    if (previous >= 0 && (byDepth || Math.abs(a.d(r) - a.d(previous)) < EPSILON)) {
                        boolean nextInRow = Math.abs(a.d(r) - a.d(previous)) < EPSILON
                                && a.b(r) >= a.b(previous) + a.bs(previous) + options.siblingGap() - EPSILON;
                        boolean nextRow = a.d(r) > a.d(previous) + EPSILON;
                        assertTrue(nextInRow || nextRow, "report " + r + " follows " + previous + " of " + m
                                + " in reading order in " + options);
                    }
                    previous = r;
                }
                if (previous >= 0) {
                    double c = a.centre(m);
                    // Over its reports' subtrees, or beside them across the alley of a wrapped team.
                    assertTrue(c >= low - options.siblingGap() - EPSILON && c <= high + options.siblingGap() + EPSILON,
                            "manager " + m + " is over or beside its reports in " + options);
                }
            }
        }
    }

    @Property(tries = 40)
    void assistantsSitBesideTheLineBetweenTheirManagerAndItsOtherReports(
            @ForAll @IntRange(min = 1, max = 250) int n, @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @DoubleRange(min = 0.3, max = 4) double aspect) {
        LayoutTree tree = RandomTrees.withAssistants(n, seed, 2);
        for (LayoutOptions options : everyMode(aspect)) {
            Placement p = TreeLayout.place(tree, options);
            Axes a = new Axes(p, options.orientation() == LayoutOptions.Orientation.TOP_DOWN);
            for (int m : p.preorder()) {
                if (tree.isCollapsed(m)) {
                    continue;
                }
                double firstOther = Double.POSITIVE_INFINITY;
                for (int k = 0; k < tree.childCount(m); k++) {
                    int r = tree.child(m, k);
                    if (!p.isBeside(r)) {
                        firstOther = Math.min(firstOther, a.d(r));
                    }
                }
                int i = 0;
                for (int k = 0; k < tree.childCount(m); k++) {
                    int r = tree.child(m, k);
                    // Every assistant, with or without a team of its own, in every mode.
                    assertEquals(tree.isAssistant(r), p.isBeside(r), "box " + r + " beside its manager in " + options);
                    if (!p.isBeside(r)) {
                        continue;
                    }
                    double line = a.centre(m);
                    boolean onLeft = i % 2 == 0;
                    assertTrue(onLeft ? a.b(r) + a.bs(r) <= line - options.siblingGap() / 2 + EPSILON
                                    : a.b(r) >= line + options.siblingGap() / 2 - EPSILON,
                            "assistant " + r + " is on the " + (onLeft ? "left" : "right") + " of " + m + "'s line in " + options);
                    // The assistant's whole team stays on its side of the line and above the other reports.
                    double[] team = subtreeSpan(a, tree, r);
                    assertTrue(onLeft ? team[1] <= line - options.siblingGap() / 2 + EPSILON
                                    : team[0] >= line + options.siblingGap() / 2 - EPSILON,
                            "the team of assistant " + r + " is on its side of " + m + "'s line in " + options);
                    assertTrue(subtreeEnd(a, tree, r) <= firstOther - EPSILON, "assistant " + r + " and its team are above"
                            + " the other reports of " + m + " in " + options);
                    double[] line3 = p.edge(r);
                    assertEquals(6, line3.length, "an assistant's line runs from the trunk into its side");
                    i++;
                }
            }
        }
    }

    @Property(tries = 30)
    void noCardCrossesAManagersLineDownPastItsAssistantsAndTheirTeams(
            @ForAll @IntRange(min = 1, max = 200) int n, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        LayoutTree tree = RandomTrees.withAssistants(n, seed, 2);
        for (LayoutOptions options : everyMode(1.41)) {
            Placement p = TreeLayout.place(tree, options);
            Axes a = new Axes(p, options.orientation() == LayoutOptions.Orientation.TOP_DOWN);
            for (int m : p.preorder()) {
                if (tree.isCollapsed(m)) {
                    continue;
                }
                double line = a.centre(m);
                double from = a.d(m) + a.ds(m);
                double to = from;
                for (int k = 0; k < tree.childCount(m); k++) {
                    int r = tree.child(m, k);
                    if (p.isBeside(r)) {
                        to = Math.max(to, a.d(r) + a.ds(r) / 2);
                    }
                }
                for (int b : p.preorder()) {
                    boolean across = a.b(b) < line - EPSILON && a.b(b) + a.bs(b) > line + EPSILON;
                    boolean along = a.d(b) < to - EPSILON && a.d(b) + a.ds(b) > from + EPSILON;
                    assertFalse(b != m && across && along, "card " + b + " lies across the line of " + m
                            + " down to its last assistant in " + options);
                }
            }
        }
    }

    @Property(tries = 40)
    void inCompactModeTheTeamOfAnAssistantIsStackedLikeAnyOtherTeamOfLeaves(
            @ForAll @IntRange(min = 3, max = 250) int n, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        LayoutTree tree = RandomTrees.withAssistants(n, seed, 1);
        for (LayoutOptions.Rows rows : LayoutOptions.Rows.values()) {
            for (LayoutOptions.Orientation o : LayoutOptions.Orientation.values()) {
                LayoutOptions options = LayoutOptions.DEFAULT.withRows(rows).withMode(LayoutOptions.Mode.COMPACT)
                        .withOrientation(o);
                Placement p = TreeLayout.place(tree, options);
                for (int m : p.preorder()) {
                    if (tree.isCollapsed(m) || !besideALine(tree, m)) {
                        continue;
                    }
                    List<Integer> leaves = new ArrayList<>();
                    boolean allLeaves = true;
                    for (int k = 0; k < tree.childCount(m); k++) {
                        int r = tree.child(m, k);
                        if (!tree.isAssistant(r)) {
                            leaves.add(r);
                            allLeaves &= tree.isCollapsed(r) || tree.childCount(r) == 0;
                        }
                    }
                    if (allLeaves && leaves.size() >= 2) {
                        for (int leaf : leaves) {
                            assertTrue(p.isStacked(leaf), "report " + leaf + " of " + m + ", in an assistant's team,"
                                    + " is stacked in " + options);
                        }
                    }
                }
            }
        }
    }

    @Property(tries = 30)
    void noReportingLineRunsThroughACardOtherThanItsTwoEnds(
            @ForAll @IntRange(min = 1, max = 200) int n, @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @DoubleRange(min = 0.3, max = 4) double aspect) {
        LayoutTree tree = RandomTrees.withAssistants(n, seed, 2);
        for (LayoutOptions options : everyMode(aspect)) {
            Placement p = TreeLayout.place(tree, options);
            int[] shown = p.preorder();
            for (int r : shown) {
                int m = tree.parentOf(r);
                double[] line = p.edge(r);
                for (int i = 0; i + 3 < line.length; i += 2) {
                    for (int b : shown) {
                        if (b != m && b != r && crossesInside(p, b, line[i], line[i + 1], line[i + 2], line[i + 3])) {
                            throw new AssertionError("the line from " + m + " to " + r + " runs through card " + b
                                    + " (segment " + line[i] + "," + line[i + 1] + " to " + line[i + 2] + ","
                                    + line[i + 3] + ") in " + options);
                        }
                    }
                }
            }
        }
    }

    /** Whether the horizontal or vertical segment enters the inside of box {@code b} (its edges excluded). */
    private static boolean crossesInside(Placement p, int b, double x0, double y0, double x1, double y1) {
        double left = p.x(b) + EPSILON;
        double top = p.y(b) + EPSILON;
        double right = p.x(b) + p.width(b) - EPSILON;
        double bottom = p.y(b) + p.height(b) - EPSILON;
        return Math.max(x0, x1) > left && Math.min(x0, x1) < right && Math.max(y0, y1) > top && Math.min(y0, y1) < bottom;
    }

    /** Whether a box is an assistant or in an assistant's team: drawn beside a manager's line. */
    private static boolean besideALine(LayoutTree tree, int box) {
        for (int b = box; b >= 0; b = tree.parentOf(b)) {
            if (tree.isAssistant(b)) {
                return true;
            }
        }
        return false;
    }

    /** The breadth a box's shown subtree spans: from, to. */
    private static double[] subtreeSpan(Axes a, LayoutTree tree, int top) {
        double[] span = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        int[] stack = new int[tree.size()];
        int size = 0;
        stack[size++] = top;
        while (size > 0) {
            int b = stack[--size];
            span[0] = Math.min(span[0], a.b(b));
            span[1] = Math.max(span[1], a.b(b) + a.bs(b));
            if (!tree.isCollapsed(b)) {
                for (int k = 0; k < tree.childCount(b); k++) {
                    stack[size++] = tree.child(b, k);
                }
            }
        }
        return span;
    }

    /** The far end (in depth) of a box's shown subtree. */
    private static double subtreeEnd(Axes a, LayoutTree tree, int top) {
        double end = a.d(top) + a.ds(top);
        int[] stack = new int[tree.size()];
        int size = 0;
        stack[size++] = top;
        while (size > 0) {
            int b = stack[--size];
            end = Math.max(end, a.d(b) + a.ds(b));
            if (!tree.isCollapsed(b)) {
                for (int k = 0; k < tree.childCount(b); k++) {
                    stack[size++] = tree.child(b, k);
                }
            }
        }
        return end;
    }

    private static int reachable(LayoutTree tree) {
        int count = 0;
        int[] stack = new int[tree.size()];
        int size = 0;
        for (int r = 0; r < tree.size(); r++) {
            if (tree.parentOf(r) < 0) {
                stack[size++] = r;
            }
        }
        while (size > 0) {
            int b = stack[--size];
            count++;
            if (!tree.isCollapsed(b)) {
                for (int k = 0; k < tree.childCount(b); k++) {
                    stack[size++] = tree.child(b, k);
                }
            }
        }
        return count;
    }
}
