package dev.orgwright.render.export;

import dev.orgwright.layout.Box;
import dev.orgwright.render.AnalysisPage;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Writes a chart as a vector PDF with selectable text: shrunk to fit one page, or spread over a
 * grid of pages cut between subtrees where possible, each page saying where the chart goes on.
 */
public final class PdfExporter implements ChartExporter {

    /** White space around the chart on each page, in points; the export preview draws the pages with it. */
    public static final float MARGIN = 28;
    /** The line under the chart with the page number and where the chart continues. */
    static final float FOOTER = 14;
    /** How hard the page contents are compressed (see {@link #content}). */
    static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;

    private final ExportFonts fonts;
    private final AnalysisPage analysisPage;
    private List<UndrawnText> undrawn = List.of();

    public PdfExporter(ExportFonts fonts) {
        this(fonts, null);
    }

    private PdfExporter(ExportFonts fonts, AnalysisPage analysisPage) {
        this.fonts = fonts;
        this.analysisPage = analysisPage;
    }

    /** An exporter that ends the document with {@code page}, the chart's analysis; null for none. */
    public PdfExporter withAnalysisPage(AnalysisPage page) {
        return new PdfExporter(fonts, page);
    }

    /**
     * Width over height of the part of the pages the chart is drawn on: what the automatic
     * layout aims at for a PDF.
     */
    public static double printableAspect(PageSetup setup) {
        return setup.columns() * (setup.width() - 2 * MARGIN) / (setup.rows() * (setup.height() - 2 * MARGIN - FOOTER));
    }

    /** The pages a request gives, its sheet drawn with this exporter's fonts. */
    public PagePlan plan(ExportRequest request) {
        return plan(request, r -> r.sheet(fonts));
    }

    /**
     * The pages a request gives, {@code sheets} laying out its sheet (the export dialog's preview
     * keeps the sheets it laid out), the automatic layout aimed at the area the chart gets
     * ({@link PagePlan#aimedAtTheChartsArea}).
     */
    public PagePlan plan(ExportRequest request, Function<ExportRequest, ExportSheet> sheets) {
        PageSetup setup = request.page();
        return PagePlan.aimedAtTheChartsArea(request, sheets, sheet -> plan(request, sheet),
                setup.columns() * (setup.width() - 2 * MARGIN), setup.rows() * (setup.height() - 2 * MARGIN - FOOTER));
    }

    /** The pages of {@code sheet} as it is laid out: how it is spread and at what scale. */
    public PagePlan plan(ExportRequest request, ExportSheet sheet) {
        PageSetup setup = request.page();
        if (setup.fitsOnePage()) {
            return onePage(sheet, setup);
        }
        return PagePlan.of(sheet, setup.columns(), setup.rows(), setup.width() - 2 * MARGIN,
                setup.height() - 2 * MARGIN - FOOTER);
    }

    /** {@code sheet} on one page of {@code setup}'s paper, whatever its grid of pages. */
    static PagePlan onePage(ExportSheet sheet, PageSetup setup) {
        return PagePlan.onePage(sheet, setup.width() - 2 * MARGIN, setup.height() - 2 * MARGIN - FOOTER);
    }

    /**
     * The texts the latest {@link #write} could not draw whole, because no font on this computer
     * has some of their characters; empty when everything was drawn.
     */
    public List<UndrawnText> undrawn() {
        return undrawn;
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        PagePlan plan = plan(request);
        ExportSheet sheet = plan.sheet();
        PageSetup setup = request.page();
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(request.documentTitle());
            info.setCreator("Orgwright");
            PdfFonts pdfFonts = new PdfFonts(document, fonts);
            try {
                writePages(document, pdfFonts, sheet, plan, setup);
                if (analysisPage != null) {
                    writeAnalysisPage(document, pdfFonts, analysisPage, setup);
                }
                pdfFonts.subset();
                document.save(out);
                undrawn = pdfFonts.undrawn();
            } finally {
                pdfFonts.close();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writePages(PDDocument document, PdfFonts pdfFonts, ExportSheet sheet, PagePlan plan,
                                   PageSetup setup) throws IOException {
        int count = plan.columns() * plan.rows();
        for (int row = 0; row < plan.rows(); row++) {
            for (int column = 0; column < plan.columns(); column++) {
                PDPage page = new PDPage(new PDRectangle((float) setup.width(), (float) setup.height()));
                PDResources resources = new PDResources();
                page.setResources(resources);
                document.addPage(page);
                int c = column;
                int r = row;
                page.setContents(content(document, stream -> {
                    PdfSurface surface = new PdfSurface(stream, pdfFonts, resources);
                    drawPart(surface, sheet, plan, c, r, setup);
                    if (count > 1) {
                        drawMarks(surface, pdfFonts, plan, c, r, setup);
                    }
                    surface.endText();
                }));
            }
        }
    }

    /** The analysis on a page of its own, the same size as the chart's, scaled to fit within the margins. */
    static void writeAnalysisPage(PDDocument document, PdfFonts pdfFonts, AnalysisPage analysis,
                                          PageSetup setup) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) setup.width(), (float) setup.height()));
        PDResources resources = new PDResources();
        page.setResources(resources);
        document.addPage(page);
        double scale = Math.min((setup.width() - 2 * MARGIN) / AnalysisPage.WIDTH,
                (setup.height() - 2 * MARGIN) / AnalysisPage.HEIGHT);
        page.setContents(content(document, stream -> {
            PdfSurface surface = new PdfSurface(stream, pdfFonts, resources);
            surface.save();
            surface.transform(1, 0, 0, -1, MARGIN, setup.height() - MARGIN);
            surface.transform(scale, 0, 0, scale, 0, 0);
            analysis.paint(surface);
            surface.restore();
            surface.endText();
        }));
    }

    /**
     * A page's content stream, compressed as it is written so that memory holds the compressed
     * bytes only. Flate's fastest level: a chart's operators repeat so much that it still shrinks
     * them about tenfold, in a fraction of the time of the default level.
     */
    static PDStream content(PDDocument document, Consumer<PdfContent> draw) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try (OutputStream raw = stream.createRawOutputStream();
             DeflaterOutputStream compressed = new DeflaterOutputStream(raw, deflater, 1 << 16)) {
            PdfContent content = new PdfContent(compressed);
            draw.accept(content);
            content.flush();
        } finally {
            deflater.end();
        }
        return new PDStream(stream);
    }

    private static void drawPart(PdfSurface surface, ExportSheet sheet, PagePlan plan, int column, int row,
                                 PageSetup setup) {
        Box part = plan.page(column, row);
        Box drawn = plan.drawn(column, row);
        double scale = plan.scale();
        surface.save();
        // From here on y points down from the top-left corner of the printable area, in sheet units.
        surface.transform(1, 0, 0, -1, MARGIN, setup.height() - MARGIN);
        surface.transform(scale, 0, 0, scale, 0, 0);
        surface.transform(1, 0, 0, 1, -drawn.x(), -drawn.y());
        // Lines are cut at the page's part; a card is drawn whole on the one page its centre is on.
        surface.pushClip(part.x(), part.y(), part.width(), part.height());
        sheet.paintRegion(surface, 1, part.x(), part.y(), part.width(), part.height(), card -> plan.owns(part, card) && inside(part, card));
        surface.popClip();
        surface.pushClip(drawn.x(), drawn.y(), drawn.width(), drawn.height());
        sheet.paintCards(surface, 1, part.x(), part.y(), part.width(), part.height(),
                card -> plan.owns(part, card) && !inside(part, card));
        surface.popClip();
        surface.restore();
    }

    private static boolean inside(Box part, Box card) {
        return card.x() >= part.x() && card.right() <= part.right() && card.y() >= part.y()
                && card.bottom() <= part.bottom();
    }

    /** Arrows in the margins toward the neighbouring pages, and a footer naming them. */
    private static void drawMarks(PdfSurface surface, PdfFonts fonts, PagePlan plan, int column, int row,
                                  PageSetup setup) {
        double w = setup.width();
        double h = setup.height();
        int columns = plan.columns();
        int number = row * columns + column + 1;
        if (column > 0) {
            surface.pageText("← " + (number - 1), 4, h / 2, MARK);
        }
        if (column < columns - 1) {
            String label = (number + 1) + " →";
            surface.pageText(label, w - 4 - fonts.metrics().width(label, MARK), h / 2, MARK);
        }
        if (row > 0) {
            surface.pageText("↑ " + (number - columns), w / 2, h - 14, MARK);
        }
        if (row < plan.rows() - 1) {
            surface.pageText("↓ " + (number + columns), w / 2, MARGIN + FOOTER - 2, MARK);
        }
        surface.pageText(plan.footer(column, row), MARGIN, MARGIN - 14, MARK);
    }

    private static final TextStyle MARK = new TextStyle(8, false, false, Rgba.hex("#475467"));
}
