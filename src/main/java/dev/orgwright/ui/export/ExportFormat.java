package dev.orgwright.ui.export;

import dev.orgwright.render.export.BookExporter;
import dev.orgwright.render.export.BookLabels;
import dev.orgwright.render.export.ChartExporter;
import dev.orgwright.render.export.PdfExporter;
import dev.orgwright.render.export.SvgExporter;
import dev.orgwright.ui.fx.Texts;

/** The file formats the export dialog offers. */
public enum ExportFormat {
    PNG(Texts.t("export.exportFormat.pngImage"), "png"), SVG(Texts.t("export.exportFormat.svgDrawing"), "svg"), PDF(Texts.t("export.exportFormat.pdfDocument"), "pdf"),
    /** Editable slides; the dialog's deck choices say how ({@link DeckChoices}). */
    PPTX(Texts.t("export.exportFormat.powerpointDeck"), "pptx"),
    /** A PDF book: the top of the chart, then a page for each team that did not fit, and an index. */
    BOOK(Texts.t("export.format.book"), "pdf");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /** The file name ending, without the dot. */
    public String extension() {
        return extension;
    }

    /** The exporter of this format; SVG and PDF measure text with the fonts shipped with Orgwright. */
    ChartExporter exporter() {
        return switch (this) {
            case PNG -> new FxPngExporter();
            case SVG -> new SvgExporter(SharedFonts.get());
            case PDF -> new PdfExporter(SharedFonts.get());
            case PPTX -> DeckChoices.DEFAULT.exporter();
            case BOOK -> new BookExporter(SharedFonts.get(), bookLabels());
        };
    }

    /** The words printed in a book, in the user's language. */
    static BookLabels bookLabels() {
        return new BookLabels(Texts.t("export.book.continuesOn"), Texts.t("export.book.index"),
                Texts.t("export.book.part"), Texts.t("export.book.page"));
    }
}
