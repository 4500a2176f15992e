package dev.orgwright.render;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.Edge;
import dev.orgwright.layout.Point;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chart zoomed out beyond reading: semantic zoom. Once a card's title would be drawn smaller
 * than {@link #LEGIBLE_TITLE_PIXELS}, each team small enough on screen is drawn as one block over
 * the area its cards take, labelled with its manager's title, its head count and its worst
 * finding, and only the managers above those teams stay cards, with their reporting lines. A
 * fitted chart of 100,000 positions so shows its structure instead of hairlines; zooming in
 * brings the cards back. Only the window draws this way: exports show every card.
 */
public final class TeamBlocks {

    /** Below this height of a card's title, in pixels, cards are too small to read. */
    public static final double LEGIBLE_TITLE_PIXELS = 5;
    /** The largest a block may be on screen, in pixels; a bigger team is split into its reports' teams. */
    static final double MAX_BLOCK_PIXELS = 200;
    private static final double LABEL_SIZE = 11;
    private static final double GAP = 2;

    private final Theme theme;
    /** The worst finding of each team drawn so far, for the findings and layout it was worked out from. */
    private Map<PositionId, Severity> worst = new HashMap<>();
    private Validation worstFindings;
    private Chart worstChart;

    public TeamBlocks(Theme theme) {
        this.theme = theme;
    }

    /** Whether a view at {@code scale} draws teams as blocks rather than cards. */
    public static boolean applies(double scale) {
        return CardMetrics.TITLE_SIZE * scale < LEGIBLE_TITLE_PIXELS;
    }

    /** What one frame drew, for tests and for hit-testing a block. */
    public record Frame(List<PositionId> cards, List<Block> blocks) {
    }

    /** One team drawn as a block: its manager, its rectangle on the surface, its head count. */
    public record Block(PositionId manager, double x, double y, double width, double height, int positions,
                        Optional<Severity> worst) {
    }

    /** Draws what {@code view} shows of {@code chart}, teams as blocks, and says what it drew. */
    public Frame paint(Surface s, Chart chart, ChartLayout layout, Viewport view, Decorations marks,
                       CardColouring colouring) {
        if (theme.background().alpha() > 0) {
            s.fillRect(0, 0, view.width(), view.height(), 0, theme.background());
        }
        double scale = view.scale();
        List<PositionId> cards = new ArrayList<>();
        List<Box> cardBoxes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<Box> extents = new ArrayList<>();
        List<Edge> lines = new ArrayList<>();
        double max = MAX_BLOCK_PIXELS / scale;
        layout.visitTeams(view.toChartX(0), view.toChartY(0), view.chartWidth(), view.chartHeight(), max, max,
                new ChartLayout.TeamVisitor() {
                    @Override
                    public void card(PositionId id, Box box, Edge line) {
                        cards.add(id);
                        cardBoxes.add(box);
                        if (line != null) {
                            lines.add(line);
                        }
                    }

                    @Override
                    public void team(PositionId manager, Box extent, int positions, Edge line) {
                        blocks.add(new Block(manager, 0, 0, 0, 0, positions, Optional.empty()));
                        extents.add(extent);
                        if (line != null) {
                            lines.add(line);
                        }
                    }
                });
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
        for (int k = 0; k < cards.size(); k++) {
            Box b = cardBoxes.get(k);
            Position p = chart.position(cards.get(k));
            double x = Math.round(view.toSurfaceX(b.x()));
            double y = Math.round(view.toSurfaceY(b.y()));
            double w = Math.max(1, Math.round(view.toSurfaceX(b.right())) - x);
            double h = Math.max(1, Math.round(view.toSurfaceY(b.bottom())) - y);
            s.fillRect(x, y, w, h, Math.min(2, w / 4), colouring.colourOf(chart, p));
            if (p.id().equals(marks.selected())) {
                s.strokeRect(x - 2, y - 2, w + 4, h + 4, 3, LineStyle.solid(theme.selection(), 2));
            }
        }
        List<Block> drawn = new ArrayList<>(blocks.size());
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            Box e = extents.get(k);
            double x = Math.round(view.toSurfaceX(e.x())) + GAP / 2;
            double y = Math.round(view.toSurfaceY(e.y())) + GAP / 2;
            double w = Math.max(2, Math.round(view.toSurfaceX(e.right())) - x - GAP / 2);
            double h = Math.max(2, Math.round(view.toSurfaceY(e.bottom())) - y - GAP / 2);
            Optional<Severity> bad = worstIn(chart, marks.findings(), b.manager());
            Block placed = new Block(b.manager(), x, y, w, h, b.positions(), bad);
            drawn.add(placed);
            paintBlock(s, chart.position(b.manager()), placed, colouring.colourOf(chart, chart.position(b.manager())),
                    b.manager().equals(marks.selected()));
        }
        return new Frame(List.copyOf(cards), List.copyOf(drawn));
    }

    private void paintBlock(Surface s, Position manager, Block b, Rgba band, boolean selected) {
        double radius = Math.min(6, Math.min(b.width(), b.height()) / 4);
        s.fillRect(b.x(), b.y(), b.width(), b.height(), radius, theme.cardFill());
        s.fillRect(b.x(), b.y(), b.width(), b.height(), radius,
                new Rgba(band.red(), band.green(), band.blue(), theme.isDark() ? 70 : 45));
        s.strokeRect(b.x() + 0.5, b.y() + 0.5, b.width() - 1, b.height() - 1, radius, LineStyle.solid(band, 1.5));
        double bar = Math.min(4, b.height() / 4);
        s.pushClip(b.x(), b.y(), b.width(), bar);
        s.fillRect(b.x(), b.y(), b.width(), b.height(), radius, band);
        s.popClip();
        if (b.worst().isPresent() && b.width() >= 16 && b.height() >= 16) {
            Theme.Marks colours = theme.marks();
            Rgba dot = switch (b.worst().get()) {
                case ERROR -> colours.error();
                case WARNING -> colours.warning();
                case INFO -> colours.info();
            };
            s.fillRect(b.x() + b.width() - 11, b.y() + bar + 3, 8, 8, 4, dot);
        }
        if (b.width() >= 40 && b.height() >= 2 * LABEL_SIZE + 8) {
            double room = b.width() - 8 - (b.worst().isPresent() ? 10 : 0);
            s.pushClip(b.x() + 3, b.y(), room + 2, b.height());
            double left = b.x() + 5;
            double base = b.y() + bar + LABEL_SIZE + 2;
            label(s, CardMetrics.titleLine(manager), left, base, room, CardMetrics.titleStyle(theme).withSize(LABEL_SIZE));
            String count = b.positions() == 1 ? RenderTexts.t("blocks.one.position")
                    : RenderTexts.t("blocks.positions", b.positions());
            label(s, count, left, base + LABEL_SIZE + 2, room, new TextStyle(LABEL_SIZE - 1, false, false, theme.holder()));
            if (b.worst().isPresent() && b.height() >= 3 * LABEL_SIZE + 12) {
                label(s, RenderTexts.t("blocks.worst." + b.worst().get().id()), left, base + 2 * (LABEL_SIZE + 2),
                        room, new TextStyle(LABEL_SIZE - 1, false, true, theme.holder()));
            }
            s.popClip();
        }
        if (selected) {
            s.strokeRect(b.x() - 1, b.y() - 1, b.width() + 2, b.height() + 2, radius + 1,
                    LineStyle.solid(theme.selection(), 2));
        }
    }

    /**
     * One line of a block's label, ending with "…" where the block is too narrow for it, as card
     * text is cut: a clipped "Head of Team" would read as a whole, different title.
     */
    private static void label(Surface s, String text, double left, double base, double room, TextStyle style) {
        s.text(TextWrap.ellipsised(text, room, s.measure(), style), left, base, TextAlign.LEFT, style);
    }

    /**
     * The worst error or warning in {@code manager}'s team (notes are too common to say anything
     * at this distance). Worked out once per chart and findings version by walking up from each
     * position with a finding, so its cost follows the findings, not the size of the chart.
     */
    private Optional<Severity> worstIn(Chart chart, Validation findings, PositionId manager) {
        if (findings == null) {
            return Optional.empty();
        }
        if (findings != worstFindings || chart != worstChart) {
            Map<PositionId, Severity> up = new HashMap<>();
            findings.forEachWorst((id, severity) -> {
                if (severity == Severity.INFO || !chart.contains(id)) {
                    return;
                }
                for (PositionId at = id; at != null; at = chart.position(at).reportsTo()) {
                    Severity known = up.get(at);
                    if (known != null && known.compareTo(severity) <= 0) {
                        break; // this team, and so every team above it, already has one as bad
                    }
                    up.put(at, severity);
                }
            });
            worst = up;
            worstFindings = findings;
            worstChart = chart;
        }
        return Optional.ofNullable(worst.get(manager));
    }
}
