package dev.orgwright.ui.export;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.ViewLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.Viewport;
import dev.orgwright.rules.Validation;
import java.util.Optional;
import java.util.Set;

/**
 * What a window shows, as a view saved in its chart shows it (decision 0025): the view's layout
 * and folded teams instead of the window's, and its root as the position whose team is exported.
 * The chart, findings and marks stay the window's.
 */
final class ViewedSource implements ExportSource {

    private final ExportSource inner;
    private final SavedView view;

    ViewedSource(ExportSource inner, SavedView view) {
        this.inner = inner;
        this.view = view;
    }

    /** The view's root, when it names a position of the chart. */
    Optional<PositionId> root() {
        return Optional.ofNullable(view.root()).map(PositionId::of).filter(inner.chart()::contains);
    }

    @Override
    public Chart chart() {
        return inner.chart();
    }

    @Override
    public Validation validation() {
        return inner.validation();
    }

    @Override
    public LayoutOptions layoutOptions() {
        return ViewLayout.options(view, LayoutOptions.AUTO);
    }

    @Override
    public Set<PositionId> collapsed() {
        return ViewLayout.folded(inner.chart(), view);
    }

    @Override
    public Optional<PositionId> selection() {
        return root();
    }

    @Override
    public Optional<Viewport> view() {
        return Optional.empty(); // the window's region belongs to the window's layout, not the view's
    }

    @Override
    public ChangeMarks changes() {
        return inner.changes();
    }

    @Override
    public String name() {
        return inner.name() + " - " + view.name();
    }
}
