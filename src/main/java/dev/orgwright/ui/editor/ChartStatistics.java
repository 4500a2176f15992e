package dev.orgwright.ui.editor;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartChange;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.Optional;

/**
 * The counts the status bar shows of a chart. The next chart's counts are worked out from
 * these for what its edits touched, so most edits of a 100,000-position chart cost what they
 * changed.
 *
 * @param chart the chart counted
 * @param vacancies how many of its positions have no holder
 */
public record ChartStatistics(Chart chart, int vacancies) {

    /** Counts every position of {@code chart}. */
    public static ChartStatistics of(Chart chart) {
        int vacancies = 0;
        for (Position p : chart.inTreeOrder()) {
            vacancies += p.isVacant() ? 1 : 0;
        }
        return new ChartStatistics(chart, vacancies);
    }

    public int positions() {
        return chart.size();
    }

    /** The counts of {@code now}, looking only at what changed since this chart when it can tell. */
    public ChartStatistics advance(Chart now) {
        if (now == chart) {
            return this;
        }
        Optional<ChartChange> change = now.changesSince(chart);
        if (change.isEmpty() || change.get().positions().size() >= now.size() / 4 + 16) {
            return of(now);
        }
        int n = vacancies;
        for (PositionId id : change.get().positions()) {
            n -= chart.find(id).map(p -> p.isVacant() ? 1 : 0).orElse(0);
            n += now.find(id).map(p -> p.isVacant() ? 1 : 0).orElse(0);
        }
        return new ChartStatistics(now, n);
    }
}
