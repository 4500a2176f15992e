package dev.orgwright.render.deck;

import dev.orgwright.render.RenderTexts;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.CardColouring;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Theme;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle.LineDash;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;

/** The legend: what the cards' colours mean (tiers, departments, a field or findings, as the theme colours them), the two kinds of line, and what the marks on cards mean. */
final class LegendSlide {

    private static final double TEXT = 14;
    private static final double ROW = 30;

    private final Theme theme;
    private final DeckFrame frame;

    LegendSlide(Theme theme, DeckFrame frame) {
        this.theme = theme;
        this.frame = frame;
    }

    void write(XSLFSlide slide, CardColouring colouring, SlideDecor decor) {
        decor.heading(slide, RenderTexts.t("deck.legend"), RenderTexts.t("deck.legend.how"));
        record Item(String name, Rgba colour) {
        }
        List<Item> items = new ArrayList<>();
        items.add(new Item(colouring.legendTitle() + ":", null));
        for (CardColouring.Entry e : colouring.legend()) {
            items.add(new Item(e.name(), e.colour()));
        }
        double x = frame.areaX();
        double y = frame.areaY();
        int perColumn = (int) Math.floor(frame.areaHeight() / ROW);
        double columnWidth = frame.areaWidth() / 2;
        for (int i = 0; i < items.size() && i < perColumn; i++) {
            if (items.get(i).colour() == null) {
                label(slide, x, y + i * ROW, items.get(i).name());
            } else {
                swatch(slide, items.get(i).name(), items.get(i).colour(), x, y + i * ROW);
            }
        }
        double lx = x + columnWidth;
        lineSample(slide, lx, y, false, RenderTexts.t("deck.legend.line"));
        lineSample(slide, lx, y + ROW, true, RenderTexts.t("deck.legend.dotted"));
        XSLFTextBox vacant = Pptx.textBox(slide, "Vacant sample", lx, y + 2 * ROW, 60, 20);
        Pptx.paragraph(vacant, CardMetrics.vacant(), TEXT, false, true, theme.vacant(), TextAlign.LEFT);
        label(slide, lx + 70, y + 2 * ROW, RenderTexts.t("deck.legend.vacant"));
        XSLFTextBox more = Pptx.textBox(slide, "Reference sample", lx, y + 3 * ROW, columnWidth, 44);
        Pptx.paragraph(more, RenderTexts.t("deck.teamContinues", "N"), TEXT, false, false, theme.selection(), TextAlign.LEFT);
        Pptx.paragraph(more, RenderTexts.t("deck.legend.reference"), 12, false, false,
                theme.holder(), TextAlign.LEFT);
    }

    private void swatch(XSLFSlide slide, String name, Rgba colour, double x, double y) {
        XSLFAutoShape s = slide.createAutoShape();
        s.setShapeType(ShapeType.ROUND_RECT);
        Pptx.name(s, "Swatch: " + name);
        s.setAnchor(new Rectangle2D.Double(x, y + 2, 36, 16));
        s.setFillColor(Pptx.colour(colour));
        s.setLineColor(null);
        label(slide, x + 46, y, name);
    }

    private void lineSample(XSLFSlide slide, double x, double y, boolean dashed, String text) {
        XSLFConnectorShape c = slide.createConnector();
        Pptx.name(c, dashed ? "Dotted line sample" : "Line sample");
        c.setAnchor(new Rectangle2D.Double(x, y + 10, 50, 0));
        c.setLineColor(Pptx.colour(dashed ? theme.dottedLine() : theme.line()));
        c.setLineWidth(1.5);
        if (dashed) {
            c.setLineDash(LineDash.DASH);
        }
        label(slide, x + 70, y, text);
    }

    private void label(XSLFSlide slide, double x, double y, String text) {
        XSLFTextBox box = Pptx.textBox(slide, "Label", x, y, frame.areaWidth() / 2 - 80, 20);
        Pptx.paragraph(box, text, TEXT, false, false, theme.title(), TextAlign.LEFT);
    }
}
