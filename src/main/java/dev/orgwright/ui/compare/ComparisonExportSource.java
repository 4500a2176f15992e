package dev.orgwright.ui.compare;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.Viewport;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.rules.Validation;
import dev.orgwright.ui.export.ExportSettings;
import dev.orgwright.ui.export.ExportSource;
import dev.orgwright.ui.fx.Texts;
import java.util.Optional;
import java.util.Set;

/**
 * What the comparison window exports: the proposal with the ghosts of what it removes and every
 * change marked, as its proposed side draws them (whichever side is shown), without findings
 * badges, which the window does not show either.
 */
final class ComparisonExportSource implements ExportSource {

    /** The heading an export of a comparison starts with. */
    static final String TITLE = Texts.t("compare.comparisonExportSource.currentVsProposed");

    /** The export dialog's first choices for a comparison: a PDF headed "Current vs proposed", with the legend. */
    static final ExportSettings DEFAULTS = ExportSettings.DEFAULT.withOptions(
            ExportOptions.DEFAULT.withTitle(TITLE).withBadges(false));

    private final CompareModel model;

    ComparisonExportSource(CompareModel model) {
        this.model = model;
    }

    @Override
    public Chart chart() {
        return model.proposalWithGhosts();
    }

    @Override
    public Validation validation() {
        return null;
    }

    @Override
    public LayoutOptions layoutOptions() {
        return model.layoutOptions(); // as the window draws the proposal
    }

    @Override
    public Set<PositionId> collapsed() {
        return Set.of();
    }

    @Override
    public Optional<PositionId> selection() {
        return model.focused().flatMap(c -> c.position()).filter(id -> model.proposalWithGhosts().contains(id));
    }

    @Override
    public Optional<Viewport> view() {
        return model.proposalView();
    }

    @Override
    public ChangeMarks changes() {
        return model.proposalMarks();
    }

    @Override
    public String name() {
        return Texts.t("compare.comparisonExportSource.currentVsProposed2", model.diff().newChart().title().strip());
    }
}
