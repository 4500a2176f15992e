package dev.orgwright.model.diff;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * The FTE of a whole chart, for comparing two: a pool of 12.5 FTE counts as 12.5, a part-time
 * role as its fraction. A comparison that adds a pool of twenty people changes one position but
 * twenty FTE, and says so.
 */
public final class FteTotals {

    private FteTotals() {
    }

    /** The FTE of every position of {@code chart} together. */
    public static BigDecimal of(Chart chart) {
        BigDecimal total = BigDecimal.ZERO;
        for (Position p : chart.inTreeOrder()) {
            total = total.add(p.fte());
        }
        return total;
    }

    /** "FTE 1,790.87 → 1,802.37" when the two charts' totals differ; empty when they are the same. */
    public static Optional<String> change(Chart before, Chart after) {
        BigDecimal was = of(before);
        BigDecimal now = of(after);
        return was.compareTo(now) == 0 ? Optional.empty()
                : Optional.of("FTE " + grouped(was) + " → " + grouped(now));
    }

    private static String grouped(BigDecimal n) {
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
    }
}
