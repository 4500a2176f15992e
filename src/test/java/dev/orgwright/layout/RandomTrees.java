package dev.orgwright.layout;

import java.util.Random;

/** Trees for layout tests and benchmarks, shaped like real org charts or deliberately extreme. */
final class RandomTrees {

    private RandomTrees() {
    }

    /**
     * A realistic org chart: each manager has 3 to 12 reports, filled breadth first until
     * {@code n} boxes; box sizes vary like cards with short and long titles. Ranks: the root and
     * its reports are tier 1, the next level tier 2, the rest tier 3.
     */
    static LayoutTree realistic(int n, long seed) {
        Random random = new Random(seed);
        int[] parent = new int[n];
        int[] level = new int[n];
        parent[0] = -1;
        int next = 1;
        int manager = 0;
        while (next < n) {
            int span = 3 + random.nextInt(10);
            for (int k = 0; k < span && next < n; k++) {
                level[next] = level[manager] + 1;
                parent[next++] = manager;
            }
            manager++;
        }
        LayoutTree.Builder b = LayoutTree.builder(n);
        for (int i = 0; i < n; i++) {
            b.add(parent[i], 120 + random.nextInt(100), 48 + random.nextInt(40), Math.min(3, Math.max(1, level[i])), false);
        }
        return b.build();
    }

    /** A random forest: each box's parent is a random earlier box, or none. */
    static LayoutTree random(int n, long seed, int roots) {
        Random random = new Random(seed);
        LayoutTree.Builder b = LayoutTree.builder(n);
        for (int i = 0; i < n; i++) {
            int parent = i < roots ? -1 : random.nextInt(i);
            b.add(parent, 20 + random.nextInt(200), 20 + random.nextInt(80), random.nextInt(4), random.nextInt(20) == 0);
        }
        return b.build();
    }

    /**
     * A random forest like {@link #random}, where about one box in five is an assistant to its
     * parent, some of them with reports of their own.
     */
    static LayoutTree withAssistants(int n, long seed, int roots) {
        Random random = new Random(seed);
        LayoutTree.Builder b = LayoutTree.builder(n);
        for (int i = 0; i < n; i++) {
            int parent = i < roots ? -1 : random.nextInt(i);
            b.add(parent, 20 + random.nextInt(200), 20 + random.nextInt(80), random.nextInt(4), random.nextInt(20) == 0,
                    random.nextInt(5) == 0);
        }
        return b.build();
    }

    static LayoutTree chain(int n) {
        LayoutTree.Builder b = LayoutTree.builder(n);
        for (int i = 0; i < n; i++) {
            b.add(i - 1, 160, 60, 1, false);
        }
        return b.build();
    }

    static LayoutTree star(int n) {
        LayoutTree.Builder b = LayoutTree.builder(n);
        for (int i = 0; i < n; i++) {
            b.add(i == 0 ? -1 : 0, 160, 60, 1, false);
        }
        return b.build();
    }
}
