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
     * Groups the runs of one direction that may meet, and gives each group's runs their lanes, in
     * steps of bounded work: the runs of the direction picked out, then sorted by where they may
     * start (a stable merge sort, a slice of a pass at a time), then a run at a time joined to
     * its later neighbours, the groups collected, and a group at a time placed.
     */
    private static final class Grouping {
        /** How many runs one step of picking, sorting or collecting goes through. */
        private static final int SLICE = 2_048;
        private static final int PICK = 0;
        private static final int SORT = 1;
        private static final int JOIN = 2;
        private static final int COLLECT = 3;
        private static final int PLACE = 4;

        private final List<Run> all;
        private final boolean horizontal;
        private final List<Run> picked = new ArrayList<>();
        private int stage = PICK;
        /** The run of {@link #all} the next step of picking starts at. */
        private int pickedUpTo;
        /** The sort: the picked runs' order so far, its keys, the width of the runs merged, where the pass is. */
        private int[] order;
        private int[] spare;
        private double[] key;
        private int width = 1;
        private int at;
        /** The picked runs sorted, once the sort is done. */
        private List<Run> runs;
        private int[] parent;
        /** The run whose later neighbours the next step joins to it. */
        private int next;
        private final List<List<Run>> groups = new ArrayList<>();
        private int[] groupOf;
        /** The run the next step of collecting starts at. */
        private int collected;
        /** The group the next step places. */
        private int placed;

        Grouping(List<Run> all, boolean horizontal) {
            this.all = all;
            this.horizontal = horizontal;
        }

        /** One step; whether every group is placed. */
        boolean step() {
            switch (stage) {
                case PICK -> pick();
                case SORT -> sort();
                case JOIN -> join();
                case COLLECT -> collect();
                default -> {
                    while (placed < groups.size() && groups.get(placed).size() <= 1) {
                        placed++;
                    }
                    if (placed < groups.size()) {
                        LanePlacement.place(groups.get(placed));
                        placed++;
                    }
                }
            }
            return stage == PLACE && placed >= groups.size();
        }

        private void pick() {
            int end = Math.min(all.size(), pickedUpTo + SLICE);
            for (int k = pickedUpTo; k < end; k++) {
                Run r = all.get(k);
                if (r.horizontal == horizontal && r.to - r.from > DottedLineLanes.EPSILON && !r.movable) {
                    // A run that stays is a lane taken: the others keep off it.
                    r.lo = r.at;
                    r.hi = r.at;
                    picked.add(r);
                } else if (r.horizontal == horizontal && r.movable) {
                    picked.add(r);
                }
            }
            pickedUpTo = end;
            if (pickedUpTo >= all.size()) {
                int n = picked.size();
                order = new int[n];
                spare = new int[n];
                key = new double[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                    key[i] = picked.get(i).reachFrom;
                }
                stage = SORT;
            }
        }

        /**
         * A slice of one pass of a bottom-up merge sort by where the runs may start; runs that
         * tie keep their order, as a stable sort keeps them.
         */
        private void sort() {
            int n = order.length;
            if (width >= n) {
                runs = new ArrayList<>(n);
                for (int i : order) {
                    runs.add(picked.get(i));
                }
                parent = new int[n];
                for (int i = 0; i < n; i++) {
                    parent[i] = i;
                }
                stage = JOIN;
                return;
            }
            int done = 0;
            while (at < n && done < SLICE) {
                int mid = Math.min(at + width, n);
                int end = Math.min(at + 2 * width, n);
                int i = at;
                int j = mid;
                for (int k = at; k < end; k++) {
                    if (i < mid && (j >= end || Double.compare(key[order[i]], key[order[j]]) <= 0)) {
                        spare[k] = order[i++];
                    } else {
                        spare[k] = order[j++];
                    }
                }
                done += end - at;
                at = end;
            }
            if (at >= n) {
                int[] t = order;
                order = spare;
                spare = t;
                width *= 2;
                at = 0;
            }
        }

        private void join() {
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
            }
            if (next >= n) {
                groupOf = new int[n];
                Arrays.fill(groupOf, -1);
                stage = COLLECT;
            }
        }

        private void collect() {
            int n = runs.size();
            int end = Math.min(n, collected + SLICE);
            for (int i = collected; i < end; i++) {
                int root = find(parent, i);
                if (groupOf[root] < 0) {
                    groupOf[root] = groups.size();
                    groups.add(new ArrayList<>());
                }
                groups.get(groupOf[root]).add(runs.get(i));
            }
            collected = end;
            if (collected >= n) {
                stage = PLACE;
            }
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
