package dev.orgwright.ui.export;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportScope;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.render.export.BookPlan;
import dev.orgwright.render.export.PdfExporter;
import dev.orgwright.ui.fx.Texts;
import java.util.Objects;

/**
 * What the export dialog last had chosen, kept for the window so that the next export (and
 * printing, and presentation mode) starts from it.
 *
 * @param format  the file format
 * @param scope   which part of the chart; a subtree is the selection's, a view the window's at export time
 * @param options what the chart shows (its own scope is ignored: {@code scope} decides)
 * @param scale   pixels per chart unit of a PNG, 0.1 to 4
 * @param page    the paper, orientation and page grid of a PDF or a print
 */
public record ExportSettings(ExportFormat format, Scope scope, ExportOptions options, double scale, PageSetup page) {

    /** Which part of the chart is exported. */
    public enum Scope {
        WHOLE("export.exportSettings.wholeChart"), SUBTREE("export.exportSettings.selectedPositionAndIts"),
        VIEW("export.exportSettings.currentView");

        private final String key;

        Scope(String key) {
            this.key = key;
        }

        /** The choice's name in the language shown now, not in the one the program started in. */
        public String label() {
            return Texts.t(key);
        }
    }

    /** PDF of the whole chart on one A4 landscape page, with the default options. */
    public static final ExportSettings DEFAULT = new ExportSettings(ExportFormat.PDF, Scope.WHOLE,
            ExportOptions.DEFAULT, 2, PageSetup.A4_FIT);

    public ExportSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(page, "page");
        if (!(scale >= ExportRequest.MIN_SCALE && scale <= ExportRequest.MAX_SCALE)) {
            throw new IllegalArgumentException("The scale must be from 0.1 to 4, not " + scale + ".");
        }
    }

    /**
     * The request these settings make of what {@code source} shows now: its chart, findings,
     * layout modes, collapsed teams and, for a comparison, its marks; a subtree falls back to the
     * whole chart without a selection, a view without one of the chart. The background is white
     * except for a transparent PNG.
     */
    public ExportRequest request(ExportSource source) {
        ExportScope resolved = switch (scope) {
            case WHOLE -> ExportScope.WHOLE;
            case SUBTREE -> source.selection().<ExportScope>map(ExportScope.Subtree::new).orElse(ExportScope.WHOLE);
            case VIEW -> source.view().<ExportScope>map(v -> new ExportScope.View(
                    new Box(v.originX(), v.originY(), v.chartWidth(), v.chartHeight()))).orElse(ExportScope.WHOLE);
        };
        ExportOptions shown = options.withScope(resolved);
        if (format != ExportFormat.PNG && shown.background() == ExportOptions.Background.TRANSPARENT) {
            shown = shown.withBackground(ExportOptions.Background.WHITE); // paper has no transparency
        }
        // The automatic layout aims at the pages of a PDF; a view keeps the window's layout, whose region it is.
        LayoutOptions layout = source.layoutOptions();
        if (format == ExportFormat.PDF && !(resolved instanceof ExportScope.View)) {
            layout = layout.withAspect(PdfExporter.printableAspect(page));
        }
        if (format == ExportFormat.BOOK) {
            // A book chooses its own pages, each laid out for the paper; a view has no meaning there.
            return new ExportRequest(source.chart(), source.validation(), resolved instanceof ExportScope.View
                    ? shown.withScope(ExportScope.WHOLE) : shown, layout.withAspect(BookPlan.aspect(page)),
                    source.collapsed(), Theme.of(source.chart()), 1, page.withGrid(1, 1), source.changes());
        }
        return new ExportRequest(source.chart(), source.validation(), shown, layout,
                source.collapsed(), Theme.of(source.chart()), format == ExportFormat.PNG ? scale : 1, page, source.changes());
    }

    /** "Leadership team.pdf": the chart's title as a file name, with this format's ending. */
    public String suggestedName(String chartTitle) {
        String base = chartTitle.strip().replaceAll("[\\\\/:*?\"<>|]+", " ").replaceAll("\\s+", " ").strip();
        return (base.isEmpty() ? "chart" : base) + "." + format.extension();
    }

    public ExportSettings withFormat(ExportFormat v) {
        return new ExportSettings(v, scope, options, scale, page);
    }

    public ExportSettings withScope(Scope v) {
        return new ExportSettings(format, v, options, scale, page);
    }

    public ExportSettings withOptions(ExportOptions v) {
        return new ExportSettings(format, scope, v, scale, page);
    }

    public ExportSettings withScale(double v) {
        return new ExportSettings(format, scope, options, v, page);
    }

    public ExportSettings withPage(PageSetup v) {
        return new ExportSettings(format, scope, options, scale, v);
    }
}
