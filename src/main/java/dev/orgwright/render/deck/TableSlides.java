package dev.orgwright.render.deck;

import dev.orgwright.render.Rgba;
import dev.orgwright.render.Theme;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;

/**
 * Tables as native slide tables, whose cells can be edited and restyled in the presentation
 * program. A table longer than a slide holds continues on the next, its header repeated.
 */
final class TableSlides {

    static final double TEXT = 11;
    static final double ROW = 20;
    private static final Rgba HEADER_FILL = Rgba.hex("#EEF2F6");

    private final Theme theme;
    private final DeckFrame frame;

    TableSlides(Theme theme, DeckFrame frame) {
        this.theme = theme;
        this.frame = frame;
    }

    /** How many rows of body one slide holds (a row of one line of text). */
    int rowsPerSlide() {
        return Math.max(1, (int) Math.floor(frame.areaHeight() / ROW) - 1);
    }

    /**
     * Writes {@code rows} under {@code header} on as many slides as they need, each made by {@code newSlide}
     * with its heading; returns the slides written.
     */
    int write(String heading, List<String> header, List<List<String>> rows, List<Double> widthShares,
              SlideHeadings headings, Supplier<XSLFSlide> newSlide) {
        int per = rowsPerSlide();
        int parts = Math.max(1, (rows.size() + per - 1) / per);
        for (int part = 0; part < parts; part++) {
            XSLFSlide slide = newSlide.get();
            headings.write(slide, heading + (part == 0 ? "" : " (continued)"),
                    parts == 1 ? "" : "Part " + (part + 1) + " of " + parts);
            table(slide, header, rows.subList(part * per, Math.min(rows.size(), (part + 1) * per)), widthShares);
        }
        return parts;
    }

    private void table(XSLFSlide slide, List<String> header, List<List<String>> rows, List<Double> widthShares) {
        XSLFTable table = slide.createTable();
        Pptx.name(table, "Table");
        // A column of figures is right-aligned, its header with it.
        List<TextAlign> aligns = new java.util.ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            final int column = c;
            aligns.add(c > 0 && !rows.isEmpty() && rows.stream().filter(r -> column < r.size() && !r.get(column).isBlank())
                    .allMatch(r -> alignOf(r.get(column)) == TextAlign.RIGHT) ? TextAlign.RIGHT : TextAlign.LEFT);
        }
        addRow(table, header, true, aligns);
        for (List<String> row : rows) {
            addRow(table, row, false, aligns);
        }
        double width = frame.areaWidth();
        for (int c = 0; c < header.size(); c++) {
            table.setColumnWidth(c, width * widthShares.get(c));
        }
        table.setAnchor(new Rectangle2D.Double(frame.areaX(), frame.areaY(), width, ROW * (rows.size() + 1)));
    }

    private void addRow(XSLFTable table, List<String> cells, boolean header, List<TextAlign> aligns) {
        XSLFTableRow row = table.addRow();
        row.setHeight(ROW);
        for (int c = 0; c < cells.size(); c++) {
            XSLFTableCell cell = row.addCell();
            cell.clearText();
            Pptx.paragraph(cell, cells.get(c), TEXT, header, false, theme.title(), aligns.get(c));
            cell.setLeftInset(5);
            cell.setRightInset(5);
            cell.setTopInset(3);
            cell.setBottomInset(3);
            if (header) {
                cell.setFillColor(Pptx.colour(DeckWriter.darkPaper(theme) ? theme.cardFill() : HEADER_FILL));
            }
            cell.setBorderColor(BorderEdge.bottom, Pptx.colour(theme.cardBorder()));
            cell.setBorderWidth(BorderEdge.bottom, 0.75);
        }
    }

    /** Figures line up on the right; words on the left. */
    private static TextAlign alignOf(String text) {
        String t = !text.isEmpty() && "+-−±".indexOf(text.charAt(0)) >= 0 ? text.substring(1) : text;
        return !t.isEmpty() && Character.isDigit(t.charAt(0)) ? TextAlign.RIGHT : TextAlign.LEFT;
    }

    /** Writes a slide's heading and subheading. */
    interface SlideHeadings {
        void write(XSLFSlide slide, String heading, String subheading);
    }
}
