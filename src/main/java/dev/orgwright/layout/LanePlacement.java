package dev.orgwright.layout;

import dev.orgwright.layout.DottedLineLanes.Run;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places the runs of one group of {@link DottedLineLanes} (runs of one direction that share a
 * gap) in lanes: as far apart as their ranges allow, in the order of their ranges and routed
 * positions, off the runs that stay where they were routed.
 */
final class LanePlacement {

    private static final double EPSILON = 1e-9;
    private static final double MIN_STEP = DottedLineLanes.MIN_STEP;

    private LanePlacement() {
    }

    /**
     * Gives the runs of one group lanes as far apart as their ranges allow: each run takes a
     * lane within its own range, the runs taken in the order of their ranges' high ends (then
     * of their routed positions) and each placed as low as it can, the widest spacing found by
     * bisection. Where no card bounds the low side (the chart's outer edge), the runs are
     * placed from the high side outwards; where no card bounds either side, around their routes.
     */
    static void place(List<Run> runs) {
        List<Run> group = new ArrayList<>();
        List<Run> staying = new ArrayList<>();
        for (Run r : runs) {
            (r.movable ? group : staying).add(r);
        }
        if (group.size() == 1) {
            keepOff(group.get(0), staying);
        }
        if (group.size() <= 1) {
            return;
        }
        boolean openLo = true;
        boolean openHi = true;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (Run r : group) {
            openLo &= !r.loCard;
            openHi &= !r.hiCard;
            min = Math.min(min, r.lo);
            max = Math.max(max, r.hi);
            sum += r.at;
        }
        boolean mirror = openLo && !openHi;
        int n = group.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] at = new double[n];
        for (int k = 0; k < n; k++) {
            Run r = group.get(k);
            lo[k] = mirror ? -r.hi : r.lo;
            hi[k] = mirror ? -r.lo : r.hi;
            at[k] = mirror ? -r.at : r.at;
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (p, q) -> hi[p] != hi[q] ? Double.compare(hi[p], hi[q])
                : at[p] != at[q] ? Double.compare(at[p], at[q])
                : group.get(p).line != group.get(q).line ? Integer.compare(group.get(p).line, group.get(q).line)
                : Integer.compare(group.get(p).index, group.get(q).index));
        double most = (max - min) / n;
        if (openLo || openHi) {
            most = Math.min(most, DottedLineLanes.LANE);
        }
        double[] lanes = new double[n];
        if (!fits(order, lo, hi, most, lanes)) {
            double least = 0;
            if (!fits(order, lo, hi, EPSILON * 1e3, lanes)) {
                return; // no room: they keep their routes
            }
            for (int step = 0; step < 30; step++) {
                double mid = (least + most) / 2;
                if (fits(order, lo, hi, mid, lanes)) {
                    least = mid;
                } else {
                    most = mid;
                }
            }
            fits(order, lo, hi, least, lanes);
        }
        if (openLo && openHi) {
            double mean = 0;
            for (double v : lanes) {
                mean += v;
            }
            double shift = sum / n - mean / n;
            boolean inside = true;
            for (int k = 0; k < n; k++) {
                inside &= lanes[k] + shift > lo[k] && lanes[k] + shift < hi[k];
            }
            if (inside) {
                for (int k = 0; k < n; k++) {
                    lanes[k] += shift;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            group.get(k).lane = mirror ? -lanes[k] : lanes[k];
        }
        for (Run r : group) {
            keepOff(r, staying);
        }
    }

    /**
     * Whether the runs fit in their ranges {@code step} apart and half a step in from the ends
     * of their ranges, placed in the given order each as low as it can; the lanes go to {@code lanes}.
     */
    private static boolean fits(Integer[] order, double[] lo, double[] hi, double step, double[] lanes) {
        double last = Double.NEGATIVE_INFINITY;
        for (int k : order) {
            double p = Math.max(lo[k] + step / 2, last + step);
            if (p > hi[k] - step / 2 + EPSILON) {
                return false;
            }
            lanes[k] = p;
            last = p;
        }
        return true;
    }

    /** Moves a lane that lies on a run that stays, by half a step, within its range. */
    private static void keepOff(Run r, List<Run> staying) {
        for (int k = 0; k < 8 && on(r.lane, r, staying); k++) {
            double step = MIN_STEP / 2 * (k / 2 + 1) * (k % 2 == 0 ? 1 : -1);
            double lane = r.lane + step;
            if (lane > r.lo && lane < r.hi && !on(lane, r, staying)) {
                r.lane = lane;
                return;
            }
        }
    }

    private static boolean on(double lane, Run r, List<Run> staying) {
        for (Run s : staying) {
            if (Math.abs(lane - s.at) < MIN_STEP / 4 && s.from < r.reachTo && r.reachFrom < s.to) {
                return true;
            }
        }
        return false;
    }
}
