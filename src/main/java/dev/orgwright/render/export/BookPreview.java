package dev.orgwright.render.export;

import dev.orgwright.render.ScaledSurface;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.Theme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of a book as {@link BookExporter} writes them, drawn on any surface: the same plan,
 * the same sheets, headings, "→ p. 7" markers, footers and index, so that the export dialog shows
 * the pages the file will have. The analysis page the dialog may add is not among them.
 */
public final class BookPreview {

    private final ExportRequest request;
    private final BookExporter book;
    private final BookPlan plan;
    private final BookIndex index;
    private final ExportFonts fonts;
    private final Map<Integer, List<ExportSheet>> sheets = new HashMap<>();

    private BookPreview(ExportRequest request, ExportFonts fonts, BookLabels labels) {
        this.request = request;
        this.fonts = fonts;
        this.book = new BookExporter(fonts, labels);
        this.plan = BookPlan.of(request, fonts);
        this.index = BookIndex.of(plan, request.options().holders(), fonts, request.page());
    }

    /** The book of {@code request}, planned as {@link BookExporter} with {@code fonts} and {@code labels} plans it. */
    public static BookPreview of(ExportRequest request, ExportFonts fonts, BookLabels labels) {
        return new BookPreview(request, fonts, labels);
    }

    /** How many pages the book has: the chart's pages and the index's. */
    public int pageCount() {
        return chartPages() + index.pageCount();
    }

    /** How many of the pages show the chart; the index follows them. */
    public int chartPages() {
        return plan.pages().size();
    }

    /** The paper, in points. */
    public PageSetup paper() {
        return request.page();
    }

    /**
     * Draws page {@code number} (from 1) with the paper's top-left corner at (0, 0) of
     * {@code surface}, {@code k} pixels to the point; the paper itself is the caller's.
     */
    public void paint(Surface surface, int number, double k) {
        PageSetup setup = request.page();
        PageText text = (line, x, baseline, style) -> surface.text(line, x * k, (setup.height() - baseline) * k,
                TextAlign.LEFT, style.withSize(style.size() * k));
        int total = pageCount();
        if (number > chartPages()) {
            book.heading(text, book.labelsIndex(), setup);
            index.paint(text, number - chartPages() - 1);
            book.footer(text, number, total, setup);
            return;
        }
        BookPlan.Page page = plan.pages().get(number - 1);
        Theme theme = request.options().background().apply(request.theme());
        book.heading(text, book.headingOf(page, request), setup);
        List<ExportSheet> pageSheets = sheets.computeIfAbsent(number, n -> {
            List<ExportSheet> made = new ArrayList<>();
            for (BookPlan.Section section : page.sections()) {
                made.add(plan.sheet(section));
            }
            return made;
        });
        int common = page.commonPath().size();
        double top = PdfExporter.MARGIN + BookPlan.HEADER;
        double s = page.scale() * k;
        for (int i = 0; i < pageSheets.size(); i++) {
            BookPlan.Section section = page.sections().get(i);
            // Drawn in the sheet's own units, as the PDF draws it, and measured with the PDF's
            // fonts: every card line the paper prints is in the preview, only smaller.
            Surface scaled = new ScaledSurface(surface, s, (PdfExporter.MARGIN + section.x() * page.scale()) * k,
                    (top + section.y() * page.scale()) * k, fonts);
            book.paintSection(scaled, plan, page, section, pageSheets.get(i), common, theme, 1);
        }
        book.footer(text, number, total, setup);
    }
}
