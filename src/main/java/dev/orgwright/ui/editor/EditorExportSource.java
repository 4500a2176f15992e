package dev.orgwright.ui.editor;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.ViewLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.Viewport;
import dev.orgwright.rules.Validation;
import dev.orgwright.ui.export.ExportSource;
import java.util.Optional;
import java.util.Set;

/**
 * What the editor window exports and prints: its chart with its findings, layout, collapsed teams,
 * selection and view, read from the window model whenever asked, so that a dialog opened once
 * exports the chart as it is at the moment of export.
 */
public final class EditorExportSource implements ExportSource {

    private final ChartWindowModel model;
    /** The team last cut out of the chart, and the chart and root it was cut from. */
    private Chart team;
    private Chart teamFrom;
    private PositionId teamRoot;

    public EditorExportSource(ChartWindowModel model) {
        this.model = model;
    }

    /**
     * The chart as the window shows it: while the window shows one team alone, that team as a
     * chart of its own (its top reporting to no one), so that an export or a print of the
     * window, and its region of the view, hold what the canvas draws.
     */
    @Override
    public Chart chart() {
        Chart chart = model.chart();
        PositionId root = model.shownRoot().filter(chart::contains).orElse(null);
        if (root == null) {
            return chart;
        }
        if (team == null || teamFrom != chart || !root.equals(teamRoot)) {
            team = ViewLayout.shown(chart, root, Set.of());
            teamFrom = chart;
            teamRoot = root;
        }
        return team;
    }

    @Override
    public Validation validation() {
        return model.validation();
    }

    @Override
    public LayoutOptions layoutOptions() {
        return model.layoutOptions();
    }

    @Override
    public Set<PositionId> collapsed() {
        return model.collapsed();
    }

    @Override
    public Optional<PositionId> selection() {
        return model.selection().filter(chart()::contains);
    }

    @Override
    public Optional<Viewport> view() {
        return Optional.of(model.view().viewport());
    }

    @Override
    public ChangeMarks changes() {
        return null; // an editor shows no comparison
    }

    @Override
    public String name() {
        return model.chart().title();
    }

    /** What View → Show Holders on Cards, Show Finding Badges and Show Legend leave out now. */
    @Override
    public Optional<Set<String>> hidden() {
        return Optional.of(Set.copyOf(dev.orgwright.model.Views.HIDEABLE.stream().filter(model::hides).toList()));
    }
}
