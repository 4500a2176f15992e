package dev.orgwright.render.export;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.Tier;
import dev.orgwright.model.diff.ChangeKind;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.Theme;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The heading above an exported chart: title, date, the legend of the tiers it shows and, for a
 * comparison, a second row with the legend of the change marks, each swatch drawn as the mark it
 * explains (a ring, or the dashed outline of a ghost).
 */
final class SheetHeading {

    private static final double TITLE_SIZE = 20;
    private static final double DATE_SIZE = 12;
    private static final double LEGEND_SIZE = 12;
    private static final double SWATCH = 12;
    private static final double GAP_AFTER = 20;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /** One item of a legend; {@code change} is the group of a change mark, null for a tier. */
    private record Entry(String name, Rgba colour, double width, ChangeKind.Group change) {
    }

    private final Theme theme;
    private final String title;
    private final String date;
    private final List<Entry> legend;
    private final List<Entry> changeLegend;
    private final double width;

    private SheetHeading(Theme theme, String title, String date, List<Entry> legend, List<Entry> changeLegend,
                         double width) {
        this.theme = theme;
        this.title = title;
        this.date = date;
        this.legend = legend;
        this.changeLegend = changeLegend;
        this.width = width;
    }

    static SheetHeading of(Chart chart, ExportOptions options, Theme theme, TextMeasure measure) {
        return of(chart, options, null, theme, measure);
    }

    /** The heading of {@code chart}; with {@code changes}, the legend explains the marks of a comparison too. */
    static SheetHeading of(Chart chart, ExportOptions options, ChangeMarks changes, Theme theme, TextMeasure measure) {
        String date = options.date() == null ? "" : DATE.format(options.date());
        List<Entry> legend = new ArrayList<>();
        double width = Math.max(measure.width(options.title(), titleStyle(theme)), measure.width(date, dateStyle(theme)));
        if (options.legend()) {
            Set<String> used = new HashSet<>();
            boolean untiered = false;
            for (Position p : chart.inTreeOrder()) {
                if (p.tierId() == null || chart.tier(p.tierId()).isEmpty()) {
                    untiered = true;
                } else {
                    used.add(p.tierId());
                }
            }
            double x = 0;
            for (Tier t : chart.tiers().stream().sorted(java.util.Comparator.comparingInt(Tier::rank)).toList()) {
                if (used.contains(t.id())) {
                    legend.add(entry(t.name(), theme.tierBand(t.rank()), theme, measure));
                }
            }
            if (untiered) {
                legend.add(entry("No tier", theme.noTierBand(), theme, measure));
            }
            for (Entry e : legend) {
                x += e.width();
            }
            width = Math.max(width, x);
        }
        List<Entry> changeLegend = new ArrayList<>();
        if (options.legend() && changes != null) {
            double x = 0;
            for (ChangeKind.Group group : changes.groupsShown()) {
                Entry e = new Entry(changeName(group), ChangeMarks.Colours.LIGHT.of(group),
                        SWATCH + 6 + measure.width(changeName(group), legendStyle(theme)) + GAP_AFTER, group);
                changeLegend.add(e);
                x += e.width();
            }
            width = Math.max(width, x);
        }
        return new SheetHeading(theme, options.title(), date, List.copyOf(legend), List.copyOf(changeLegend), width);
    }

    private static Entry entry(String name, Rgba colour, Theme theme, TextMeasure measure) {
        return new Entry(name, colour, SWATCH + 6 + measure.width(name, legendStyle(theme)) + GAP_AFTER, null);
    }

    /** A handed-over sheet explains its marks a little more than the window's legend has room for. */
    static String changeName(ChangeKind.Group group) {
        return switch (group) {
            case ADDED -> "Added";
            case REMOVED -> "Removed (faded, where it stood)";
            case MOVED -> "Moved (dashed line from the old manager)";
            case CHANGED, CHART -> "Changed (title, holder, tier or other details)";
            case DUTIES -> "Duties changed";
        };
    }

    double width() {
        return width;
    }

    double height() {
        double h = 0;
        if (!title.isEmpty()) {
            h += 28;
        }
        if (!date.isEmpty()) {
            h += 20;
        }
        if (!legend.isEmpty()) {
            h += 24;
        }
        if (!changeLegend.isEmpty()) {
            h += 24;
        }
        return h == 0 ? 0 : h + GAP_AFTER;
    }

    /** Draws the heading with its top-left corner at (x, y), in pixels at {@code scale}. */
    void paint(Surface s, double x, double y, double scale) {
        double line = y;
        if (!title.isEmpty()) {
            line += 28 * scale;
            s.text(title, x, line - 7 * scale, TextAlign.LEFT, titleStyle(theme).withSize(TITLE_SIZE * scale));
        }
        if (!date.isEmpty()) {
            line += 20 * scale;
            s.text(date, x, line - 6 * scale, TextAlign.LEFT, dateStyle(theme).withSize(DATE_SIZE * scale));
        }
        if (!legend.isEmpty()) {
            paintRow(s, legend, x, line, scale);
            line += 24 * scale;
        }
        if (!changeLegend.isEmpty()) {
            paintRow(s, changeLegend, x, line, scale);
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
        return new TextStyle(TITLE_SIZE, true, false, theme.title());
    }

    private static TextStyle dateStyle(Theme theme) {
        return new TextStyle(DATE_SIZE, false, false, theme.holder());
    }

    private static TextStyle legendStyle(Theme theme) {
        return new TextStyle(LEGEND_SIZE, false, false, theme.title());
    }
}
