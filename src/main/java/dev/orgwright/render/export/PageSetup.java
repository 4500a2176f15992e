package dev.orgwright.render.export;

import dev.orgwright.render.RenderTexts;
import java.util.Objects;

/**
 * How a chart goes on paper: the paper size and orientation, and either one page (the chart
 * shrunk to fit) or a grid of pages the chart is spread over.
 *
 * @param paper     the paper size
 * @param landscape whether the long side is horizontal
 * @param columns   pages across (1 with rows 1: fit to one page)
 * @param rows      pages down
 */
public record PageSetup(Paper paper, boolean landscape, int columns, int rows) {

    /** Paper sizes, in PostScript points (1/72 inch). */
    public enum Paper {
        A4(595.28, 841.89), A3(841.89, 1190.55), LETTER(612, 792);

        private final double shortSide;
        private final double longSide;

        Paper(double shortSide, double longSide) {
            this.shortSide = shortSide;
            this.longSide = longSide;
        }

        /** "A4", "a3", "letter": the paper of that name. */
        public static Paper parse(String name) {
            for (Paper p : values()) {
                if (p.name().equalsIgnoreCase(name.strip())) {
                    return p;
                }
            }
            throw new IllegalArgumentException("'" + name + "' is not a paper size Orgwright knows; use A4, A3 or Letter.");
        }

        public String label() {
            return this == LETTER ? "Letter" : name();
        }
    }

    /** One A4 page, landscape (org charts are wide). */
    public static final PageSetup A4_FIT = new PageSetup(Paper.A4, true, 1, 1);

    /** Pages of 30 × 30 columns and rows are plenty; more is a mistyped number. */
    public static final int MAX_PAGES_PER_SIDE = 30;

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        if (columns < 1 || rows < 1 || columns > MAX_PAGES_PER_SIDE || rows > MAX_PAGES_PER_SIDE) {
            throw new IllegalArgumentException("A page grid goes from 1 to " + MAX_PAGES_PER_SIDE
                    + " pages across and down, not " + columns + " × " + rows + ".");
        }
    }

    /** Whether the chart is shrunk to one page rather than spread over several. */
    public boolean fitsOnePage() {
        return columns == 1 && rows == 1;
    }

    public double width() {
        return landscape ? paper.longSide : paper.shortSide;
    }

    public double height() {
        return landscape ? paper.shortSide : paper.longSide;
    }

    public PageSetup withGrid(int newColumns, int newRows) {
        return new PageSetup(paper, landscape, newColumns, newRows);
    }

    /** "A4 landscape, 3 × 2 pages" */
    @Override
    public String toString() {
        String key = "page.setup." + (landscape ? "landscape" : "portrait") + (fitsOnePage() ? ".one" : ".grid");
        return RenderTexts.t(key, paper.label(), columns, rows);
    }
}
