package dev.orgwright.render.export;

import dev.orgwright.layout.Box;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a chart as a vector PDF with selectable text: shrunk to fit one page, or spread over a
 * grid of pages cut between subtrees where possible, each page saying where the chart goes on.
 */
public final class PdfExporter implements ChartExporter {

    /** White space around the chart on each page, in points. */
    static final float MARGIN = 28;
    /** The line under the chart with the page number and where the chart continues. */
    static final float FOOTER = 14;

    private final ExportFonts fonts;

    public PdfExporter(ExportFonts fonts) {
        this.fonts = fonts;
    }

    /** The pages a request gives: how the sheet is spread and at what scale. */
    public PagePlan plan(ExportRequest request, ExportSheet sheet) {
        PageSetup setup = request.page();
        double width = setup.width() - 2 * MARGIN;
        double height = setup.height() - 2 * MARGIN - FOOTER;
        if (setup.fitsOnePage()) {
            return PagePlan.of(sheet, 1, 1, Math.min(width, sheet.width()), Math.min(height, sheet.height()))
                    .fitting(width, height);
        }
        return PagePlan.of(sheet, setup.columns(), setup.rows(), width, height);
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        ExportSheet sheet = request.sheet(fonts);
        PagePlan plan = plan(request, sheet);
        PageSetup setup = request.page();
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(sheet.chart().title());
            info.setCreator("Orgwright");
            PdfFonts pdfFonts = new PdfFonts(document, fonts);
            int count = plan.columns() * plan.rows();
            for (int row = 0; row < plan.rows(); row++) {
                for (int column = 0; column < plan.columns(); column++) {
                    PDPage page = new PDPage(new PDRectangle((float) setup.width(), (float) setup.height()));
                    document.addPage(page);
                    try (PDPageContentStream stream = new PDPageContentStream(document, page,
                            PDPageContentStream.AppendMode.OVERWRITE, true)) {
                        drawPart(stream, pdfFonts, sheet, plan, column, row, setup);
                        if (count > 1) {
                            drawMarks(stream, pdfFonts, plan, column, row, setup);
                        }
                    }
                }
            }
            document.save(out);
        }
    }

    private static void drawPart(PDPageContentStream stream, PdfFonts fonts, ExportSheet sheet, PagePlan plan,
                                 int column, int row, PageSetup setup) throws IOException {
        Box part = plan.page(column, row);
        float scale = (float) plan.scale();
        stream.saveGraphicsState();
        // From here on y points down from the top-left corner of the printable area, in sheet units.
        stream.transform(new Matrix(1, 0, 0, -1, MARGIN, (float) setup.height() - MARGIN));
        stream.transform(Matrix.getScaleInstance(scale, scale));
        stream.transform(Matrix.getTranslateInstance((float) -part.x(), (float) -part.y()));
        PdfSurface surface = new PdfSurface(stream, fonts);
        surface.pushClip(part.x(), part.y(), part.width(), part.height());
        sheet.paintRegion(surface, 1, part.x(), part.y(), part.width(), part.height());
        surface.popClip();
        stream.restoreGraphicsState();
    }

    /** Arrows in the margins toward the neighbouring pages, and a footer naming them. */
    private static void drawMarks(PDPageContentStream stream, PdfFonts fonts, PagePlan plan, int column, int row,
                                  PageSetup setup) throws IOException {
        float w = (float) setup.width();
        float h = (float) setup.height();
        int columns = plan.columns();
        int number = row * columns + column + 1;
        List<String> next = new ArrayList<>();
        if (column > 0) {
            mark(stream, fonts, "← " + (number - 1), 4, h / 2);
            next.add("← page " + (number - 1));
        }
        if (column < columns - 1) {
            String label = (number + 1) + " →";
            mark(stream, fonts, label, w - 4 - width(fonts, label), h / 2);
            next.add("→ page " + (number + 1));
        }
        if (row > 0) {
            mark(stream, fonts, "↑ " + (number - columns), w / 2, h - 14);
            next.add("↑ page " + (number - columns));
        }
        if (row < plan.rows() - 1) {
            mark(stream, fonts, "↓ " + (number + columns), w / 2, MARGIN + FOOTER - 2);
            next.add("↓ page " + (number + columns));
        }
        String footer = "Page " + number + " of " + columns * plan.rows() + " (row " + (row + 1) + ", column "
                + (column + 1) + ") · continues: " + String.join(", ", next);
        mark(stream, fonts, footer, MARGIN, MARGIN - 14);
    }

    private static final TextStyle MARK = new TextStyle(8, false, false, Rgba.hex("#475467"));

    private static float width(PdfFonts fonts, String text) {
        return (float) fonts.metrics().width(text, MARK);
    }

    private static void mark(PDPageContentStream stream, PdfFonts fonts, String text, float x, float y)
            throws IOException {
        stream.beginText();
        stream.setNonStrokingColor(MARK.colour().red() / 255f, MARK.colour().green() / 255f, MARK.colour().blue() / 255f);
        stream.setFont(fonts.font(ExportFonts.Face.REGULAR), (float) MARK.size());
        stream.newLineAtOffset(x, y);
        stream.showText(fonts.metrics().printable(text, ExportFonts.Face.REGULAR));
        stream.endText();
    }
}
