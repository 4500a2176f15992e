package dev.orgwright.cli;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.LayoutOptions.Mode;
import dev.orgwright.layout.LayoutOptions.Orientation;
import dev.orgwright.layout.LayoutOptions.Rows;
import dev.orgwright.layout.ViewLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The layout options {@code layout} and {@code export} share: rows, how teams are arranged, which
 * way the tree grows and which teams are folded, and the view saved in the chart they start from
 * with its root and depth. Each is null (empty) when not given, so that a command can start from
 * its own default or from a view saved in the chart and change only what the user asked for
 * (decision 0025).
 */
final class LayoutChoices {

    @Option(names = "--rows", paramLabel = "by-depth|by-tier", converter = LayoutCommand.RowsConverter.class,
            descriptionKey = "cli.layout.rows")
    Rows rows;

    @Option(names = "--layout", paramLabel = "auto|tidy|compact", converter = LayoutCommand.ModeConverter.class,
            descriptionKey = "cli.layout.mode")
    Mode mode;

    @Option(names = "--orientation", paramLabel = "top-down|left-right", converter = LayoutCommand.OrientationConverter.class,
            descriptionKey = "cli.layout.orientation")
    Orientation orientation;

    @Option(names = "--collapse", paramLabel = "ID", split = ",",
            descriptionKey = "cli.layout.collapse")
    List<String> collapse = List.of();

    @Option(names = "--view", paramLabel = "NAME", descriptionKey = "views.cli.option.view")
    String viewName;

    @Option(names = "--depth", paramLabel = "N", descriptionKey = "views.cli.option.depth")
    Integer depth;

    @Option(names = {"--subtree", "--root"}, paramLabel = "ID", descriptionKey = "views.cli.option.root")
    String root;

    /** Whether the view, its root or its depth were asked for: the options a bare tree of boxes has no use for. */
    boolean asksForView() {
        return viewName != null || depth != null || root != null;
    }

    /**
     * What the options choose of {@code chart} (read from {@code file}): the view --view names,
     * checked against the chart, or, when {@code viewShown}, the view the window last showed (its
     * ids the chart lacks skipped), then --root, --depth and --collapse over it.
     *
     * @throws BadChoice with a sentence saying what is wrong, when --view names no view of the
     *                   chart or one naming a position the chart lacks, or an id or a depth is wrong
     */
    Chosen choose(Chart chart, Path file, boolean viewShown) throws BadChoice {
        SavedView view = view(chart, file, viewShown);
        String top = root != null ? root : view.root();
        if (top != null && !chart.contains(PositionId.of(top))) {
            throw new BadChoice(CliTexts.t("views.cli.unknownRoot", file, top));
        }
        Set<PositionId> folded = new LinkedHashSet<>();
        for (String id : collapse) {
            if (id.isBlank() || !chart.contains(PositionId.of(id.strip()))) {
                throw new BadChoice(CliTexts.t("views.cli.unknownCollapse", file, id.strip()));
            }
            folded.add(PositionId.of(id.strip()));
        }
        if (depth != null && depth < 1) {
            throw new BadChoice(CliTexts.t("views.cli.badDepth", depth));
        }
        folded.addAll(ViewLayout.folded(chart, new SavedView(null, top, depth != null ? depth : view.depth(),
                null, null, null, view.collapsed(), List.of())));
        return new Chosen(view, top == null ? null : PositionId.of(top), folded, this);
    }

    private SavedView view(Chart chart, Path file, boolean viewShown) throws BadChoice {
        if (viewName == null) {
            return viewShown ? Views.current(chart.settings()).orElse(SavedView.DEFAULT) : SavedView.DEFAULT;
        }
        Optional<SavedView> named = Views.find(chart.settings(), viewName);
        if (named.isEmpty()) {
            List<String> names = Views.all(chart.settings()).stream().map(SavedView::name).toList();
            throw new BadChoice(names.isEmpty() ? CliTexts.t("views.cli.noViews", file, viewName)
                    : CliTexts.t("views.cli.unknownView", file, viewName, String.join(", ", names)));
        }
        List<String> unknown = Views.unknownPositions(chart, named.get());
        if (!unknown.isEmpty()) {
            throw new BadChoice(CliTexts.t("views.cli.unknownPosition", file, named.get().name(),
                    String.join("', '", unknown)));
        }
        return named.get();
    }

    /**
     * What a command draws or lists of a chart.
     *
     * @param view   the view it starts from (the default view when none)
     * @param root   the position whose team is shown, or null for the whole chart
     * @param folded the managers whose reports are hidden: the view's folded teams, --collapse, and
     *               those on the last level of the depth
     */
    record Chosen(SavedView view, PositionId root, Set<PositionId> folded, LayoutChoices options) {

        /** {@code base} with the view's rows, mode and orientation, then those of the command line. */
        LayoutOptions layout(LayoutOptions base) {
            return options.applyTo(ViewLayout.options(view, base));
        }

        /** The positions drawn, as a chart of their own: for outputs that list positions rather than lay cards out. */
        Chart shown(Chart chart) {
            return ViewLayout.shown(chart, root, folded);
        }
    }

    /** An option that chooses nothing the chart has; the message says what and where. */
    static final class BadChoice extends Exception {
        private static final long serialVersionUID = 1L;

        BadChoice(String message) {
            super(message);
        }
    }

    /** {@code base} with the rows, mode and orientation given on the command line. */
    LayoutOptions applyTo(LayoutOptions base) {
        LayoutOptions out = base;
        if (rows != null) {
            out = out.withRows(rows);
        }
        if (mode != null) {
            out = out.withMode(mode);
        }
        if (orientation != null) {
            out = out.withOrientation(orientation);
        }
        return out;
    }
}
