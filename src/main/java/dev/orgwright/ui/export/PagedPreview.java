package dev.orgwright.ui.export;

import dev.orgwright.render.AnalysisPage;
import dev.orgwright.render.deck.DeckPreview;
import dev.orgwright.render.deck.SlideKind;
import dev.orgwright.render.export.BookPreview;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.render.export.PdfExporter;
import dev.orgwright.ui.fx.FxCanvasSurface;
import dev.orgwright.ui.fx.Texts;
import javafx.scene.canvas.GraphicsContext;

/**
 * The pages of a book or the slides of a deck, as the export preview shows them one at a time:
 * how many there are, the paper's size in points, how to draw one at k pixels to the point, and
 * what the preview says of them.
 */
interface PagedPreview {
    int count();

    double width();

    double height();

    /** What the count under the preview says of page {@code i} (from 0): "Page 2 of 9", "Slide 3 of 24: the chart". */
    String label(int i);

    /** The line under the preview: the paper and the pages, or the slides; {@code analysis} as the book was asked for. */
    String caption(ExportRequest request, Boolean analysis);

    void paint(GraphicsContext g, int i, double k);

    /** Plans the pages of a book or the slides of a deck: what takes long, off the JavaFX thread. */
    static PagedPreview plan(ExportRequest request, ExportFormat format, DeckChoices deck, Boolean analysis) {
        return format == ExportFormat.BOOK
                ? new BookPages(BookPreview.of(request, SharedFonts.get(), ExportFormat.bookLabels()),
                        analysis == null ? null : new AnalysisPage(
                                dev.orgwright.analysis.Analyzer.withDefaultBands().analyze(request.chart()), analysis))
                : new DeckPages(DeckPreview.of(DeckChoices.shown(request), deck.findings() ? request.findings() : null,
                        deck.options(request.options(), request.layoutOptions()), SharedFonts.get(), request.theme()));
    }

    /** What a slide shows, as the count under the preview names it. */
    private static String kindOf(SlideKind kind) {
        return switch (kind) {
            case TITLE -> Texts.t("export.preview.slideKind.title");
            case CHART -> Texts.t("export.preview.slideKind.chart");
            case LEGEND -> Texts.t("export.preview.slideKind.legend");
            case TABLE -> Texts.t("export.preview.slideKind.table");
            case CHARTER -> Texts.t("export.preview.slideKind.charter");
        };
    }

    /** A book's pages, as the book writer plans and draws them, and the analysis page when one ends it (else null). */
    record BookPages(BookPreview book, AnalysisPage analysis) implements PagedPreview {
        public int count() {
            return book.pageCount() + (analysis != null ? 1 : 0);
        }

        public double width() {
            return book.paper().width();
        }

        public double height() {
            return book.paper().height();
        }

        public String label(int i) {
            return Texts.t("export.preview.pageOf", i + 1, count());
        }

        public String caption(ExportRequest request, Boolean withAnalysis) {
            return Texts.t(withAnalysis != null ? "export.preview.bookCaptionAnalysis" : "export.preview.bookCaption",
                    request.page().paper().label(),
                    Texts.t(request.page().landscape() ? "export.exportDialog.landscape" : "export.exportDialog.portrait"),
                    count(), book.chartPages());
        }

        public void paint(GraphicsContext g, int i, double k) {
            if (i < book.pageCount()) {
                book.paint(new FxCanvasSurface(g), i + 1, k);
                return;
            }
            // Where the PDF writer puts the analysis page: as large as fits inside the margins.
            PageSetup paper = book.paper();
            double scale = Math.min((paper.width() - 2 * PdfExporter.MARGIN) / AnalysisPage.WIDTH,
                    (paper.height() - 2 * PdfExporter.MARGIN) / AnalysisPage.HEIGHT);
            g.save();
            g.translate(PdfExporter.MARGIN * k, PdfExporter.MARGIN * k);
            g.scale(scale * k, scale * k);
            analysis.paint(new FxCanvasSurface(g));
            g.restore();
        }
    }

    /** Every slide of a deck, as the deck writer makes them. */
    record DeckPages(DeckPreview deck) implements PagedPreview {
        public int count() {
            return deck.slideCount();
        }

        public double width() {
            return deck.size().width();
        }

        public double height() {
            return deck.size().height();
        }

        public String label(int i) {
            return Texts.t("export.preview.slideOfDeck", i + 1, count(), kindOf(deck.kind(i)));
        }

        public String caption(ExportRequest request, Boolean analysis) {
            return Texts.t("export.preview.deckCaptionAll", count(), deck.chartSlideCount());
        }

        public void paint(GraphicsContext g, int i, double k) {
            deck.paint(new FxCanvasSurface(g), i, k);
        }
    }
}
