package dev.orgwright.layout;

import dev.orgwright.layout.DottedLineLanes.Run;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * {@link DottedLineLanes#spread} done in small steps: each line's runs prepared, the runs of one
 * direction grouped where they may meet, each group placed in lanes ({@link LanePlacement}), each
 * line moved to its lanes. A cluster of a thousand long lines takes a few hundred milliseconds to
 * spread, far more than a frame, so a view's frame can stop between two steps and go on in the
 * next; the steps are the same, in the same order, so the lanes are those of a spread in one go.
 */
final class LaneSpreading {

    private static final int PREPARE = 0;
    private static final int HORIZONTAL = 1;
    private static final int VERTICAL = 2;
    private static final int MOVE = 3;
    private static final int DONE = 4;

    private final DottedLineLanes lanes;
    private final List<List<Point>> routes;
    private final int[] from;
    private final int[] to;
    private final List<Run[]> byLine;
    private final List<Run> all = new ArrayList<>();
    private final List<List<Point>> out;
    private int phase = PREPARE;
    /** The line the next step of the first or the last phase works on. */
    private int line;
    private Grouping grouping;

    LaneSpreading(DottedLineLanes lanes, List<List<Point>> routes, int[] from, int[] to) {
        this.lanes = lanes;
        this.routes = routes;
        this.from = from;
        this.to = to;
        this.byLine = new ArrayList<>(routes.size());
        this.out = new ArrayList<>(routes.size());
    }

    /**
     * Goes on with the steps while {@code goOn} says yes (asked after each step, so that every
     * call makes one step at least); whether the spreading is done.
     */
    boolean go(BooleanSupplier goOn) {
        boolean first = true;
        while (phase < DONE) {
            if (!first && !goOn.getAsBoolean()) {
                return false;
            }
            first = false;
            step();
        }
        return true;
    }

    /** The routes spread into lanes, once {@link #go} is done. */
    List<List<Point>> result() {
        if (phase < DONE) {
            throw new IllegalStateException("The lanes are not spread yet.");
        }
        return out;
    }

    private void step() {
        switch (phase) {
            case PREPARE -> {
                if (line < routes.size()) {
                    Run[] runs = lanes.prepared(line, routes.get(line), from[line], to[line]);
                    byLine.add(runs);
                    all.addAll(Arrays.asList(runs));
                    line++;
                } else {
                    phase = HORIZONTAL;
                    line = 0;
                }
            }
            case HORIZONTAL, VERTICAL -> {
                if (grouping == null) {
                    grouping = new Grouping(all, phase == HORIZONTAL);
                } else if (grouping.step()) {
                    grouping = null;
                    phase++;
                }
            }
            case MOVE -> {
                if (line < routes.size()) {
                    List<Point> moved = DottedLineLanes.moved(routes.get(line), byLine.get(line));
                    out.add(moved != null && lanes.clear(moved) ? moved : routes.get(line));
                    line++;
                } else {
                    phase = DONE;
                }
            }
            default -> throw new IllegalStateException("phase " + phase);
        }
    }

    /**
     * Groups the runs of one direction that may meet, and gives each group's runs their lanes:
     * a run at a time to find the groups, then a group at a time to place them.
     */
    private static final class Grouping {
        private final List<Run> runs = new ArrayList<>();
        private final int[] parent;
        /** The run whose later neighbours the next step joins to it. */
        private int next;
        private List<List<Run>> groups;
        /** The group the next step places. */
        private int placed;

        Grouping(List<Run> all, boolean horizontal) {
            for (Run r : all) {
                if (r.horizontal == horizontal && r.to - r.from > DottedLineLanes.EPSILON && !r.movable) {
                    // A run that stays is a lane taken: the others keep off it.
                    r.lo = r.at;
                    r.hi = r.at;
                    runs.add(r);
                } else if (r.horizontal == horizontal && r.movable) {
                    runs.add(r);
                }
            }
            runs.sort((p, q) -> Double.compare(p.reachFrom, q.reachFrom));
            parent = new int[runs.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
        }

        /** One step; whether every group is placed. */
        boolean step() {
            int n = runs.size();
            if (next < n) {
                int i = next++;
                Run p = runs.get(i);
                for (int j = i + 1; j < n && runs.get(j).reachFrom < p.reachTo; j++) {
                    Run q = runs.get(j);
                    if (q.lo <= p.hi && p.lo <= q.hi && (p.movable || q.movable)) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
                return false;
            }
            if (groups == null) {
                groups = new ArrayList<>();
                int[] groupOf = new int[n];
                Arrays.fill(groupOf, -1);
                for (int i = 0; i < n; i++) {
                    int root = find(parent, i);
                    if (groupOf[root] < 0) {
                        groupOf[root] = groups.size();
                        groups.add(new ArrayList<>());
                    }
                    groups.get(groupOf[root]).add(runs.get(i));
                }
                return groups.isEmpty();
            }
            while (placed < groups.size() && groups.get(placed).size() <= 1) {
                placed++;
            }
            if (placed < groups.size()) {
                LanePlacement.place(groups.get(placed));
                placed++;
            }
            return placed >= groups.size();
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
    }
}
