package dev.orgwright.render.export;

import dev.orgwright.layout.Box;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.TextWrap;
import dev.orgwright.render.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes a chart as a book: the pages of a {@link BookPlan}, each headed with its team's path,
 * every folded card marked with the page its team continues on and linked to it, bookmarks
 * nested as the teams are, and an index of names and titles at the end. The pages' contents are
 * written as {@link PdfExporter} writes them (decision 0009); PDFBox builds the document, its
 * links and its outline.
 */
public final class BookExporter implements ChartExporter {

    private static final TextStyle HEADING = new TextStyle(11, true, false, Rgba.hex("#101828"));
    private static final TextStyle FOOTER = new TextStyle(8, false, false, Rgba.hex("#475467"));
    /** How high, in sheet units, the marker on a folded card is: a title's size, so that it prints at 6 points or more too. */
    private static final double MARKER_HEIGHT = 19;
    private static final double MARKER_SIZE = 13;

    private final ExportFonts fonts;
    private final BookLabels labels;
    private final dev.orgwright.render.AnalysisPage analysisPage;
    private List<UndrawnText> undrawn = List.of();
    private int pageCount;

    public BookExporter(ExportFonts fonts, BookLabels labels) {
        this(fonts, labels, null);
    }

    private BookExporter(ExportFonts fonts, BookLabels labels, dev.orgwright.render.AnalysisPage analysisPage) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.analysisPage = analysisPage;
    }

    /** The same book ending with {@code page}, the chart's analysis, after the index; null for none. */
    public BookExporter withAnalysisPage(dev.orgwright.render.AnalysisPage page) {
        return new BookExporter(fonts, labels, page);
    }

    /** The heading of the index pages. */
    String labelsIndex() {
        return labels.index();
    }

    /** The texts the latest {@link #write} could not draw whole; empty when everything was drawn. */
    public List<UndrawnText> undrawn() {
        return undrawn;
    }

    /** How many pages the latest {@link #write} wrote, the index included. */
    public int pageCount() {
        return pageCount;
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        BookPlan plan = BookPlan.of(request, fonts);
        PageSetup setup = request.page();
        BookIndex index = BookIndex.of(plan, request.options().holders(), fonts, setup);
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(request.documentTitle());
            info.setCreator("Orgwright");
            List<PDPage> pages = new ArrayList<>();
            int drawn = plan.pages().size() + index.pageCount();
            int total = drawn + (analysisPage != null ? 1 : 0);
            for (int i = 0; i < drawn; i++) {
                PDPage page = new PDPage(new PDRectangle((float) setup.width(), (float) setup.height()));
                page.setResources(new PDResources());
                document.addPage(page);
                pages.add(page);
            }
            PdfFonts pdfFonts = new PdfFonts(document, fonts);
            try {
                for (BookPlan.Page page : plan.pages()) {
                    writeChartPage(document, pdfFonts, plan, page, pages, request, total);
                }
                for (int k = 0; k < index.pageCount(); k++) {
                    PDPage page = pages.get(plan.pages().size() + k);
                    int number = plan.pages().size() + k + 1;
                    int column = k;
                    page.setContents(PdfExporter.content(document, stream -> {
                        PdfSurface surface = new PdfSurface(stream, pdfFonts, page.getResources());
                        heading(surface, labels.index(), setup);
                        index.paint(surface, column);
                        footer(surface, number, total, setup);
                        surface.endText();
                    }));
                }
                if (analysisPage != null) {
                    PdfExporter.writeAnalysisPage(document, pdfFonts, analysisPage, setup);
                }
                outline(document, plan, pages, index.pageCount() > 0 ? pages.get(plan.pages().size()) : null,
                        request.documentTitle());
                pdfFonts.subset();
                document.save(out);
                undrawn = pdfFonts.undrawn();
                pageCount = total;
            } finally {
                pdfFonts.close();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeChartPage(PDDocument document, PdfFonts pdfFonts, BookPlan plan, BookPlan.Page page,
                                List<PDPage> pages, ExportRequest request, int total) throws IOException {
        PageSetup setup = request.page();
        double scale = page.scale();
        double top = setup.height() - PdfExporter.MARGIN - BookPlan.HEADER;
        Theme theme = request.options().background().apply(request.theme());
        PDPage pdPage = pages.get(page.number() - 1);
        List<ExportSheet> sheets = new ArrayList<>();
        for (BookPlan.Section section : page.sections()) {
            sheets.add(plan.sheet(section));
        }
        int common = page.commonPath().size();
        pdPage.setContents(PdfExporter.content(document, stream -> {
            PdfSurface surface = new PdfSurface(stream, pdfFonts, pdPage.getResources());
            heading(surface, headingOf(page, request), setup);
            for (int i = 0; i < sheets.size(); i++) {
                BookPlan.Section section = page.sections().get(i);
                ExportSheet sheet = sheets.get(i);
                surface.save();
                // From here on y points down from the top-left corner of the sheet, in sheet units.
                surface.transform(1, 0, 0, -1, PdfExporter.MARGIN, top);
                surface.transform(scale, 0, 0, scale, 0, 0);
                surface.transform(1, 0, 0, 1, section.x(), section.y());
                paintSection(surface, plan, page, section, sheet, common, theme, 1);
                surface.restore();
            }
            footer(surface, page.number(), total, setup);
            surface.endText();
        }));
        for (int i = 0; i < sheets.size(); i++) {
            BookPlan.Section section = page.sections().get(i);
            ExportSheet sheet = sheets.get(i);
            double left = PdfExporter.MARGIN + section.x() * scale;
            double sectionTop = top - section.y() * scale;
            for (PositionId id : section.folded()) {
                int target = plan.teamPage(id);
                Box card = sheet.layout().box(id).orElseThrow();
                double x0 = left + sheet.sheetX(card.x()) * scale;
                double x1 = left + sheet.sheetX(card.right()) * scale;
                double y0 = sectionTop - (sheet.sheetY(card.bottom()) + MARKER_HEIGHT / 2) * scale;
                double y1 = sectionTop - sheet.sheetY(card.y()) * scale;
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle((float) x0, (float) y0, (float) (x1 - x0), (float) (y1 - y0)));
                PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                border.setWidth(0);
                link.setBorderStyle(border);
                PDPageFitDestination destination = new PDPageFitDestination();
                destination.setPage(pages.get(target - 1));
                link.setDestination(destination);
                pdPage.getAnnotations().add(link);
            }
        }
    }

    /**
     * Draws one team of a page from the top-left corner of its sheet, at {@code k} surface units
     * per sheet unit: its path above it when the page is shared, the team, and the "→ p. 7"
     * markers of its folded cards. The PDF draws at 1 in a transformed page; the export dialog's
     * preview draws in pixels.
     */
    void paintSection(Surface surface, BookPlan plan, BookPlan.Page page, BookPlan.Section section, ExportSheet sheet,
                      int common, Theme theme, double k) {
        if (page.shared()) {
            String path = BookPlan.sectionHeading(section.path(), common,
                    sheet.width() - 2 * ExportSheet.MARGIN, fonts);
            surface.text(path, ExportSheet.MARGIN * k, (-BookPlan.SECTION_HEAD + BookPlan.SECTION_TITLE_SIZE + 4) * k,
                    TextAlign.LEFT, BookPlan.SECTION_STYLE.withSize(BookPlan.SECTION_TITLE_SIZE * k));
        }
        sheet.paintRegion(surface, k, 0, 0, sheet.width() * k, sheet.height() * k);
        for (PositionId id : section.folded()) {
            marker(surface, sheet, id, plan.teamPage(id), theme, k);
        }
    }

    /** "→ p. 7" in a pill across the bottom edge of a folded card, where a folded team's count is drawn on screen. */
    private void marker(Surface surface, ExportSheet sheet, PositionId id, int target, Theme theme, double k) {
        Box card = sheet.layout().box(id).orElseThrow();
        String label = labels.continuesOn(target);
        TextStyle style = new TextStyle(MARKER_SIZE, true, false, theme.marks().badgeText());
        double width = fonts.width(label, style) + 14;
        double cx = sheet.sheetX(card.centreX());
        double cy = sheet.sheetY(card.bottom());
        surface.fillRect((cx - width / 2) * k, (cy - MARKER_HEIGHT / 2) * k, width * k, MARKER_HEIGHT * k,
                MARKER_HEIGHT / 2 * k, theme.line());
        surface.text(label, cx * k, (cy + MARKER_SIZE * 0.36) * k, TextAlign.CENTRE, style.withSize(MARKER_SIZE * k));
    }

    String headingOf(BookPlan.Page page, ExportRequest request) {
        if (page.teams().isEmpty()) {
            // The top of the organisation, in parts when it is too wide for one page.
            return page.parts() > 1 ? labels.part(request.documentTitle(), page.part(), page.parts())
                    : request.documentTitle();
        }
        if (page.shared()) {
            // Each team is headed with its own path; the page with the part they have in common.
            List<String> common = page.commonPath();
            return common.isEmpty() ? request.documentTitle() : String.join(" › ", common);
        }
        String path = String.join(" › ", page.path());
        return page.parts() > 1 ? labels.part(path, page.part(), page.parts()) : path;
    }

    void heading(PageText surface, String text, PageSetup setup) {
        String shown = TextWrap.ellipsised(text, BookPlan.printableWidth(setup), fonts, HEADING);
        surface.pageText(shown, PdfExporter.MARGIN, setup.height() - PdfExporter.MARGIN - HEADING.size(), HEADING);
    }

    void footer(PageText surface, int number, int total, PageSetup setup) {
        String text = labels.page(number, total);
        surface.pageText(text, (setup.width() - fonts.width(text, FOOTER)) / 2, PdfExporter.MARGIN - 10, FOOTER);
    }

    /** A bookmark per team, each under the team that folds it, the index last. */
    private void outline(PDDocument document, BookPlan plan, List<PDPage> pages, PDPage index, String title) {
        PDDocumentOutline outline = new PDDocumentOutline();
        document.getDocumentCatalog().setDocumentOutline(outline);
        Map<Integer, PDOutlineItem> items = new HashMap<>();
        for (BookPlan.Page page : plan.pages()) {
            for (BookPlan.Section section : page.sections()) {
                PDOutlineItem item = new PDOutlineItem();
                String name = section.teams().isEmpty() ? title : section.path().get(section.path().size() - 1);
                item.setTitle(section.parts() > 1 ? name + " (" + section.part() + "/" + section.parts() + ")" : name);
                PDPageFitDestination destination = new PDPageFitDestination();
                destination.setPage(pages.get(page.number() - 1));
                item.setDestination(destination);
                PDOutlineItem parent = items.get(section.parentSection());
                if (parent == null) {
                    outline.addLast(item);
                } else {
                    parent.addLast(item);
                }
                items.put(section.index(), item);
            }
        }
        if (index != null) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(labels.index());
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(index);
            item.setDestination(destination);
            outline.addLast(item);
        }
        if (analysisPage != null) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(dev.orgwright.render.RenderTexts.t("book.analysis"));
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(document.getPage(document.getNumberOfPages() - 1));
            item.setDestination(destination);
            outline.addLast(item);
        }
        if (outline.getFirstChild() != null) {
            outline.getFirstChild().openNode();
        }
    }
}
