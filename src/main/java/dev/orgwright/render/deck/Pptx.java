package dev.orgwright.render.deck;

import dev.orgwright.render.Rgba;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFShapeContainer;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Small helpers over POI's slide shapes: colours, text boxes and runs in the deck's one font. */
final class Pptx {

    /** The deck's font: installed with every office suite, or matched by its metric twin (Liberation Sans). */
    static final String FONT = "Arial";

    /**
     * Held, because java.util.logging forgets a logger nobody refers to, and its level with it. POI
     * warns, once for every shape already on the slide, each time a group of shapes is made (it
     * counts the slide's shape ids again); the ids it writes are unique, so the warnings only cost
     * time, unless the logging settings name a level for POI.
     */
    private static final Logger POI = Logger.getLogger("org.apache.poi");

    static {
        if (POI.getLevel() == null) {
            POI.setLevel(Level.SEVERE);
        }
    }

    private Pptx() {
    }

    static Color colour(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), c.alpha());
    }

    /** A text box at (x, y, w, h) in points with no insets of its own, its text starting at the top. */
    static XSLFTextBox textBox(XSLFShapeContainer on, String name, double x, double y, double w, double h) {
        XSLFTextBox box = on.createTextBox();
        box.setAnchor(new Rectangle2D.Double(x, y, w, h));
        Pptx.name(box, name);
        box.clearText();
        noInsets(box);
        box.setWordWrap(true);
        return box;
    }

    /** Names a shape, as the selection pane shows it; POI has no setter for it. */
    static void name(XSLFShape shape, String name) {
        XmlObject[] found = shape.getXmlObject().selectPath(
                "declare namespace p='http://schemas.openxmlformats.org/presentationml/2006/main' ./*/p:cNvPr");
        if (found.length > 0 && found[0] instanceof CTNonVisualDrawingProps props) {
            props.setName(name);
        }
    }

    static void noInsets(XSLFTextShape shape) {
        shape.setLeftInset(0);
        shape.setRightInset(0);
        shape.setTopInset(0);
        shape.setBottomInset(0);
    }

    /** A paragraph of one run. */
    static XSLFTextRun paragraph(XSLFTextShape shape, String text, double points, boolean bold, boolean italic,
                                 Rgba colour, TextAlign align) {
        XSLFTextParagraph p = shape.addNewTextParagraph();
        p.setTextAlign(align);
        return run(p, text, points, bold, italic, colour);
    }

    static XSLFTextRun run(XSLFTextParagraph p, String text, double points, boolean bold, boolean italic, Rgba colour) {
        XSLFTextRun r = p.addNewTextRun();
        r.setText(text);
        r.setFontFamily(FONT);
        r.setFontSize(round(points));
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontColor(colour(colour));
        return r;
    }

    /** Font sizes in whole tenths of a point, never below the smallest the deck allows. */
    static double round(double points) {
        return Math.max(SlidePlanner.MIN_TEXT_POINTS, Math.floor(points * 10 + 1e-6) / 10);
    }
}
