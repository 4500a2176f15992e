package dev.orgwright.ui.export;

import dev.orgwright.layout.Box;
import dev.orgwright.render.export.PagePlan;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.render.export.PdfExporter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the export preview draws the pages of a PDF or a print: the sheets of paper side by side
 * as they are laid out again after printing, each showing what {@link PagePlan} puts on it (its
 * part of the chart, grown to hold whole the cards its cuts cross whose centre is on it), at the
 * place the PDF puts it, inside the page's margins.
 *
 * @param scale canvas pixels per point of paper
 * @param sheet canvas pixels per sheet unit: the plan's points per sheet unit at {@code scale}
 * @param pages one per page, row by row, as the pages are numbered
 */
record PreviewPages(double scale, double sheet, List<Page> pages) {

    /** Pixels between two pages of a grid, and around them. */
    static final double GAP = 6;

    public PreviewPages {
        pages = List.copyOf(pages);
    }

    /**
     * One page of the preview.
     *
     * @param column  its column in the grid, from 0
     * @param row     its row in the grid, from 0
     * @param paper   the sheet of paper on the canvas, in pixels
     * @param part    the part of the sheet that is this page's, in sheet units
     * @param drawn   what the page draws, in sheet units: its part and the whole cards it owns
     * @param originX where the top-left corner of {@code drawn} lands on the canvas, in pixels
     * @param originY likewise
     */
    record Page(int column, int row, Box paper, Box part, Box drawn, double originX, double originY) {
    }

    /** The pages of {@code plan} on {@code setup}'s paper, as large as they fit together in {@code width} × {@code height} pixels, centred. */
    static PreviewPages of(PagePlan plan, PageSetup setup, double width, double height) {
        int columns = plan.columns();
        int rows = plan.rows();
        double scale = Math.min((width - (columns + 1) * GAP) / (columns * setup.width()),
                (height - (rows + 1) * GAP) / (rows * setup.height()));
        double pageWidth = setup.width() * scale;
        double pageHeight = setup.height() * scale;
        double left = (width - columns * pageWidth - (columns - 1) * GAP) / 2;
        double top = (height - rows * pageHeight - (rows - 1) * GAP) / 2;
        double margin = PdfExporter.MARGIN * scale;
        List<Page> pages = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                Box paper = new Box(left + column * (pageWidth + GAP), top + row * (pageHeight + GAP), pageWidth, pageHeight);
                pages.add(new Page(column, row, paper, plan.page(column, row), plan.drawn(column, row),
                        paper.x() + margin, paper.y() + margin));
            }
        }
        return new PreviewPages(scale, plan.scale() * scale, pages);
    }

    /** Where {@code box}, in sheet units, is drawn on {@code page}, in canvas pixels. */
    Box onCanvas(Page page, Box box) {
        return new Box(page.originX() + (box.x() - page.drawn().x()) * sheet,
                page.originY() + (box.y() - page.drawn().y()) * sheet, box.width() * sheet, box.height() * sheet);
    }
}
