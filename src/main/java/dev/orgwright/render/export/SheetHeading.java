package dev.orgwright.render.export;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Messages;
import dev.orgwright.model.diff.ChangeKind;
import dev.orgwright.render.CardColouring;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.Logo;
import dev.orgwright.render.LineStyle;
import dev.orgwright.render.RenderTexts;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.Theme;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The heading above an exported chart: title, date, the legend of the tiers it shows and, for a
 * comparison, a second row with the legend of the change marks, each swatch drawn as the mark it
 * explains (a ring, or the dashed outline of a ghost). A legend wider than the page's room
 * ({@link #wrappedTo}) goes on over several rows, so that it need not be set smaller to fit.
 */
final class SheetHeading {

    private static final double TITLE_SIZE = 20;
    private static final double DATE_SIZE = 12;
    private static final double LEGEND_SIZE = 12;
    private static final double SWATCH = 12;
    private static final double GAP_AFTER = 20;
    /** How high a logo stands beside the title, in sheet units. */
    private static final double LOGO_HEIGHT = 40;
    private static final double LOGO_GAP = 12;

    /** One item of a legend; {@code change} is the group of a change mark, null for a tier. */
    private record Entry(String name, Rgba colour, double width, ChangeKind.Group change) {
    }

    private final Theme theme;
    private final String title;
    private final String date;
    private final Logo logo;
    private final List<Entry> legend;
    private final List<Entry> changeLegend;
    /** The width of the title (with the logo) and the date. */
    private final double titleWidth;
    /** How wide a row of the legends may be before the next entry starts a new row. */
    private final double wrap;
    private final List<List<Entry>> legendRows;
    private final List<List<Entry>> changeRows;
    private final double width;

    private SheetHeading(Theme theme, String title, String date, Logo logo, List<Entry> legend,
                         List<Entry> changeLegend, double titleWidth, double wrap) {
        this.theme = theme;
        this.title = title;
        this.date = date;
        this.logo = logo;
        this.legend = legend;
        this.changeLegend = changeLegend;
        this.titleWidth = titleWidth;
        this.wrap = wrap;
        this.legendRows = rows(legend, wrap);
        this.changeRows = rows(changeLegend, wrap);
        double w = titleWidth;
        for (List<Entry> row : legendRows) {
            w = Math.max(w, rowWidth(row));
        }
        for (List<Entry> row : changeRows) {
            w = Math.max(w, rowWidth(row));
        }
        this.width = w;
    }

    /** {@code entries} in rows no wider than {@code wrap}, each with one entry at least. */
    private static List<List<Entry>> rows(List<Entry> entries, double wrap) {
        List<List<Entry>> rows = new ArrayList<>();
        List<Entry> row = new ArrayList<>();
        double x = 0;
        for (Entry e : entries) {
            // The gap after a row's last entry does not count: it parts entries, not the row from the edge.
            if (!row.isEmpty() && x + e.width() - GAP_AFTER > wrap) {
                rows.add(List.copyOf(row));
                row.clear();
                x = 0;
            }
            row.add(e);
            x += e.width();
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        return List.copyOf(rows);
    }

    /** How wide a row is drawn: its entries, without the gap after the last one. */
    private static double rowWidth(List<Entry> row) {
        double x = 0;
        for (Entry e : row) {
            x += e.width();
        }
        return row.isEmpty() ? 0 : x - GAP_AFTER;
    }

    /**
     * This heading with its legends in rows no wider than {@code width} heading units (a single
     * entry wider than that keeps a row of its own); the title and the date are as they are.
     */
    SheetHeading wrappedTo(double width) {
        return width == wrap ? this
                : new SheetHeading(theme, title, date, logo, legend, changeLegend, titleWidth, width);
    }

    /** Whether {@code other} shows the same heading in the same rows. */
    boolean sameRows(SheetHeading other) {
        return other == this || title.equals(other.title) && date.equals(other.date) && logo == other.logo
                && legendRows.equals(other.legendRows) && changeRows.equals(other.changeRows);
    }

    static SheetHeading of(Chart chart, ExportOptions options, Theme theme, TextMeasure measure) {
        return of(chart, options, null, theme, measure);
    }

    /** The heading of {@code chart}; with {@code changes}, the legend explains the marks of a comparison too. */
    static SheetHeading of(Chart chart, ExportOptions options, ChangeMarks changes, Theme theme, TextMeasure measure) {
        return of(chart, options, changes, theme, CardColouring.of(theme, chart, null, false), measure);
    }

    /**
     * The heading of {@code chart}, its legend explaining {@code colouring}. The title is the one
     * asked for in the options, or else the theme's heading; the theme's logo stands before it.
     */
    static SheetHeading of(Chart chart, ExportOptions options, ChangeMarks changes, Theme theme,
                           CardColouring colouring, TextMeasure measure) {
        String date = options.date() == null ? "" : DateTimeFormatter.ofPattern(RenderTexts.t("deck.datePattern"), Messages.locale()).format(options.date());
        String title = !options.title().isEmpty() ? options.title()
                : theme.branding().heading() == null ? "" : theme.branding().heading().strip();
        Logo logo = theme.branding().logo();
        List<Entry> legend = new ArrayList<>();
        double width = Math.max(measure.width(title, titleStyle(theme)), measure.width(date, dateStyle(theme)))
                + (logo == null ? 0 : logo.widthAt(LOGO_HEIGHT) + LOGO_GAP);
        if (options.legend()) {
            for (CardColouring.Entry e : colouring.legend()) {
                legend.add(entry(e.name(), e.colour(), theme, measure));
            }
        }
        List<Entry> changeLegend = new ArrayList<>();
        if (options.legend() && changes != null) {
            for (ChangeKind.Group group : changes.groupsShown()) {
                changeLegend.add(new Entry(changeName(group), ChangeMarks.Colours.LIGHT.of(group),
                        SWATCH + 6 + measure.width(changeName(group), legendStyle(theme)) + GAP_AFTER, group));
            }
        }
        return new SheetHeading(theme, title, date, logo, List.copyOf(legend), List.copyOf(changeLegend), width,
                Double.POSITIVE_INFINITY);
    }

    private static Entry entry(String name, Rgba colour, Theme theme, TextMeasure measure) {
        return new Entry(name, colour, SWATCH + 6 + measure.width(name, legendStyle(theme)) + GAP_AFTER, null);
    }

    /** A handed-over sheet explains its marks a little more than the window's legend has room for. */
    static String changeName(ChangeKind.Group group) {
        return switch (group) {
            case ADDED -> RenderTexts.t("sheet.change.added");
            case REMOVED -> RenderTexts.t("sheet.change.removed");
            case MOVED -> RenderTexts.t("sheet.change.moved");
            case CHANGED, CHART -> RenderTexts.t("sheet.change.changed");
            case DUTIES -> RenderTexts.t("sheet.change.duties");
        };
    }

    double width() {
        return width;
    }

    /** The heading's height with the gap that parts it from a chart drawn below it. */
    double height() {
        double h = drawnHeight();
        return h == 0 ? 0 : h + GAP_AFTER;
    }

    /** The height of what the heading draws, without the gap after it; 0 for no heading. */
    double drawnHeight() {
        double h = 0;
        if (!title.isEmpty()) {
            h += 28;
        }
        if (!date.isEmpty()) {
            h += 20;
        }
        if (logo != null) {
            h = Math.max(h, LOGO_HEIGHT + 6);
        }
        h += 24 * (legendRows.size() + changeRows.size());
        return h;
    }

    /** Draws the heading with its top-left corner at (x, y), in pixels at {@code scale}. */
    void paint(Surface s, double x, double y, double scale) {
        double line = y;
        double tx = x;
        if (logo != null) {
            s.image(logo, x, y, logo.widthAt(LOGO_HEIGHT) * scale, LOGO_HEIGHT * scale);
            tx = x + (logo.widthAt(LOGO_HEIGHT) + LOGO_GAP) * scale;
        }
        if (!title.isEmpty()) {
            line += 28 * scale;
            s.text(title, tx, line - 7 * scale, TextAlign.LEFT, titleStyle(theme).withSize(TITLE_SIZE * scale));
        }
        if (!date.isEmpty()) {
            line += 20 * scale;
            s.text(date, tx, line - 6 * scale, TextAlign.LEFT, dateStyle(theme).withSize(DATE_SIZE * scale));
        }
        if (logo != null) {
            line = Math.max(line, y + (LOGO_HEIGHT + 6) * scale);
        }
        for (List<Entry> row : legendRows) {
            paintRow(s, row, x, line, scale);
            line += 24 * scale;
        }
        for (List<Entry> row : changeRows) {
            paintRow(s, row, x, line, scale);
            line += 24 * scale;
        }
    }

    private void paintRow(Surface s, List<Entry> row, double x, double line, double scale) {
        double lx = x;
        double top = line + 6 * scale;
        for (Entry e : row) {
            if (e.change() == null) {
                s.fillRect(lx, top, SWATCH * scale, SWATCH * scale, 2 * scale, e.colour());
            } else {
                changeSwatch(s, e, lx, top, scale);
            }
            s.text(e.name(), lx + (SWATCH + 6) * scale, top + 10.5 * scale, TextAlign.LEFT,
                    legendStyle(theme).withSize(LEGEND_SIZE * scale));
            lx += e.width() * scale;
        }
    }

    /** A little card marked as the chart marks one: ringed, or faded with a dashed outline for a ghost. */
    private void changeSwatch(Surface s, Entry e, double x, double y, double scale) {
        double size = SWATCH * scale;
        double radius = 2 * scale;
        double ring = Math.max(1, 2 * scale);
        s.fillRect(x, y, size, size, radius, theme.cardFill());
        if (e.change() == ChangeKind.Group.REMOVED) {
            s.fillRect(x, y, size, size, radius, ChangeMarks.Colours.LIGHT.veil());
            s.strokeRect(x + ring / 2, y + ring / 2, size - ring, size - ring, radius,
                    LineStyle.dashed(e.colour(), ring, 2 * scale));
        } else {
            s.strokeRect(x + ring / 2, y + ring / 2, size - ring, size - ring, radius, LineStyle.solid(e.colour(), ring));
        }
    }

    private static TextStyle titleStyle(Theme theme) {
        return theme.text(TITLE_SIZE, true, false, theme.title());
    }

    private static TextStyle dateStyle(Theme theme) {
        return theme.text(DATE_SIZE, false, false, theme.holder());
    }

    private static TextStyle legendStyle(Theme theme) {
        return theme.text(LEGEND_SIZE, false, false, theme.title());
    }
}
