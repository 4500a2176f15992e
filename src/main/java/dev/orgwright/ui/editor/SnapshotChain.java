package dev.orgwright.ui.editor;

import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.layout.ViewLayout;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.ui.fx.CachedCardSizer;
import dev.orgwright.model.PositionId;
import dev.orgwright.rules.Validation;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one place a window's derived snapshot is advanced: each chart version, folded team or
 * change of layout options makes the next snapshot from the current one. When the window shows
 * one team alone, only that team is laid out (cut out of each chart version as a chart of its
 * own), while the snapshot's chart, findings and counts stay the whole chart's.
 */
final class SnapshotChain {

    private final CardSizer base;
    /** The sizer for the current chart's card template: the window's own, or one made for the template. */
    private CardSizer sizer;
    private CardTemplate template = CardTemplate.DEFAULT;
    /** Whether the cards show the holder's name, for which the sizer was made. */
    private boolean holders = true;
    /** Whether the cards should show the holder's name: the view's choice, followed at the next snapshot. */
    private boolean wantHolders = true;
    /** The position whose team alone is laid out, or null for the whole chart. */
    private PositionId root;
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
        Chart shown = shownPart(chart);
        boolean otherCards = followTemplate(chart);
        Optional<PreparedLayout> ready = shown == chart && sizer == base && base instanceof CachedCardSizer
                ? PreparedLayout.take(chart, layout.options(), collapsed) : Optional.empty();
        if (ready.isPresent()) {
            // Laid out ahead, as below, while the window was being built; its card sizes come along.
            ((CachedCardSizer) base).adopt(ready.get().sizer());
            current = new ChartSnapshot(chart, findings, ready.get().layout(), ready.get().statistics());
        } else if (otherCards) {
            // Every card shows other lines: no earlier placement fits.
            current = ChartSnapshot.of(chart, shown, findings, layout, sizer, collapsed);
        } else {
            current = current.advance(chart, shown, findings, layout, sizer, collapsed);
        }
        return current;
    }

    /** Lays out only the team of {@code id} from the next snapshot on; null: the whole chart. */
    void useRoot(PositionId id) {
        root = id;
    }

    /** Sizes cards with or without the holder's name from the next snapshot on. */
    void useHolders(boolean show) {
        wantHolders = show;
    }

    /**
     * What of {@code chart} is laid out: the team shown alone, or the whole chart when there is
     * none, when the chart lacks its top, or when that top is the chart's only root anyway (then
     * the layout of the chart itself can be brought up to date edit by edit).
     */
    private Chart shownPart(Chart chart) {
        if (root == null || !chart.contains(root)
                || (chart.position(root).reportsTo() == null && chart.roots().size() == 1)) {
            return chart;
        }
        return ViewLayout.shown(chart, root, Set.of());
    }

    /** Sizes cards as {@code chart}'s card template and the view's holders ask; whether that changed. */
    private boolean followTemplate(Chart chart) {
        CardTemplate wanted = CardTemplate.of(chart.settings());
        if (wanted.equals(template) && wantHolders == holders) {
            return false;
        }
        template = wanted;
        holders = wantHolders;
        sizer = base instanceof CachedCardSizer cached && (!wanted.equals(CardTemplate.DEFAULT) || !holders)
                ? cached.withCard(wanted, holders) : base;
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
