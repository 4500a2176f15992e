package dev.orgwright.ui.editor;

import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.rules.Validation;
import java.util.Set;

/**
 * What a window derives from one version of its chart: the findings, the layout and the
 * counts. Each snapshot is made from the previous one, so each derived part can reuse what the
 * change left alone; the layout decides for itself whether its previous result still fits.
 *
 * @param chart the chart version
 * @param findings its findings
 * @param layout where its cards are: all of them, or those of the team shown alone
 * @param statistics its counts
 */
public record ChartSnapshot(Chart chart, Validation findings, ChartLayout layout, ChartStatistics statistics) {

    /** The first snapshot of a chart, made from nothing. */
    public static ChartSnapshot of(Chart chart, Validation findings, TreeLayout layout, CardSizer sizer,
            Set<PositionId> collapsed) {
        return of(chart, chart, findings, layout, sizer, collapsed);
    }

    /** The first snapshot of {@code chart}, of which {@code shown} (the chart or one team of it) is laid out. */
    static ChartSnapshot of(Chart chart, Chart shown, Validation findings, TreeLayout layout, CardSizer sizer,
            Set<PositionId> collapsed) {
        return new ChartSnapshot(chart, findings, layout.layout(shown, sizer, collapsed),
                ChartStatistics.of(chart));
    }

    /**
     * The snapshot of {@code next} (with its findings), laid out with {@code layout} and
     * {@code collapsed}, from this one.
     */
    public ChartSnapshot advance(Chart next, Validation nextFindings, TreeLayout layout, CardSizer sizer,
            Set<PositionId> collapsed) {
        return advance(next, next, nextFindings, layout, sizer, collapsed);
    }

    /** As above, with {@code shown} (the chart or one team of it) laid out. */
    ChartSnapshot advance(Chart next, Chart shown, Validation nextFindings, TreeLayout layout, CardSizer sizer,
            Set<PositionId> collapsed) {
        return new ChartSnapshot(next, nextFindings, layout.layout(shown, sizer, collapsed, this.layout),
                statistics.advance(next));
    }
}
