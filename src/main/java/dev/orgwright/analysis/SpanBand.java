package dev.orgwright.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A range of spans of control that managers are counted in ("4-7": managers with four to seven
 * direct reports).
 *
 * @param min the smallest span in the band, at least 1
 * @param max the largest, or {@link Integer#MAX_VALUE} for an open band ("17+")
 */
public record SpanBand(int min, int max) {

    /** The bands of common practice: 1, 2-3, 4-7, 8-12, 13-16, 17+. */
    public static final List<SpanBand> DEFAULTS = List.of(new SpanBand(1, 1), new SpanBand(2, 3),
            new SpanBand(4, 7), new SpanBand(8, 12), new SpanBand(13, 16), new SpanBand(17, Integer.MAX_VALUE));

    public SpanBand {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("A span band runs from 1 or more up to at least its start: "
                    + min + "-" + max + ".");
        }
    }

    /** Whether a manager with {@code span} direct reports is in the band. */
    public boolean holds(int span) {
        return span >= min && span <= max;
    }

    /** "1", "2-3", "17+". */
    public String label() {
        return max == Integer.MAX_VALUE ? min + "+" : min == max ? String.valueOf(min) : min + "-" + max;
    }

    /**
     * Bands from their starts: {@code [1, 2, 4, 8, 13, 17]} gives the defaults, the last band open.
     * The starts must rise from 1.
     */
    public static List<SpanBand> fromStarts(List<Integer> starts) {
        if (starts.isEmpty() || starts.get(0) != 1) {
            throw new IllegalArgumentException("Span bands start at a span of 1: " + starts + ".");
        }
        List<SpanBand> bands = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) - 1 : Integer.MAX_VALUE;
            if (end < starts.get(i)) {
                throw new IllegalArgumentException("Span bands must start at rising spans: " + starts + ".");
            }
            bands.add(new SpanBand(starts.get(i), end));
        }
        return List.copyOf(bands);
    }
}
