package dev.orgwright.ui.editor;

import dev.orgwright.layout.LayoutOptions;
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

    public EditorExportSource(ChartWindowModel model) {
        this.model = model;
    }

    @Override
    public Chart chart() {
        return model.chart();
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
        return model.selection();
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
}
