package dev.orgwright.render.deck;

import dev.orgwright.render.Rgba;
import java.util.List;

/**
 * What the slides of a deck are made of, as the slide writers place them, in points from the
 * slide's top-left corner: written as PowerPoint shapes ({@link PoiShapes}), or drawn on a surface
 * for the export dialog's preview ({@link SurfaceShapes}), so that the preview shows each slide as
 * the deck writes it.
 */
interface SlideShapes {

    /** Where a paragraph's text lines up. */
    enum Align { LEFT, CENTRE, RIGHT }

    /** A text box whose paragraphs start at its top, wrapped across its width. */
    interface TextBox {
        /** Adds a paragraph of one run, {@code spaceBefore} points below the one before. */
        void paragraph(String text, double size, boolean bold, boolean italic, Rgba colour, Align align, double spaceBefore);

        default void paragraph(String text, double size, boolean bold, boolean italic, Rgba colour, Align align) {
            paragraph(text, size, bold, italic, colour, align, 0);
        }
    }

    /** A text box at (x, y, w, h), named {@code name} in the slide's selection pane. */
    TextBox textBox(String name, double x, double y, double w, double h);

    /** A filled rectangle without outline, its corners rounded or not. */
    void rect(String name, double x, double y, double w, double h, boolean rounded, Rgba fill);

    /** A horizontal line from (x, y), {@code length} long, solid or dashed. */
    void line(String name, double x, double y, double length, Rgba colour, double width, boolean dashed);

    /**
     * A table at (x, y) of rows {@code rowHeight} high, the first row its header, each column as
     * wide as {@code widths} says and its text aligned as {@code aligns} says.
     */
    void table(double x, double y, List<Double> widths, double rowHeight, List<List<String>> rows, List<Align> aligns,
               Table style);

    /** How a table looks: its text size and colour, its header's fill, the rule under each row. */
    record Table(double textSize, Rgba text, Rgba headerFill, Rgba rule, double insetX, double insetY) {
    }

    /** The slide's paper, when it is not the usual white. */
    void paper(Rgba colour);
}
