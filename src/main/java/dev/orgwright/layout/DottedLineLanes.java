package dev.orgwright.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Spreads the runs of different dotted lines that share a gap into lanes of their own (nudging),
 * so that no two lines run on top of each other. Pure geometry over routed polylines and the
 * cards.
 *
 * <p>Each run's gap is the free interval across it between the nearest cards on either side
 * along the whole length the run can take once its neighbours move (their own gaps). Runs of
 * the same direction whose lengths overlap and whose gaps overlap form a group; a group of two
 * or more takes the part of the gaps common to all of them, within the clearance from the cards
 * where there is room, and its runs are spread evenly across it in the order of their routed
 * positions, leaving the middle, where the solid lines run, free. A side with no card within
 * {@link #REACH} (the chart's outer edge) gives lanes {@link #LANE} apart outwards, up to
 * {@link #OUTER} past the chart's bounds. The first and last runs keep their ends on their
 * cards' sides. A line whose moved runs would enter a card keeps its routed runs.
 */
final class DottedLineLanes {

    /** How far across a run its gap is looked for; lanes never move a run further. */
    static final double REACH = 60;
    /** The distance between lanes where a gap has no card on one side. */
    static final double LANE = 6;
    /** How far past the chart's bounds lanes may go: within every export's margin. */
    static final double OUTER = 20;
    static final double EPSILON = 1e-9;
    /** How far a lane moves off a run that stays. */
    static final double MIN_STEP = 0.5;

    private final BandIndex cards;
    private final double[] x;
    private final double[] y;
    private final double[] w;
    private final double[] h;
    private final Box bounds;

    DottedLineLanes(BandIndex cards, double[] x, double[] y, double[] w, double[] h, Box bounds) {
        this.cards = cards;
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
        this.bounds = bounds;
    }

    /** One run of one line. */
    static final class Run {
        int line;
        int index;
        boolean horizontal;
        /** Where the run lies across (y of a horizontal run), and where it goes. */
        double at;
        double lane;
        /** Its length along, and the length it may take once its neighbours move. */
        double from;
        double to;
        double reachFrom;
        double reachTo;
        /** Its gap: free across its length, then across the length it may take. */
        double gapLo;
        double gapHi;
        /** The lane range: the gap within the clearance, and on its card's side for an end run. */
        double lo;
        double hi;
        boolean loCard;
        boolean hiCard;
        boolean fixed;
        /** Whether the run has a lane range; the others stay where they are routed. */
        boolean movable;
    }

    /**
     * The routes with the runs that share a gap spread into lanes; {@code from[k]} and
     * {@code to[k]} are the end cards of {@code routes.get(k)}.
     */
    List<List<Point>> spread(List<List<Point>> routes, int[] from, int[] to) {
        LaneSpreading spreading = spreading(routes, from, to);
        spreading.go(() -> true);
        return spreading.result();
    }

    /** The spreading of {@link #spread}, to be done in steps. */
    LaneSpreading spreading(List<List<Point>> routes, int[] from, int[] to) {
        return new LaneSpreading(this, routes, from, to);
    }

    /**
     * The runs of one routed line with their gaps and lane ranges, which depend only on the line
     * and the cards; {@code line} orders lines whose runs tie in a group.
     */
    Run[] prepared(int line, List<Point> route, int startCard, int endCard) {
        Run[] runs = runs(line, route);
        for (Run r : runs) {
            double[] g = gap(r.horizontal, r.at, r.from, r.to);
            if (g == null) {
                r.fixed = true;
                r.gapLo = r.at;
                r.gapHi = r.at;
            } else {
                r.gapLo = g[0];
                r.gapHi = g[1];
            }
        }
        for (int j = 0; j < runs.length; j++) {
            Run r = runs[j];
            r.reachFrom = r.from;
            r.reachTo = r.to;
            if (j > 0) {
                widen(r, runs[j - 1]);
            }
            if (j < runs.length - 1) {
                widen(r, runs[j + 1]);
            }
        }
        for (int j = 0; j < runs.length; j++) {
            lanes(runs[j], j == 0 ? startCard : -1, j == runs.length - 1 ? endCard : -1);
        }
        return runs;
    }

    /**
     * Whether some run of one line and some run of another would be grouped by {@link #spread}:
     * the same direction, lengths they may take that overlap, lane ranges that overlap, and at
     * least one of them movable. Lines none of whose runs meet get the same lanes whether they
     * are spread together or apart.
     */
    static boolean meet(Run[] a, Run[] b) {
        for (Run p : a) {
            if (!grouped(p)) {
                continue;
            }
            for (Run q : b) {
                if (q.horizontal == p.horizontal && grouped(q) && (p.movable || q.movable)
                        && Math.max(p.reachFrom, q.reachFrom) < Math.min(p.reachTo, q.reachTo)
                        && lo(q) <= hi(p) && lo(p) <= hi(q)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a rectangle may hold a run that meets one of these runs: the rectangles of their
     * lengths and lane ranges, touching included.
     */
    static boolean mayMeet(Run[] runs, Box box) {
        return mayMeet(runs, box::intersects);
    }

    /** Where a line may be: whether it may share a point with a rectangle. */
    @FunctionalInterface
    interface Area {
        boolean intersects(double x, double y, double width, double height);
    }

    /** {@link #mayMeet(Run[], Box)} for a line that may be anywhere in {@code box}. */
    static boolean mayMeet(Run[] runs, Area box) {
        for (Run r : runs) {
            if (!grouped(r)) {
                continue;
            }
            boolean hit = r.horizontal
                    ? box.intersects(r.reachFrom, lo(r), r.reachTo - r.reachFrom, hi(r) - lo(r))
                    : box.intersects(lo(r), r.reachFrom, hi(r) - lo(r), r.reachTo - r.reachFrom);
            if (hit) {
                return true;
            }
        }
        return false;
    }

    private static boolean grouped(Run r) {
        return r.movable || r.to - r.from > EPSILON;
    }

    private static double lo(Run r) {
        return r.movable ? r.lo : r.at;
    }

    private static double hi(Run r) {
        return r.movable ? r.hi : r.at;
    }

    private Run[] runs(int line, List<Point> p) {
        Run[] runs = new Run[p.size() - 1];
        for (int j = 0; j + 1 < p.size(); j++) {
            Point a = p.get(j);
            Point b = p.get(j + 1);
            Run r = new Run();
            r.line = line;
            r.index = j;
            r.horizontal = a.y() == b.y();
            r.at = r.horizontal ? a.y() : a.x();
            r.lane = r.at;
            r.from = r.horizontal ? Math.min(a.x(), b.x()) : Math.min(a.y(), b.y());
            r.to = r.horizontal ? Math.max(a.x(), b.x()) : Math.max(a.y(), b.y());
            r.fixed = r.to - r.from <= EPSILON || (a.x() != b.x() && a.y() != b.y());
            runs[j] = r;
        }
        return runs;
    }

    /** The length run {@code r} may take once its neighbour {@code n} moves within its gap. */
    private static void widen(Run r, Run n) {
        r.reachFrom = Math.min(r.reachFrom, n.gapLo);
        r.reachTo = Math.max(r.reachTo, n.gapHi);
    }

    /**
     * The free interval across a run at {@code at} from {@code a} to {@code b}: {lo, hi, whether
     * a card bounds the low side (1) or not (0), the same for the high side}; {@code null} when
     * a card lies across {@code at} there.
     */
    private double[] gap(boolean horizontal, double at, double a, double b) {
        double[] g = {at - REACH, at + REACH, 0, 0};
        double boundLo = (horizontal ? bounds.y() : bounds.x()) - OUTER;
        double boundHi = (horizontal ? bounds.bottom() : bounds.right()) + OUTER;
        g[0] = Math.max(g[0], Math.min(boundLo, at));
        g[1] = Math.min(g[1], Math.max(boundHi, at));
        boolean[] across = {false};
        IntervalVisit visit = i -> {
            double along0 = horizontal ? x[i] : y[i];
            double along1 = along0 + (horizontal ? w[i] : h[i]);
            if (!(along0 < b - EPSILON && a + EPSILON < along1)) {
                return;
            }
            double lo = horizontal ? y[i] : x[i];
            double hi = lo + (horizontal ? h[i] : w[i]);
            if (hi <= at + EPSILON) {
                if (hi > g[0]) {
                    g[0] = hi;
                    g[2] = 1;
                }
            } else if (lo >= at - EPSILON) {
                if (lo < g[1]) {
                    g[1] = lo;
                    g[3] = 1;
                }
            } else {
                across[0] = true;
            }
        };
        if (horizontal) {
            cards.forEachIn(a, at - REACH, b - a, 2 * REACH, visit::at);
        } else {
            cards.forEachIn(at - REACH, a, 2 * REACH, b - a, visit::at);
        }
        return across[0] ? null : g;
    }

    private interface IntervalVisit {
        void at(int i);
    }

    /** Works out the run's gap along the length it may take, and its lane range. */
    private void lanes(Run r, int startCard, int endCard) {
        if (r.fixed) {
            return;
        }
        double[] g = gap(r.horizontal, r.at, r.reachFrom, r.reachTo);
        if (g == null) {
            r.fixed = true;
            return;
        }
        double c = DottedLineRouter.CLEARANCE;
        r.loCard = g[2] == 1;
        r.hiCard = g[3] == 1;
        double lo = g[0] + (r.loCard ? c : 0);
        double hi = g[1] - (r.hiCard ? c : 0);
        if (hi - lo < 2 || r.at < lo || r.at > hi) {
            lo = g[0];
            hi = g[1];
        }
        double[] range = onSides(r, lo, hi, startCard, endCard, true);
        if (range == null) {
            // Two cards that barely face each other: their sides' whole common part.
            range = onSides(r, lo, hi, startCard, endCard, false);
        }
        if (range == null) {
            r.fixed = true;
            return;
        }
        lo = range[0];
        hi = range[1];
        r.lo = lo;
        r.hi = hi;
        r.movable = true;
    }

    /**
     * The part of {@code lo..hi} on the sides of the run's end cards, off their corners if
     * {@code margin}; {@code null} if none. Marks the run's range as bounded where a side bounds it.
     */
    private double[] onSides(Run r, double lo, double hi, int startCard, int endCard, boolean margin) {
        for (int card : new int[] {startCard, endCard}) {
            if (card >= 0) {
                double along = r.horizontal ? y[card] : x[card];
                double size = r.horizontal ? h[card] : w[card];
                double m = margin ? Math.min(size * 0.1, 2) : 0;
                if (along + m > lo) {
                    lo = along + m;
                    r.loCard = true;
                }
                if (along + size - m < hi) {
                    hi = along + size - m;
                    r.hiCard = true;
                }
            }
        }
        return hi > lo ? new double[] {lo, hi} : null;
    }

    /** The polyline through the runs at their lanes; {@code null} for a line with a run that is not straight. */
    static List<Point> moved(List<Point> p, Run[] runs) {
        List<Point> out = new ArrayList<>(p.size());
        for (int j = 0; j < p.size(); j++) {
            Point q = p.get(j);
            double px = q.x();
            double py = q.y();
            for (int side = 0; side < 2; side++) {
                int r = j - 1 + side;
                if (r < 0 || r >= runs.length) {
                    continue;
                }
                if (runs[r].to - runs[r].from <= EPSILON) {
                    continue;
                }
                if (runs[r].horizontal) {
                    py = runs[r].lane;
                } else {
                    px = runs[r].lane;
                }
            }
            out.add(new Point(px, py));
        }
        return out;
    }

    /** Whether no run of the polyline enters a card (its own cards included: it only touches their sides). */
    boolean clear(List<Point> p) {
        for (int j = 0; j + 1 < p.size(); j++) {
            Point a = p.get(j);
            Point b = p.get(j + 1);
            double rx = Math.min(a.x(), b.x());
            double ry = Math.min(a.y(), b.y());
            double rw = Math.abs(a.x() - b.x());
            double rh = Math.abs(a.y() - b.y());
            boolean[] hit = {false};
            cards.forEachIn(rx, ry, rw, rh, i -> {
                if (x[i] < rx + rw - EPSILON && rx < x[i] + w[i] - EPSILON
                        && y[i] < ry + rh - EPSILON && ry < y[i] + h[i] - EPSILON) {
                    hit[0] = true;
                }
            });
            if (hit[0]) {
                return false;
            }
        }
        return true;
    }
}
