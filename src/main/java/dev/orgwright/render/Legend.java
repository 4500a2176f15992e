package dev.orgwright.render;

import java.util.List;

/**
 * The legend of the card colours as a small panel: a heading ("Tiers", "Departments", …) and a
 * swatch per colour in use. The canvas draws it in a corner; the sheets of exports draw theirs in
 * their heading. Long legends stop after {@link #MAX_ROWS} rows with "and N more".
 */
public final class Legend {

    /** The most colours a panel lists; a chart coloured by a field of 300 values gets a short legend, not a tall one. */
    public static final int MAX_ROWS = 12;

    private static final double PAD = 10;
    private static final double ROW = 18;
    private static final double SWATCH = 11;
    private static final double TITLE_SIZE = 12;
    private static final double ENTRY_SIZE = 11.5;

    private final Theme theme;
    private final String title;
    private final List<CardColouring.Entry> rows;
    private final int more;
    private final double width;

    private Legend(Theme theme, String title, List<CardColouring.Entry> rows, int more, double width) {
        this.theme = theme;
        this.title = title;
        this.rows = rows;
        this.more = more;
        this.width = width;
    }

    /** The legend of {@code colouring}, measured with {@code measure}. */
    public static Legend of(CardColouring colouring, Theme theme, TextMeasure measure) {
        List<CardColouring.Entry> all = colouring.legend();
        List<CardColouring.Entry> rows = all.subList(0, Math.min(all.size(), MAX_ROWS));
        int more = all.size() - rows.size();
        double w = measure.width(colouring.legendTitle(), titleStyle(theme));
        for (CardColouring.Entry e : rows) {
            w = Math.max(w, SWATCH + 6 + measure.width(e.name(), entryStyle(theme)));
        }
        if (more > 0) {
            w = Math.max(w, measure.width(moreText(more), entryStyle(theme)));
        }
        return new Legend(theme, colouring.legendTitle(), List.copyOf(rows), more, Math.ceil(w + 2 * PAD));
    }

    /** Whether there is nothing to explain (an empty chart). */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The panel's width at scale 1. */
    public double width() {
        return width;
    }

    /** The panel's height at scale 1. */
    public double height() {
        return 2 * PAD + ROW * (1 + rows.size() + (more > 0 ? 1 : 0)) - 4;
    }

    /** Draws the panel with its top-left corner at (x, y), {@code scale} pixels a unit. */
    public void paint(Surface s, double x, double y, double scale) {
        double w = width * scale;
        double h = height() * scale;
        double radius = Math.min(6, theme.card().cornerRadius()) * scale;
        s.fillRect(x, y, w, h, radius, theme.cardFill());
        s.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1, radius, LineStyle.solid(theme.cardBorder(), 1));
        double line = y + (PAD + 11) * scale;
        s.text(title, x + PAD * scale, line, TextAlign.LEFT, titleStyle(theme).withSize(TITLE_SIZE * scale));
        for (CardColouring.Entry e : rows) {
            line += ROW * scale;
            s.fillRect(x + PAD * scale, line - SWATCH * scale + 1 * scale, SWATCH * scale, SWATCH * scale,
                    2 * scale, e.colour());
            s.text(e.name(), x + (PAD + SWATCH + 6) * scale, line, TextAlign.LEFT,
                    entryStyle(theme).withSize(ENTRY_SIZE * scale));
        }
        if (more > 0) {
            line += ROW * scale;
            s.text(moreText(more), x + PAD * scale, line, TextAlign.LEFT,
                    entryStyle(theme).withSize(ENTRY_SIZE * scale));
        }
    }

    private static String moreText(int more) {
        return "and " + more + " more";
    }

    private static TextStyle titleStyle(Theme theme) {
        return theme.text(TITLE_SIZE, true, false, theme.title());
    }

    private static TextStyle entryStyle(Theme theme) {
        return theme.text(ENTRY_SIZE, false, false, theme.holder());
    }
}
