package dev.orgwright.ui.export;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.ViewLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.deck.DeckOptions;
import dev.orgwright.render.deck.DeckWriter;
import dev.orgwright.render.deck.SlideSize;
import dev.orgwright.render.export.ChartExporter;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportScope;
import java.util.Objects;

/**
 * What the export dialog asks only of a PowerPoint deck: the slides' shape, whether a findings
 * summary follows the chart, whether the cards and tables show private values, whether the
 * role charters follow as an appendix, and whether the whole chart goes on one slide. The rest
 * (holders, duties, legend, heading, date) comes from the options every format shares.
 *
 * @param size           16:9 or 4:3
 * @param findings       a summary of the findings
 * @param includePrivate the cost and private fields; off unless the user ticks it
 * @param charters       every position's role charter after the analysis
 * @param wholeChart     the whole chart on one slide, laid out as the window lays it out and shaped
 *                       like the slide, every card where the SVG or PDF export puts it, instead of
 *                       one slide per team
 */
public record DeckChoices(SlideSize size, boolean findings, boolean includePrivate, boolean charters,
                          boolean wholeChart) {

    /** 16:9, no findings, nothing private, no charters, one slide per team. */
    public static final DeckChoices DEFAULT = new DeckChoices(SlideSize.WIDE, false, false, false, false);

    public DeckChoices {
        Objects.requireNonNull(size, "size");
    }

    /** The choices with one slide per team. */
    public DeckChoices(SlideSize size, boolean findings, boolean includePrivate, boolean charters) {
        this(size, findings, includePrivate, charters, false);
    }

    /** The choices without the charters' appendix. */
    public DeckChoices(SlideSize size, boolean findings, boolean includePrivate) {
        this(size, findings, includePrivate, false);
    }

    /**
     * The deck's options: these choices and what {@code shown} lets the cards show; the whole chart
     * on one slide is laid out with {@code layout} (the window's, or the default when null) in the
     * slide's shape, as the command line's {@code --slides whole} does.
     */
    DeckOptions options(ExportOptions shown, LayoutOptions layout) {
        DeckOptions options = options(shown);
        if (!wholeChart) {
            return options;
        }
        LayoutOptions base = layout == null ? LayoutOptions.AUTO : layout;
        return options.withWholeChart(base.withAspect(size.width() / size.height()));
    }

    /** The deck's options: these choices and what {@code shown} lets the cards show. */
    public DeckOptions options(ExportOptions shown) {
        return DeckOptions.defaults().withSize(size).withFindings(findings).withIncludePrivate(includePrivate)
                .withCharters(charters).withHolders(shown.holders()).withDuties(shown.duties()).withLegend(shown.legend())
                .withTitle(shown.title()).withDate(shown.date());
    }

    /**
     * Writes a request as a deck, in the request's colours: what its view shows (decision 0025),
     * the team of its root when it has one, without the teams it folds.
     */
    ChartExporter exporter() {
        return (request, out) -> new DeckWriter(SharedFonts.get(), request.theme())
                .write(shown(request), findings ? request.findings() : null,
                        options(request.options(), request.layoutOptions()), out);
    }

    /** The part of a request's chart a deck shows: a subtree's team, without the folded teams. */
    static Chart shown(ExportRequest request) {
        PositionId root = request.options().scope() instanceof ExportScope.Subtree team ? team.root() : null;
        return ViewLayout.shown(request.chart(), root, request.collapsed());
    }
}
