package dev.orgwright.render;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.Edge;
import dev.orgwright.layout.Point;
import dev.orgwright.layout.TeamRanks;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chart zoomed out beyond reading: semantic zoom. Once a card's title would be drawn smaller
 * than {@link #LEGIBLE_TITLE_PIXELS}, each team small enough on screen is drawn as one block over
 * the area its cards take, labelled with its manager's title, its head count and its worst
 * finding. The managers above those teams are drawn as headers: a labelled band across the top
 * of the area their whole team takes, the blocks and headers of their reports below it, boxes in
 * boxes as org-design tools show a large organisation's structure. A fitted chart of 100,000
 * positions so shows its structure instead of hairlines and specks; zooming in brings the cards
 * back. Every label is whole or shortened with "…" keeping enough to recognise it, and a block
 * too narrow for its title writes it upwards along its height. Only the window draws this way:
 * exports show every card.
 */
public final class TeamBlocks {

    /** Below this height of a card's title, in pixels, cards are too small to read. */
    public static final double LEGIBLE_TITLE_PIXELS = 5;
    /** The largest a block may be on screen, in pixels; a bigger team is split into its reports' teams. */
    static final double MAX_BLOCK_PIXELS = 200;
    /** The size of the text of blocks and headers, in pixels. */
    static final double LABEL_SIZE = 11;
    /** The smallest text a block is labelled in, in pixels, when its title does not fit whole at {@link #LABEL_SIZE}. */
    static final double SMALL_LABEL_SIZE = 9;
    /** The height of a manager's header band, in pixels: one line of label text. */
    static final double HEADER_HEIGHT = LABEL_SIZE + 6;
    /**
     * The fewest characters a shortened label keeps before its "…": fewer ("He…") say nothing
     * about who it is, so such a label is left out rather than drawn.
     */
    static final int LEAST_KEPT = 8;
    /**
     * The least height of a block that its manager's header cuts into: room for a line of its
     * smallest label. What is left of a team below the header under that would be a bare bar,
     * so the team is counted in the header instead.
     */
    static final double LEAST_CLIPPED_HEIGHT = SMALL_LABEL_SIZE + 6;
    /**
     * A block smaller than this both across and down has no room even for its head count at
     * {@link #SMALL_LABEL_SIZE}, across or upwards.
     */
    static final double LEAST_LABELLED = SMALL_LABEL_SIZE + 6;
    private static final double GAP = 2;
    private static final Severity[] SEVERITIES = Severity.values();

    private final Theme theme;
    /**
     * The worst finding of each team (by {@link Severity#ordinal()}), for the findings and layout it
     * was worked out from: an array indexed like the layout, so that new findings or a new layout
     * after an edit cost a walk up from each finding, not a frame's worth of look-ups in maps.
     */
    private TeamRanks worst;
    private Validation worstFindings;
    private ChartLayout worstLayout;
    /** Whether {@link #worst} was worked out from findings of the very chart drawn, so that it ranks every position. */
    private boolean worstWhole;

    public TeamBlocks(Theme theme) {
        this.theme = theme;
    }

    /** Whether a view at {@code scale} draws teams as blocks rather than cards. */
    public static boolean applies(double scale) {
        return CardMetrics.TITLE_SIZE * scale < LEGIBLE_TITLE_PIXELS;
    }

    /**
     * What one frame drew, for tests and for hit-testing a block: every position handed over as a
     * card (the managers above the blocks, whether drawn as a header or as a plain card), the
     * teams drawn as blocks, and the headers drawn for managers and single positions.
     */
    public record Frame(List<PositionId> cards, List<Block> blocks, List<Header> headers) {
    }

    /** One team drawn as a block: its manager, its rectangle on the surface, its head count. */
    public record Block(PositionId manager, double x, double y, double width, double height, int positions,
                        Optional<Severity> worst) {
    }

    /**
     * A position above the blocks drawn as a labelled band: across the top of the area its whole
     * team takes (a manager), or over its own card (a single position); its rectangle on the
     * surface and the head count of its whole team.
     */
    public record Header(PositionId position, double x, double y, double width, double height, int positions,
                         Optional<Severity> worst) {
    }

    /** One thing the layout handed over: a card or a team, with its rectangle on the surface. */
    private static final class Item {
        final PositionId id;
        final boolean team;
        final int positions;
        final double x;
        final double y;
        final double right;
        final double bottom;
        /** The item of the manager above, -1 for a top one. */
        int parent = -1;
        boolean hasReports;
        /** The area of the whole team as drawn: this item and everything below it. */
        double areaX;
        double areaY;
        double areaRight;
        double areaBottom;
        /** The header band of a card, when it gets one. */
        double[] header;
        /** How many positions this item and the ones below it in the frame hold, and whether that is its whole team. */
        int shown;
        int reports;
        boolean whole = true;

        Item(PositionId id, boolean team, int positions, double x, double y, double right, double bottom) {
            this.id = id;
            this.team = team;
            this.positions = positions;
            this.x = x;
            this.y = y;
            this.right = right;
            this.bottom = bottom;
            areaX = x;
            areaY = y;
            areaRight = right;
            areaBottom = bottom;
            shown = positions;
        }
    }

    /** Draws what {@code view} shows of {@code chart}, teams as blocks, and says what it drew. */
    public Frame paint(Surface s, Chart chart, ChartLayout layout, Viewport view, Decorations marks,
                       CardColouring colouring) {
        if (theme.background().alpha() > 0) {
            s.fillRect(0, 0, view.width(), view.height(), 0, theme.background());
        }
        double scale = view.scale();
        List<Item> items = new ArrayList<>();
        Map<PositionId, Integer> cardIndex = new HashMap<>();
        List<PositionId> cards = new ArrayList<>();
        List<Edge> lines = new ArrayList<>();
        double max = MAX_BLOCK_PIXELS / scale;
        layout.visitTeams(view.toChartX(0), view.toChartY(0), view.chartWidth(), view.chartHeight(), max, max,
                new ChartLayout.TeamVisitor() {
                    @Override
                    public void card(PositionId id, Box box, Edge line) {
                        cards.add(id);
                        cardIndex.put(id, items.size());
                        items.add(item(id, false, 1, box, view, 0));
                        if (line != null) {
                            lines.add(line);
                        }
                    }

                    @Override
                    public void team(PositionId manager, Box extent, int positions, Edge line) {
                        items.add(item(manager, true, positions, extent, view, GAP / 2));
                        if (line != null) {
                            lines.add(line);
                        }
                    }
                });
        placeHeaders(chart, items, cardIndex);

        LineStyle lineStyle = LineStyle.solid(theme.line(), 1);
        for (Edge e : lines) {
            List<Point> p = e.points();
            double[] xs = new double[p.size()];
            double[] ys = new double[p.size()];
            for (int k = 0; k < p.size(); k++) {
                xs[k] = view.toSurfaceX(p.get(k).x());
                ys[k] = view.toSurfaceY(p.get(k).y());
            }
            s.polyline(xs, ys, lineStyle);
        }
        for (Item it : items) {
            if (it.team || it.header != null) {
                continue;
            }
            Position p = chart.position(it.id);
            double w = Math.max(1, it.right - it.x);
            double h = Math.max(1, it.bottom - it.y);
            s.fillRect(it.x, it.y, w, h, Math.min(2, w / 4), colouring.colourOf(chart, p));
            if (p.id().equals(marks.selected())) {
                s.strokeRect(it.x - 2, it.y - 2, w + 4, h + 4, 3, LineStyle.solid(theme.selection(), 2));
            }
        }
        List<Block> drawn = new ArrayList<>();
        for (Item it : items) {
            if (!it.team) {
                continue;
            }
            double w = Math.max(2, it.right - it.x);
            double h = Math.max(2, it.bottom - it.y);
            // A block whose top lies under its manager's header starts below it, so that its label can be read; a
            // team so small that too little of it is left below the header is counted in the header and not drawn.
            // What is left below the header is drawn only when it has room for a line of label: less would be a
            // bare bar that says nothing and reads as a glitch.
            double under = headerAbove(items, it) + GAP;
            double y = it.y;
            double least = 3;
            if (under > y) {
                h = Math.max(0, it.bottom - under);
                y = under;
                least = LEAST_CLIPPED_HEIGHT;
            }
            Optional<Severity> bad = worstIn(chart, layout, marks.findings(), it.id);
            Block placed = new Block(it.id, it.x, y, w, h, it.positions, bad);
            drawn.add(placed);
            if (h < least) {
                continue;
            }
            Position manager = chart.position(it.id);
            paintBlock(s, manager, placed, colouring.colourOf(chart, manager), it.id.equals(marks.selected()));
        }
        List<Header> headers = new ArrayList<>();
        for (Item it : items) {
            if (it.header == null) {
                continue;
            }
            double[] r = it.header;
            Header header = new Header(it.id, r[0], r[1], r[2] - r[0], r[3] - r[1],
                    it.whole ? it.shown : layout.teamSize(it.id), worstIn(chart, layout, marks.findings(), it.id));
            headers.add(header);
            Position p = chart.position(it.id);
            paintHeader(s, p, header, view, colouring.colourOf(chart, p), it.id.equals(marks.selected()));
        }
        return new Frame(List.copyOf(cards), List.copyOf(drawn), List.copyOf(headers));
    }

    private static Item item(PositionId id, boolean team, int positions, Box b, Viewport view, double inset) {
        double x = Math.round(view.toSurfaceX(b.x())) + inset;
        double y = Math.round(view.toSurfaceY(b.y())) + inset;
        double right = Math.round(view.toSurfaceX(b.right())) - inset;
        double bottom = Math.round(view.toSurfaceY(b.bottom())) - inset;
        return new Item(id, team, positions, x, y, right, bottom);
    }

    /**
     * Gives every card that has room a header band: a manager's runs across the top of the area
     * its team takes, below its own manager's header; a single position's covers its card. The
     * layout hands over managers before their reports, so a manager's header is placed before
     * the ones below it. Headers of neighbouring teams whose areas overlap share the overlap.
     */
    private static void placeHeaders(Chart chart, List<Item> items, Map<PositionId, Integer> cardIndex) {
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            PositionId up = chart.position(it.id).reportsTo();
            Integer parent = up == null ? null : cardIndex.get(up);
            if (parent != null && parent < k) {
                it.parent = parent;
                items.get(parent).hasReports = true;
            }
        }
        for (int k = items.size() - 1; k >= 0; k--) { // reports come after their manager: areas add up bottom up
            Item it = items.get(k);
            if (!it.team) { // a team reaching outside the view was not handed over whole
                it.whole &= it.reports == chart.childrenOf(it.id).size();
            }
            if (it.parent >= 0) {
                Item m = items.get(it.parent);
                m.shown += it.shown;
                m.reports++;
                m.whole &= it.whole;
                m.areaX = Math.min(m.areaX, it.areaX);
                m.areaY = Math.min(m.areaY, it.areaY);
                m.areaRight = Math.max(m.areaRight, it.areaRight);
                m.areaBottom = Math.max(m.areaBottom, it.areaBottom);
            }
        }
        Map<Integer, List<Item>> byManager = new HashMap<>();
        for (Item it : items) {
            if (it.team) {
                continue;
            }
            // A manager's band runs across the top of its team's area: that is its card's top when the reports hang
            // below it, and above its card when they stand beside it, left to right, the card level with their middle.
            double top = Math.max(it.hasReports ? it.areaY : it.y, headerAbove(items, it) + GAP);
            double height = it.hasReports ? Math.max(HEADER_HEIGHT, Math.min(it.bottom - it.y, 2 * HEADER_HEIGHT))
                    : it.bottom - top;
            double left = it.hasReports ? it.areaX + GAP / 2 : it.x;
            double right = it.hasReports ? it.areaRight - GAP / 2 : it.right;
            if (height < HEADER_HEIGHT || top + height > it.areaBottom + 0.5 || right - left < 2 * HEADER_HEIGHT) {
                continue; // no room: it stays a plain card
            }
            it.header = new double[] {left, top, right, top + height};
            byManager.computeIfAbsent(it.parent, p -> new ArrayList<>()).add(it);
        }
        for (List<Item> siblings : byManager.values()) {
            siblings.sort(Comparator.comparingDouble(i -> i.x + i.right));
            for (int k = 1; k < siblings.size(); k++) {
                double[] a = siblings.get(k - 1).header;
                double[] b = siblings.get(k).header;
                boolean sideBySide = a[1] < b[3] && b[1] < a[3];
                if (sideBySide && a[2] + GAP > b[0]) {
                    double middle = (a[2] + b[0]) / 2;
                    a[2] = Math.max(a[0], middle - GAP / 2);
                    b[0] = Math.min(b[2], middle + GAP / 2);
                }
            }
        }
    }

    /** The bottom of the nearest header above {@code it} among its managers; negative infinity when none has one. */
    private static double headerAbove(List<Item> items, Item it) {
        for (int p = it.parent; p >= 0; p = items.get(p).parent) {
            double[] h = items.get(p).header;
            if (h != null) {
                return h[0] < it.right && it.x < h[2] ? h[3] : Double.NEGATIVE_INFINITY;
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    private void paintBlock(Surface s, Position manager, Block b, Rgba band, boolean selected) {
        double radius = Math.min(6, Math.min(b.width(), b.height()) / 4);
        if (b.width() < LEAST_LABELLED && b.height() < LEAST_LABELLED) {
            // Too small even for its head count: a patch of its colour, as a card too small to read is drawn.
            // An outline and a bar would fill a speck this size as a blot, and a label could only be cut.
            s.fillRect(b.x(), b.y(), b.width(), b.height(), radius, band);
            if (selected) {
                s.strokeRect(b.x() - 1, b.y() - 1, b.width() + 2, b.height() + 2, radius + 1,
                        LineStyle.solid(theme.selection(), 2));
            }
            return;
        }
        s.fillRect(b.x(), b.y(), b.width(), b.height(), radius, theme.cardFill());
        s.fillRect(b.x(), b.y(), b.width(), b.height(), radius,
                new Rgba(band.red(), band.green(), band.blue(), theme.isDark() ? 70 : 45));
        s.strokeRect(b.x() + 0.5, b.y() + 0.5, b.width() - 1, b.height() - 1, radius, LineStyle.solid(band, 1.5));
        double bar = Math.min(4, b.height() / 4);
        s.pushClip(b.x(), b.y(), b.width(), bar);
        s.fillRect(b.x(), b.y(), b.width(), b.height(), radius, band);
        s.popClip();
        boolean dot = b.worst().isPresent() && b.width() >= 16 && b.height() >= 16;
        if (dot) {
            s.fillRect(b.x() + b.width() - 11, b.y() + bar + 3, 8, 8, 4, dotColour(b.worst().get()));
        }
        labelBlock(s, manager, b, bar, dot);
        if (selected) {
            s.strokeRect(b.x() - 1, b.y() - 1, b.width() + 2, b.height() + 2, radius + 1,
                    LineStyle.solid(theme.selection(), 2));
        }
    }

    /**
     * A block's label: its manager's title, its head count and its worst finding, as many lines
     * as the block has room for. A title too long for one line is broken between words over
     * several ("Head of Area" / "20"), so that the part that tells teams apart is not cut off. A
     * block too narrow even for that but taller than wide writes the title upwards along its left
     * edge, the head count beside it, so that a column of narrow teams still says whose each one
     * is. What does not fit whole is shortened with "…" or left out, never cut to a stub.
     */
    private void labelBlock(Surface s, Position manager, Block b, double bar, boolean dot) {
        String title = CardMetrics.titleLine(manager);
        // Whole at the usual size, across or upwards; then whole a little smaller; then shortened.
        for (double size : new double[] {LABEL_SIZE, SMALL_LABEL_SIZE}) {
            if (labelBlock(s, title, b, bar, dot, size, false)) {
                return;
            }
        }
        // Shortened at the usual size, then at the smallest; else the head count alone.
        for (double size : new double[] {LABEL_SIZE, SMALL_LABEL_SIZE}) {
            if (labelBlock(s, title, b, bar, dot, size, true)) {
                return;
            }
        }
        countOnly(s, b, bar, dot);
    }

    /**
     * The head count alone, for a block too small for any legible part of its title (a team a
     * few dozen pixels across): on its first line beside the finding's dot, or on the line below
     * it, or upwards along a tall block; at the smallest label size or larger, and left out when
     * even the number does not fit.
     */
    private void countOnly(Surface s, Block b, double bar, boolean dot) {
        TextMeasure measure = s.measure();
        for (double size : new double[] {LABEL_SIZE, SMALL_LABEL_SIZE}) {
            TextStyle style = CardMetrics.titleStyle(theme).withSize(size);
            TextStyle countStyle = new TextStyle(size, false, false, theme.holder());
            double lineHeight = size + 2;
            int lines = lines(b, bar, size);
            double left = b.x() + 5;
            double base = b.y() + bar + size + 2;
            String count = lines >= 1 ? headCount(b.positions(), b.width() - 8 - (dot ? 10 : 0), measure, countStyle) : null;
            if (count == null && dot && lines >= 2) {
                count = headCount(b.positions(), b.width() - 8, measure, countStyle);
                base += lineHeight;
            }
            if (count != null) {
                s.text(count, left, base, TextAlign.LEFT, countStyle);
                return;
            }
            double length = b.height() - bar - 8 - (dot ? 12 : 0);
            count = b.height() > b.width() && b.width() - 4 >= lineHeight
                    ? headCount(b.positions(), length, measure, countStyle) : null;
            if (count != null) {
                s.textUpwards(count, b.x() + 2 + size, b.y() + b.height() - 5, countStyle);
                return;
            }
        }
    }

    /** Draws a block's label at {@code size} if its title fits whole (or, when {@code shorten}, legibly shortened). */
    private boolean labelBlock(Surface s, String title, Block b, double bar, boolean dot, double size, boolean shorten) {
        TextMeasure measure = s.measure();
        TextStyle titleStyle = CardMetrics.titleStyle(theme).withSize(size);
        TextStyle countStyle = new TextStyle(size - 1, false, false, theme.holder());
        double room = b.width() - 8 - (dot ? 10 : 0);
        double lineHeight = size + 2;
        int lines = lines(b, bar, size);
        double length = b.height() - bar - 8 - (dot ? 12 : 0);
        int columns = (int) Math.floor((b.width() - 4) / lineHeight);
        boolean tall = b.height() > b.width() && columns >= 1;
        List<String> across = wrapped(title, room, Math.min(3, lines - 1), measure, titleStyle);
        if (across == null) {
            across = wrapped(title, room, Math.min(3, lines), measure, titleStyle);
        }
        String upwards = null;
        if (across == null && tall && measure.width(title, titleStyle) <= length) {
            upwards = title;
        } else if (across == null && shorten) {
            upwards = tall ? legible(title, length, measure, titleStyle) : null;
            String shortened = lines >= 1 ? legible(title, room, measure, titleStyle) : null;
            if (shortened != null && (upwards == null || shortened.length() >= upwards.length())) {
                across = List.of(shortened);
                upwards = null;
            }
        }
        if (upwards != null) {
            double x = b.x() + 2 + size;
            double y = b.y() + b.height() - 5;
            s.textUpwards(upwards, x, y, titleStyle);
            String count = columns >= 2 ? headCount(b.positions(), length, measure, countStyle) : null;
            if (count != null) {
                s.textUpwards(count, x + lineHeight, y, countStyle);
            }
            return true;
        }
        if (across == null) {
            return false;
        }
        double left = b.x() + 5;
        double base = b.y() + bar + size + 2;
        for (String line : across) {
            s.text(line, left, base, TextAlign.LEFT, titleStyle);
            base += lineHeight;
        }
        int used = across.size();
        String count = lines > used ? headCount(b.positions(), room, measure, countStyle) : null;
        if (count != null) {
            s.text(count, left, base, TextAlign.LEFT, countStyle);
            base += lineHeight;
            used++;
        }
        if (b.worst().isPresent() && lines > used) {
            TextStyle worstStyle = new TextStyle(size - 1, false, true, theme.holder());
            String said = RenderTexts.t("blocks.worst." + b.worst().get().id());
            if (measure.width(said, worstStyle) <= room) {
                s.text(said, left, base, TextAlign.LEFT, worstStyle);
            }
        }
        return true;
    }

    /**
     * How many lines of label at {@code size} a block holds below its bar. A flat block (a team laid out in one
     * row, as rows by tier and left to right often do) holds one line as soon as the line and its descenders fit
     * below the bar, without the padding a taller block keeps under its last line.
     */
    private static int lines(Block b, double bar, double size) {
        int lines = (int) Math.floor((b.height() - bar - 6) / (size + 2));
        return lines < 1 && b.height() - bar >= size + 4 ? 1 : lines;
    }

    /**
     * {@code text} whole on at most {@code maxLines} lines of {@code room}, broken only between
     * words; null when it does not fit so.
     */
    static List<String> wrapped(String text, double room, int maxLines, TextMeasure measure, TextStyle style) {
        if (maxLines < 1 || room <= 0) {
            return null;
        }
        if (measure.width(text, style) <= room) {
            return List.of(text);
        }
        List<String> lines = TextWrap.lines(text, room, maxLines, measure, style);
        String joined = String.join(" ", lines.stream().map(String::strip).toList());
        return joined.equals(text.strip().replaceAll("\\s+", " ")) ? lines : null;
    }

    /**
     * A header band: the manager's title and its whole team's head count on one line, over the
     * team it heads. Its label stays within the view when the band reaches past the view's left
     * or right edge, as a table's heading does, so that a zoomed-in team still says whose it is.
     */
    private void paintHeader(Surface s, Position position, Header h, Viewport view, Rgba band, boolean selected) {
        double radius = Math.min(4, h.height() / 4);
        s.fillRect(h.x(), h.y(), h.width(), h.height(), radius, theme.cardFill());
        s.fillRect(h.x(), h.y(), h.width(), h.height(), radius,
                new Rgba(band.red(), band.green(), band.blue(), theme.isDark() ? 120 : 90));
        s.strokeRect(h.x() + 0.5, h.y() + 0.5, h.width() - 1, h.height() - 1, radius, LineStyle.solid(band, 1.5));
        double left = Math.max(h.x(), 0) + 6;
        double right = Math.min(h.x() + h.width(), view.width()) - 6;
        double middle = h.y() + Math.min(h.height(), HEADER_HEIGHT) / 2;
        if (h.worst().isPresent() && right - left >= 24) {
            s.fillRect(right - 8, middle - 4, 8, 8, 4, dotColour(h.worst().get()));
            right -= 12;
        }
        TextMeasure measure = s.measure();
        TextStyle titleStyle = CardMetrics.titleStyle(theme).withSize(LABEL_SIZE);
        TextStyle countStyle = new TextStyle(LABEL_SIZE - 1, false, false, theme.holder());
        String whole = CardMetrics.titleLine(position);
        String title = legible(whole, right - left, measure, titleStyle);
        TextStyle smaller = titleStyle.withSize(SMALL_LABEL_SIZE);
        if (!whole.equals(title) && measure.width(whole, smaller) <= right - left) {
            title = whole; // whole a little smaller rather than shortened
            titleStyle = smaller;
        } else if (title == null) {
            // Too narrow for a legible start of the title at the usual size: shortened a little smaller, as a block is,
            // rather than a band that says nothing.
            title = legible(whole, right - left, measure, smaller);
            titleStyle = smaller;
        }
        if (title == null) {
            return;
        }
        double base = middle + LABEL_SIZE * 0.36;
        s.text(title, left, base, TextAlign.LEFT, titleStyle);
        if (h.positions() > 1) {
            double after = left + measure.width(title, titleStyle) + 8;
            String count = headCount(h.positions(), right - after, measure, countStyle);
            if (count != null) {
                s.text(count, after, base, TextAlign.LEFT, countStyle);
            } else if (h.height() >= 2 * HEADER_HEIGHT - 2) {
                count = headCount(h.positions(), right - left, measure, countStyle);
                if (count != null) {
                    s.text(count, left, base + LABEL_SIZE + 2, TextAlign.LEFT, countStyle);
                }
            }
        }
        if (selected) {
            s.strokeRect(h.x() - 1, h.y() - 1, h.width() + 2, h.height() + 2, radius + 1,
                    LineStyle.solid(theme.selection(), 2));
        }
    }

    private Rgba dotColour(Severity severity) {
        Theme.Marks colours = theme.marks();
        return switch (severity) {
            case ERROR -> colours.error();
            case WARNING -> colours.warning();
            case INFO -> colours.info();
        };
    }

    /**
     * {@code text} as it fits in {@code room}: whole, or shortened with "…" (as card text is cut,
     * since a clipped "Head of Team" would read as a whole, different title) when at least
     * {@link #LEAST_KEPT} characters stay; null when not even that fits.
     */
    static String legible(String text, double room, TextMeasure measure, TextStyle style) {
        if (room <= 0) {
            return null;
        }
        if (measure.width(text, style) <= room) {
            return text;
        }
        String cut = TextWrap.ellipsised(text, room, measure, style);
        int kept = cut.length() - TextWrap.ELLIPSIS.length();
        return kept >= LEAST_KEPT && measure.width(cut, style) <= room ? cut : null;
    }

    /** "1,234 positions", or "1,234" where that does not fit, or null: a number is never cut. */
    private static String headCount(int positions, double room, TextMeasure measure, TextStyle style) {
        String full = positions == 1 ? RenderTexts.t("blocks.one.position") : RenderTexts.t("blocks.positions", positions);
        if (measure.width(full, style) <= room) {
            return full;
        }
        String number = RenderTexts.t("blocks.count", positions);
        return measure.width(number, style) <= room ? number : null;
    }

    /**
     * The worst error or warning in {@code manager}'s team (notes are too common to say anything
     * at this distance). Worked out once per layout and findings version: after an edit, carried
     * over from the previous frame's ranks, looking up only the positions whose worst finding the
     * edit changed; otherwise by walking up the layout's arrays from each position whose worst
     * finding is an error or a warning, read from the worst severities the findings keep.
     */
    private Optional<Severity> worstIn(Chart chart, ChartLayout layout, Validation findings, PositionId manager) {
        if (findings == null) {
            return Optional.empty();
        }
        if (findings != worstFindings || layout != worstLayout) {
            boolean ofThisChart = findings.chart() == chart;
            TeamRanks carried = ofThisChart && worstWhole ? carried(layout, findings) : null;
            if (carried == null) {
                TeamRanks up = layout.teamRanks();
                findings.worst().forEachAtLeast(Severity.WARNING, (id, severity) -> {
                    if (ofThisChart || chart.contains(id)) {
                        up.mark(id, severity.ordinal());
                    }
                });
                carried = up;
            }
            worst = carried;
            worstFindings = findings;
            worstLayout = layout;
            worstWhole = ofThisChart;
        }
        int rank = worst.least(manager);
        return rank == TeamRanks.NONE ? Optional.empty() : Optional.of(SEVERITIES[rank]);
    }

    /**
     * The previous ranks brought over to {@code layout} and {@code findings}, when the findings
     * were updated from the previous ones in one step and the layout numbers positions as the
     * previous one did; null otherwise.
     */
    private TeamRanks carried(ChartLayout layout, Validation findings) {
        if (worst == null) {
            return null;
        }
        Optional<java.util.Set<PositionId>> changed = findings.worst().changedSince(worstFindings.worst());
        if (changed.isEmpty()) {
            return null;
        }
        Map<PositionId, Integer> ranks = new HashMap<>();
        for (PositionId id : changed.get()) {
            ranks.put(id, findings.worstFor(id).filter(s -> s != Severity.INFO).map(Enum::ordinal)
                    .orElse(TeamRanks.NONE));
        }
        return worst.carriedTo(layout, ranks);
    }
}
