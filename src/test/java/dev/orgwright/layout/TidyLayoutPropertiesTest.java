package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The engine's promises, on random forests with random box sizes, in every mode. */
class TidyLayoutPropertiesTest {

    private static List<LayoutOptions> allModes() {
        List<LayoutOptions> modes = new ArrayList<>();
        for (LayoutOptions.Rows rows : LayoutOptions.Rows.values()) {
            for (boolean compact : new boolean[] {false, true}) {
                for (LayoutOptions.Orientation o : LayoutOptions.Orientation.values()) {
                    modes.add(LayoutOptions.DEFAULT.withRows(rows).withCompact(compact).withOrientation(o));
                }
            }
        }
        return modes;
    }

    @Property(tries = 60)
    void noTwoBoxesOverlapOrComeCloserThanTheGap(@ForAll @IntRange(min = 1, max = 300) int n,
                                                  @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                                  @ForAll @IntRange(min = 1, max = 4) int roots) {
        LayoutTree tree = RandomTrees.random(n, seed, Math.min(roots, n));
        for (LayoutOptions options : allModes()) {
            Placement p = TidyLayout.place(tree, options);
            assertNoOverlap(p, options.siblingGap(), options);
        }
    }

    @Property(tries = 60)
    void everyReportIsBelowItsManagerOrRightOfItWhenLeftToRight(@ForAll @IntRange(min = 1, max = 300) int n,
                                                                @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        LayoutTree tree = RandomTrees.random(n, seed, 1);
        for (LayoutOptions options : allModes()) {
            Placement p = TidyLayout.place(tree, options);
            boolean topDown = options.orientation() == LayoutOptions.Orientation.TOP_DOWN;
            for (int b : p.preorder()) {
                int m = tree.parentOf(b);
                if (m < 0) {
                    continue;
                }
                double managerEnd = topDown ? p.y(m) + p.height(m) : p.x(m) + p.width(m);
                double reportStart = topDown ? p.y(b) : p.x(b);
                assertTrue(reportStart >= managerEnd + options.rowGap() - 1e-6,
                        "box " + b + " is not past its manager " + m + " in " + options);
            }
        }
    }

    @Property(tries = 60)
    void siblingsKeepTheirOrderAndManagersAreCentredOverTheirReports(
            @ForAll @IntRange(min = 1, max = 300) int n, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        LayoutTree tree = RandomTrees.random(n, seed, 2);
        LayoutOptions options = LayoutOptions.DEFAULT;
        Placement p = TidyLayout.place(tree, options);
        for (int m = 0; m < tree.size(); m++) {
            if (!p.isVisible(m) || tree.isCollapsed(m) || tree.childCount(m) == 0) {
                continue;
            }
            for (int i = 1; i < tree.childCount(m); i++) {
                int before = tree.child(m, i - 1);
                int after = tree.child(m, i);
                assertTrue(p.x(after) >= p.x(before) + p.width(before) + options.siblingGap() - 1e-6,
                        "reports of " + m + " out of order");
            }
            int first = tree.child(m, 0);
            int last = tree.child(m, tree.childCount(m) - 1);
            double centre = (p.x(first) + p.width(first) / 2 + p.x(last) + p.width(last) / 2) / 2;
            assertEquals(centre, p.x(m) + p.width(m) / 2, 1e-6, "manager " + m + " is not centred");
        }
    }

    @Property(tries = 40)
    void byTierRowsNeverMixTiers(@ForAll @IntRange(min = 1, max = 300) int n,
                                 @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        // Ranks that follow the tree (a report never outranks its manager) so no box is pushed out of its band.
        LayoutTree random = RandomTrees.random(n, seed, 1);
        LayoutTree.Builder b = LayoutTree.builder(n);
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            int parent = random.parentOf(i);
            rank[i] = parent < 0 ? 1 : Math.min(3, rank[parent] + (int) ((seed + i) % 2));
            b.add(parent, 100, 40 + (i % 3) * 20, rank[i], false);
        }
        LayoutTree tree = b.build();
        Placement p = TidyLayout.place(tree, LayoutOptions.DEFAULT.withRows(LayoutOptions.Rows.BY_TIER));
        double[] top = new double[4];
        double[] bottom = new double[4];
        Arrays.fill(top, Double.POSITIVE_INFINITY);
        Arrays.fill(bottom, Double.NEGATIVE_INFINITY);
        for (int box : p.preorder()) {
            top[rank[box]] = Math.min(top[rank[box]], p.y(box));
            bottom[rank[box]] = Math.max(bottom[rank[box]], p.y(box) + p.height(box));
        }
        for (int r = 1; r < 3; r++) {
            for (int s = r + 1; s <= 3; s++) {
                if (bottom[r] > Double.NEGATIVE_INFINITY && top[s] < Double.POSITIVE_INFINITY) {
                    assertTrue(bottom[r] <= top[s], "tier " + r + " reaches into the band of tier " + s);
                }
            }
        }
    }

    @Property(tries = 30)
    void theSameTreeAndOptionsGiveTheSameCoordinates(@ForAll @IntRange(min = 1, max = 200) int n,
                                                     @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        for (LayoutOptions options : allModes()) {
            Placement a = TidyLayout.place(RandomTrees.random(n, seed, 2), options);
            Placement b = TidyLayout.place(RandomTrees.random(n, seed, 2), options);
            assertArrayEquals(coordinates(a, n), coordinates(b, n));
        }
    }

    @Property(tries = 60)
    void aBoxAddedInOneSubtreeKeepsEveryOtherSubtreeInShape(@ForAll @IntRange(min = 1, max = 200) int n,
                                                           @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                                           @ForAll @IntRange(min = 0, max = 10_000) int where) {
        LayoutTree random = RandomTrees.random(n, seed, 2);
        int manager = where % n;
        // The new box is as small as any box, so no row grows; it goes last among its siblings.
        LayoutTree before = copy(random, -1);
        LayoutTree after = copy(random, manager);
        boolean[] onPath = new boolean[n];
        for (int b = manager; b >= 0; b = random.parentOf(b)) {
            onPath[b] = true;
        }
        // By depth only: by tier, a box may land on a row slot that was empty and so rightly push
        // the rows below it down.
        for (LayoutOptions options : List.of(LayoutOptions.DEFAULT,
                LayoutOptions.DEFAULT.withOrientation(LayoutOptions.Orientation.LEFT_RIGHT))) {
            Placement a = TidyLayout.place(before, options);
            Placement b = TidyLayout.place(after, options);
            for (int t = 0; t < n; t++) {
                int top = t;
                int parent = random.parentOf(top);
                if (onPath[top] || (parent >= 0 && !onPath[parent])) {
                    continue;
                }
                // top hangs off the path to the new box (or is another root): its subtree moves as one.
                double dx = b.x(top) - a.x(top);
                double dy = b.y(top) - a.y(top);
                forEachInSubtree(random, top, box -> {
                    assertEquals(dx, b.x(box) - a.x(box), 1e-6, "box " + box + " below " + top + " in " + options);
                    assertEquals(dy, b.y(box) - a.y(box), 1e-6, "box " + box + " below " + top + " in " + options);
                });
            }
            // The new box's siblings keep their places relative to one another.
            for (int i = 1; i < random.childCount(manager); i++) {
                int first = random.child(manager, 0);
                int other = random.child(manager, i);
                assertEquals(a.x(other) - a.x(first), b.x(other) - b.x(first), 1e-6);
                assertEquals(a.y(other) - a.y(first), b.y(other) - b.y(first), 1e-6);
            }
        }
    }

    /** The tree without collapsed boxes, plus a 20 × 20 box of no tier under {@code newParent} (none if -1). */
    private static LayoutTree copy(LayoutTree tree, int newParent) {
        LayoutTree.Builder b = LayoutTree.builder(tree.size() + 1);
        for (int i = 0; i < tree.size(); i++) {
            b.add(tree.parentOf(i), tree.width[i], tree.height[i], tree.tierRank[i], false);
        }
        if (newParent >= 0) {
            b.add(newParent, 20, 20, 0, false);
        }
        return b.build();
    }

    private static void forEachInSubtree(LayoutTree tree, int top, java.util.function.IntConsumer visit) {
        int[] stack = new int[tree.size()];
        int size = 0;
        stack[size++] = top;
        while (size > 0) {
            int box = stack[--size];
            visit.accept(box);
            for (int i = 0; i < tree.childCount(box); i++) {
                stack[size++] = tree.child(box, i);
            }
        }
    }

    private static double[] coordinates(Placement p, int n) {
        double[] out = new double[n * 2];
        for (int i = 0; i < n; i++) {
            out[2 * i] = p.x(i);
            out[2 * i + 1] = p.y(i);
        }
        return out;
    }

    static void assertNoOverlap(Placement p, double gap, Object context) {
        int[] boxes = p.preorder();
        Integer[] byX = Arrays.stream(boxes).boxed().sorted(Comparator.comparingDouble(p::x)).toArray(Integer[]::new);
        for (int a = 0; a < byX.length; a++) {
            int i = byX[a];
            for (int c = a + 1; c < byX.length && p.x(byX[c]) < p.x(i) + p.width(i) + gap - 1e-6; c++) {
                int j = byX[c];
                boolean sameBand = p.y(i) < p.y(j) + p.height(j) && p.y(j) < p.y(i) + p.height(i);
                assertTrue(!sameBand, "boxes " + i + " and " + j + " overlap or are closer than " + gap + " in " + context
                        + ": (" + p.x(i) + ", " + p.y(i) + ") and (" + p.x(j) + ", " + p.y(j) + ")");
            }
        }
    }
}
