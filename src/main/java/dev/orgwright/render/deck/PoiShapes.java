package dev.orgwright.render.deck;

import dev.orgwright.render.Rgba;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle.LineDash;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;

/** The shapes of a slide written into a PowerPoint slide: native text boxes, shapes and tables. */
final class PoiShapes implements SlideShapes {

    private final XSLFSlide slide;

    PoiShapes(XSLFSlide slide) {
        this.slide = slide;
    }

    XSLFSlide slide() {
        return slide;
    }

    private static TextAlign align(Align align) {
        return switch (align) {
            case LEFT -> TextAlign.LEFT;
            case CENTRE -> TextAlign.CENTER;
            case RIGHT -> TextAlign.RIGHT;
        };
    }

    @Override
    public TextBox textBox(String name, double x, double y, double w, double h) {
        XSLFTextBox box = Pptx.textBox(slide, name, x, y, w, h);
        return (text, size, bold, italic, colour, align, spaceBefore) -> {
            var run = Pptx.paragraph(box, text, size, bold, italic, colour, align(align));
            if (spaceBefore != 0) {
                // POI takes a negative space as points, a positive one as a share of the line.
                run.getParagraph().setSpaceBefore(-spaceBefore);
            }
        };
    }

    @Override
    public void rect(String name, double x, double y, double w, double h, boolean rounded, Rgba fill) {
        XSLFAutoShape s = slide.createAutoShape();
        s.setShapeType(rounded ? ShapeType.ROUND_RECT : ShapeType.RECT);
        Pptx.name(s, name);
        s.setAnchor(new Rectangle2D.Double(x, y, w, h));
        s.setFillColor(Pptx.colour(fill));
        s.setLineColor(null);
    }

    @Override
    public void line(String name, double x, double y, double length, Rgba colour, double width, boolean dashed) {
        XSLFConnectorShape c = slide.createConnector();
        Pptx.name(c, name);
        c.setAnchor(new Rectangle2D.Double(x, y, length, 0));
        c.setLineColor(Pptx.colour(colour));
        c.setLineWidth(width);
        if (dashed) {
            c.setLineDash(LineDash.DASH);
        }
    }

    @Override
    public void table(double x, double y, List<Double> widths, double rowHeight, List<List<String>> rows,
                      List<Align> aligns, Table style) {
        XSLFTable table = slide.createTable();
        Pptx.name(table, "Table");
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r == 0;
            XSLFTableRow row = table.addRow();
            row.setHeight(rowHeight);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                XSLFTableCell cell = row.addCell();
                cell.clearText();
                Pptx.paragraph(cell, cells.get(c), style.textSize(), header, false, style.text(), align(aligns.get(c)));
                cell.setLeftInset(style.insetX());
                cell.setRightInset(style.insetX());
                cell.setTopInset(style.insetY());
                cell.setBottomInset(style.insetY());
                if (header) {
                    cell.setFillColor(Pptx.colour(style.headerFill()));
                }
                cell.setBorderColor(BorderEdge.bottom, Pptx.colour(style.rule()));
                cell.setBorderWidth(BorderEdge.bottom, 0.75);
            }
        }
        double width = 0;
        for (int c = 0; c < widths.size(); c++) {
            table.setColumnWidth(c, widths.get(c));
            width += widths.get(c);
        }
        table.setAnchor(new Rectangle2D.Double(x, y, width, rowHeight * rows.size()));
    }

    @Override
    public void paper(Rgba colour) {
        slide.getBackground().setFillColor(Pptx.colour(colour));
    }
}
