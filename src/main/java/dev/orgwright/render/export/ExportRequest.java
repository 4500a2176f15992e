package dev.orgwright.render.export;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.Theme;
import dev.orgwright.rules.Validation;
import java.util.Objects;
import java.util.Set;

/**
 * Everything an export needs: the chart and its findings, what to show, how the window lays it
 * out, the settings of the formats (the PNG's scale, the PDF's pages) and, for a comparison, the
 * marks of its changes.
 *
 * @param chart         the chart
 * @param findings      its findings, for the badges; null when there are none to show
 * @param options       what the export shows
 * @param layoutOptions the window's layout modes
 * @param collapsed     managers whose reports are hidden
 * @param theme         the colours
 * @param scale         pixels per chart unit of a PNG, 0.1 to 4: below 1 for a chart too large to open
 *                      at full size
 * @param page          the pages of a PDF or a print
 * @param changes       the marks of a comparison, drawn as the comparison window draws them, with
 *                      their legend; null outside a comparison. {@code chart} is then the proposal
 *                      with the ghosts of what it removes.
 */
public record ExportRequest(Chart chart, Validation findings, ExportOptions options, LayoutOptions layoutOptions,
                            Set<PositionId> collapsed, Theme theme, double scale, PageSetup page,
                            ChangeMarks changes) {

    /** The smallest PNG scale: a tenth of full size, where a card is still a box a few pixels high. */
    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 4;

    public ExportRequest {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(layoutOptions, "layoutOptions");
        collapsed = Set.copyOf(collapsed);
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(page, "page");
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("The scale must be from " + MIN_SCALE + " to " + MAX_SCALE + ", not " + scale + ".");
        }
    }

    /** A request outside a comparison. */
    public ExportRequest(Chart chart, Validation findings, ExportOptions options, LayoutOptions layoutOptions,
                         Set<PositionId> collapsed, Theme theme, double scale, PageSetup page) {
        this(chart, findings, options, layoutOptions, collapsed, theme, scale, page, null);
    }

    /** The whole chart with the default layout in its own theme, at scale 1, on one A4 page. */
    public static ExportRequest of(Chart chart, Validation findings, ExportOptions options) {
        return new ExportRequest(chart, findings, options, LayoutOptions.DEFAULT, Set.of(), Theme.of(chart), 1,
                PageSetup.A4_FIT);
    }

    /**
     * The title the document itself carries (a PDF's document title, an SVG's {@code <title>}):
     * the heading asked for above the chart, or else the chart's title.
     */
    public String documentTitle() {
        return options.title().isBlank() ? chart.title() : options.title();
    }

    public ExportRequest withScale(double v) {
        return new ExportRequest(chart, findings, options, layoutOptions, collapsed, theme, v, page, changes);
    }

    public ExportRequest withPage(PageSetup v) {
        return new ExportRequest(chart, findings, options, layoutOptions, collapsed, theme, scale, v, changes);
    }

    /** The same request laid out with {@code v}. */
    public ExportRequest withLayoutOptions(LayoutOptions v) {
        return new ExportRequest(chart, findings, options, v, collapsed, theme, scale, page, changes);
    }

    public ExportRequest withOptions(ExportOptions v) {
        return new ExportRequest(chart, findings, v, layoutOptions, collapsed, theme, scale, page, changes);
    }

    /** The same request drawing the marks of a comparison; {@code v} null for none. */
    public ExportRequest withChanges(ChangeMarks v) {
        return new ExportRequest(chart, findings, options, layoutOptions, collapsed, theme, scale, page, v);
    }

    /**
     * The sheet this request draws, its text measured by {@code measure}, its heading at its own
     * size: the pages of a PDF or a print size it for the scale they print at
     * ({@link PagePlan#sheet()}), a picture for one page of the paper ({@link #picture}).
     */
    public ExportSheet sheet(dev.orgwright.render.TextMeasure measure) {
        return ExportSheet.prepare(chart, findings, options, layoutOptions, collapsed, measure, theme, changes);
    }

    /**
     * The sheet of a picture of this request (PNG, SVG): its heading as large as one page of the
     * request's paper prints it, the picture shown whole ({@link ExportSheet#onPage}).
     */
    public ExportSheet picture(dev.orgwright.render.TextMeasure measure) {
        return sheet(measure).onPage(page);
    }
}
