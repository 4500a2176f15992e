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
 * @param layout where its cards are
 * @param statistics its counts
 */
public record ChartSnapshot(Chart chart, Validation findings, ChartLayout layout, ChartStatistics statistics) {

    /** The first snapshot of a chart, made from nothing. */
    public static ChartSnapshot of(Chart chart, Validation findings, TreeLayout layout, CardSizer sizer,
            Set<PositionId> collapsed) {
        return new ChartSnapshot(chart, findings, layout.layout(chart, sizer, collapsed),
                ChartStatistics.of(chart));
    }

    /**
     * The snapshot of {@code next} (with its findings), laid out with {@code layout} and
     * {@code collapsed}, from this one.
     */
    public ChartSnapshot advance(Chart next, Validation nextFindings, TreeLayout layout, CardSizer sizer,
            Set<PositionId> collapsed) {
        return new ChartSnapshot(next, nextFindings, layout.layout(next, sizer, collapsed, this.layout),
                statistics.advance(next));
    }
}
