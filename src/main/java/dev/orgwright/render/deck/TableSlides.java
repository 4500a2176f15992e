package dev.orgwright.render.deck;

import dev.orgwright.render.Rgba;
import dev.orgwright.render.Theme;
import java.util.List;
import java.util.function.Supplier;

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
              SlideHeadings headings, Supplier<SlideShapes> newSlide) {
        int per = rowsPerSlide();
        int parts = Math.max(1, (rows.size() + per - 1) / per);
        for (int part = 0; part < parts; part++) {
            SlideShapes slide = newSlide.get();
            headings.write(slide, heading + (part == 0 ? "" : " (continued)"),
                    parts == 1 ? "" : "Part " + (part + 1) + " of " + parts);
            table(slide, header, rows.subList(part * per, Math.min(rows.size(), (part + 1) * per)), widthShares);
        }
        return parts;
    }

    private void table(SlideShapes slide, List<String> header, List<List<String>> rows, List<Double> widthShares) {
        // A column of figures is right-aligned, its header with it.
        List<SlideShapes.Align> aligns = new java.util.ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            final int column = c;
            aligns.add(c > 0 && !rows.isEmpty() && rows.stream().filter(r -> column < r.size() && !r.get(column).isBlank())
                    .allMatch(r -> alignOf(r.get(column)) == SlideShapes.Align.RIGHT) ? SlideShapes.Align.RIGHT
                    : SlideShapes.Align.LEFT);
        }
        List<List<String>> all = new java.util.ArrayList<>();
        all.add(header);
        all.addAll(rows);
        List<Double> widths = new java.util.ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            widths.add(frame.areaWidth() * widthShares.get(c));
        }
        slide.table(frame.areaX(), frame.areaY(), widths, ROW, all, aligns, new SlideShapes.Table(TEXT, theme.title(),
                DeckWriter.darkPaper(theme) ? theme.cardFill() : HEADER_FILL, theme.cardBorder(), 5, 3));
    }

    /** Figures line up on the right; words on the left. */
    private static SlideShapes.Align alignOf(String text) {
        String t = !text.isEmpty() && "+-−±".indexOf(text.charAt(0)) >= 0 ? text.substring(1) : text;
        return !t.isEmpty() && Character.isDigit(t.charAt(0)) ? SlideShapes.Align.RIGHT : SlideShapes.Align.LEFT;
    }

    /** Writes a slide's heading and subheading. */
    interface SlideHeadings {
        void write(SlideShapes slide, String heading, String subheading);
    }
}
