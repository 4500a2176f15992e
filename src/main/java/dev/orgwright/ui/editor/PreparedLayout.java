package dev.orgwright.ui.editor;

import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.layout.ViewLayout;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.ui.fx.CachedCardSizer;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A chart's first layout and counts, worked out on the thread that read the chart while the
 * JavaFX thread builds the window. Sizing the cards and laying out a chart of 100,000 positions
 * takes the better part of a second; done ahead, the window only takes the result when it
 * shows the chart. It is taken only for the very chart it was made of, with the same layout
 * options and folded teams; any other case is laid out by the window as before, so the window
 * shows the same either way.
 */
public final class PreparedLayout {

    private static final AtomicReference<PreparedLayout> OFFERED = new AtomicReference<>();

    private final Chart chart;
    private final LayoutOptions options;
    private final Set<PositionId> collapsed;
    private final ChartLayout layout;
    private final ChartStatistics statistics;
    private final CachedCardSizer sizer;

    private PreparedLayout(Chart chart, LayoutOptions options, Set<PositionId> collapsed, ChartLayout layout,
                           ChartStatistics statistics, CachedCardSizer sizer) {
        this.chart = chart;
        this.options = options;
        this.collapsed = collapsed;
        this.layout = layout;
        this.statistics = statistics;
        this.sizer = sizer;
    }

    /**
     * Lays out {@code chart} as a new window will show it: with the view saved in it, else
     * automatically. {@code sizer} must measure as the window's does (it is handed to the window
     * with its sizes) and be used by this thread alone. Empty for a chart whose view shows one
     * team alone or leaves out the holders, or that has a card template of its own: the window
     * lays those out itself.
     */
    public static Optional<PreparedLayout> prepare(Chart chart, CachedCardSizer sizer) {
        if (!CardTemplate.of(chart.settings()).equals(CardTemplate.DEFAULT)) {
            return Optional.empty();
        }
        LayoutOptions options = LayoutOptions.AUTO;
        Set<PositionId> collapsed = Set.of();
        Optional<SavedView> saved = Views.current(chart.settings());
        if (saved.isPresent()) {
            SavedView view = saved.get();
            if (view.root() != null || view.hide().contains(ChartWindowModel.HOLDERS)) {
                return Optional.empty();
            }
            options = ViewLayout.options(view, LayoutOptions.AUTO);
            collapsed = Set.copyOf(ViewLayout.folded(chart, view));
        }
        ChartLayout layout = new TreeLayout(options).layout(chart, sizer, collapsed);
        return Optional.of(new PreparedLayout(chart, options, collapsed, layout, ChartStatistics.of(chart), sizer));
    }

    /** Hands this over to the window that will show its chart (replacing any offered before and not taken). */
    public void offer() {
        OFFERED.set(this);
    }

    /**
     * The layout offered for {@code chart}, if it was made with {@code options} and
     * {@code collapsed}; taken once.
     */
    static Optional<PreparedLayout> take(Chart chart, LayoutOptions options, Set<PositionId> collapsed) {
        PreparedLayout offered = OFFERED.get();
        if (offered == null || offered.chart != chart || !OFFERED.compareAndSet(offered, null)) {
            return Optional.empty();
        }
        return offered.options.equals(options) && offered.collapsed.equals(collapsed)
                ? Optional.of(offered) : Optional.empty();
    }

    ChartLayout layout() {
        return layout;
    }

    ChartStatistics statistics() {
        return statistics;
    }

    /** The sizer the layout was made with, holding every card's size. */
    CachedCardSizer sizer() {
        return sizer;
    }
}
