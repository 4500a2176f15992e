package dev.orgwright.ui.editor;

import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.ui.fx.CachedCardSizer;
import dev.orgwright.model.PositionId;
import dev.orgwright.rules.Validation;
import java.util.Objects;
import java.util.Set;

/**
 * The one place a window's derived snapshot is advanced: each chart version, folded team or
 * change of layout options makes the next snapshot from the current one.
 */
final class SnapshotChain {

    private final CardSizer base;
    /** The sizer for the current chart's card template: the window's own, or one made for the template. */
    private CardSizer sizer;
    private CardTemplate template = CardTemplate.DEFAULT;
    /** New windows lay out automatically, for a 16:10 screen. */
    private TreeLayout layout = new TreeLayout(LayoutOptions.AUTO);
    private ChartSnapshot current;

    SnapshotChain(Chart chart, Validation findings, CardSizer sizer) {
        this.base = Objects.requireNonNull(sizer, "sizer");
        this.sizer = sizer;
        followTemplate(chart);
        current = ChartSnapshot.of(chart, findings, layout, this.sizer, Set.of());
    }

    ChartSnapshot current() {
        return current;
    }

    LayoutOptions options() {
        return layout.options();
    }

    /** The snapshot of {@code chart} with {@code findings}, its teams in {@code collapsed} folded. */
    ChartSnapshot advance(Chart chart, Validation findings, Set<PositionId> collapsed) {
        if (followTemplate(chart)) {
            // Every card shows other lines: no earlier placement fits.
            current = ChartSnapshot.of(chart, findings, layout, sizer, collapsed);
        } else {
            current = current.advance(chart, findings, layout, sizer, collapsed);
        }
        return current;
    }

    /** Sizes cards as {@code chart}'s card template asks; whether the template changed. */
    private boolean followTemplate(Chart chart) {
        CardTemplate wanted = CardTemplate.of(chart.settings());
        if (wanted.equals(template)) {
            return false;
        }
        template = wanted;
        sizer = base instanceof CachedCardSizer cached && !wanted.equals(CardTemplate.DEFAULT)
                ? cached.withTemplate(wanted) : base;
        return true;
    }

    /** Lays out the next chart with {@code options}: for a chart about to replace the current one. */
    void useOptions(LayoutOptions options) {
        layout = new TreeLayout(options);
    }

    /** The same chart laid out with {@code options}. */
    ChartSnapshot relayout(LayoutOptions options, Set<PositionId> collapsed) {
        layout = new TreeLayout(options);
        return advance(current.chart(), current.findings(), collapsed);
    }
}
