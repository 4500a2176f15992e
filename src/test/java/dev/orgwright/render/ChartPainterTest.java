package dev.orgwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartPainterTest {

    private static final Theme THEME = Theme.LIGHT;
    private final ChartPainter painter = new ChartPainter(THEME);
    private final Chart chart = chart();
    private final ChartLayout layout = new TreeLayout().layout(chart, CardSizer.fixed(180, 64));
    private final RecordingSurface surface = new RecordingSurface();

    /** CEO over CTO and a vacant CFO; a head of sales under the CFO with a dotted line to the CTO. */
    private static Chart chart() {
        try {
            return Chart.builder().title("Test")
                    .add(Position.of("ceo", "Chief Executive Officer", "senior").withHolder("Maya"))
                    .add(Position.of("cto", "Chief Technology Officer", "senior").withHolder("Arjun")
                            .withReportsTo(PositionId.of("ceo")))
                    .add(Position.of("cfo", "Chief Financial Officer", "senior").withReportsTo(PositionId.of("ceo")))
                    .add(Position.of("sales", "Head of Sales", "executive").withHolder("Lena")
                            .withReportsTo(PositionId.of("cfo")).withDottedLines(List.of(PositionId.of("cto"))))
                    .build();
        } catch (InvalidChartException e) {
            throw new AssertionError(e);
        }
    }

    private Viewport wholeChart(double scale) {
        Box b = layout.bounds();
        return new Viewport(b.x() - 10, b.y() - 10, scale, (b.width() + 20) * scale, (b.height() + 20) * scale);
    }

    @Test
    void drawsEveryVisibleTitleAndHolderOrVacant() {
        painter.paint(surface, chart, layout, wholeChart(1), (PositionId) null);

        assertEquals(List.of("Chief Executive Officer", "Maya", "Chief Technology Officer", "Arjun",
                "Chief Financial Officer", "Vacant", "Head of Sales", "Lena"), surface.textStrings());
        assertEquals(0, surface.clipDepth, "every clip is undone");
    }

    @Test
    void aPositionOfMoreThanOneFteIsDrawnAsAPoolWithItsFteOnTheTitleLine() throws InvalidChartException {
        Chart pools = Chart.builder().title("Pools")
                .add(Position.of("ops", "Director of Operations", "executive").withHolder("Lena"))
                .add(Position.of("tax", "Tax Officer", "staff").withReportsTo(PositionId.of("ops"))
                        .withFte(new java.math.BigDecimal("12.50")))
                .add(Position.of("clerk", "Clerk", "staff").withReportsTo(PositionId.of("ops"))
                        .withFte(java.math.BigDecimal.ONE))
                .add(Position.of("part", "Archivist", "staff").withReportsTo(PositionId.of("ops"))
                        .withFte(new java.math.BigDecimal("0.5")))
                .add(Position.of("pair", "Porter", "staff").withReportsTo(PositionId.of("ops"))
                        .withFte(new java.math.BigDecimal("2")))
                .build();
        ChartLayout poolLayout = new TreeLayout().layout(pools, CardSizer.fixed(180, 64));
        Box b = poolLayout.bounds();

        painter.paint(surface, pools, poolLayout, new Viewport(b.x() - 10, b.y() - 10, 1, b.width() + 20,
                b.height() + 20), (PositionId) null);

        List<String> texts = surface.textStrings();
        assertTrue(texts.contains("Tax Officer × 12.5 FTE"), texts.toString());
        assertTrue(texts.contains("Porter × 2 FTE"), texts.toString());
        assertTrue(texts.contains("Clerk"), texts.toString());
        assertTrue(texts.contains("Archivist"), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("Clerk ×") || t.startsWith("Archivist ×")));
    }

    @Test
    void titlesAreBoldAndAVacancyIsItalicGrey() {
        painter.paint(surface, chart, layout, wholeChart(1), (PositionId) null);

        RecordingSurface.Text title = surface.texts.get(0);
        assertTrue(title.style().bold());
        assertEquals(CardMetrics.TITLE_SIZE, title.style().size());
        RecordingSurface.Text vacant = surface.texts.get(5);
        assertTrue(vacant.style().italic());
        assertEquals(THEME.vacant(), vacant.style().colour());
        assertFalse(surface.texts.get(1).style().italic());
    }

    @Test
    void skipsCardsOutsideTheView() {
        Box cto = layout.box(PositionId.of("cto")).orElseThrow();
        // Only the left column: the CTO's card, nothing of the CFO or the head of sales.
        painter.paint(surface, chart, layout, new Viewport(cto.x() - 5, cto.y() - 5, 1, cto.width() + 10, cto.height() + 10), (PositionId) null);

        assertEquals(List.of("Chief Technology Officer", "Arjun"), surface.textStrings());
    }

    @Test
    void drawsPlainBoxesWithoutTextWhenZoomedFarOut() {
        painter.paint(surface, chart, layout, wholeChart(0.2), (PositionId) null);

        assertTrue(surface.texts.isEmpty(), "no text on cards 13 px tall");
        long cards = surface.rects.stream().filter(r -> r.filled() && r.colour().equals(THEME.cardFill())).count();
        assertEquals(4, cards);
    }

    @Test
    void scalesTextWithTheZoom() {
        painter.paint(surface, chart, layout, wholeChart(2), (PositionId) null);

        assertEquals(2 * CardMetrics.TITLE_SIZE, surface.texts.get(0).style().size(), 1e-9);
    }

    @Test
    void eachCardHasABandInItsTiersColour() {
        painter.paint(surface, chart, layout, wholeChart(1), (PositionId) null);

        long senior = surface.rects.stream().filter(r -> r.filled() && r.colour().equals(THEME.tierBand(1))).count();
        long executive = surface.rects.stream().filter(r -> r.filled() && r.colour().equals(THEME.tierBand(2))).count();
        assertEquals(3, senior);
        assertEquals(1, executive);
    }

    @Test
    void ringsTheSelectedCard() {
        painter.paint(surface, chart, layout, wholeChart(1), PositionId.of("cfo"));

        List<RecordingSurface.Rect> rings = surface.rects.stream()
                .filter(r -> !r.filled() && r.colour().equals(THEME.selection())).toList();
        assertEquals(1, rings.size());
        Box cfo = layout.box(PositionId.of("cfo")).orElseThrow();
        Viewport v = wholeChart(1);
        assertTrue(rings.get(0).x() < v.toSurfaceX(cfo.x()) && rings.get(0).x() > v.toSurfaceX(cfo.x()) - 3);
    }

    @Test
    void drawsReportingLinesSolidAndDottedLinesDashed() {
        painter.paint(surface, chart, layout, wholeChart(1), (PositionId) null);

        List<RecordingSurface.Line> dashed = surface.lines.stream().filter(l -> l.style().isDashed()).toList();
        assertEquals(1, dashed.size());
        assertEquals(THEME.dottedLine(), dashed.get(0).style().colour());
        // CEO: stem, bar, two drops; CFO: stem and one drop (a single report needs no bar).
        assertEquals(6, surface.lines.stream().filter(l -> !l.style().isDashed()).count());
    }

    @Test
    void fillsTheBackgroundFirst() {
        Viewport v = wholeChart(1);
        painter.paint(surface, chart, layout, v, (PositionId) null);

        RecordingSurface.Rect first = surface.rects.get(0);
        assertEquals(THEME.background(), first.colour());
        assertEquals(v.width(), first.width());
    }

    @Test
    void comparisonMarksRingChangedCardsFadeGhostsAndLinkAMoveToItsOldManager() {
        PositionId cto = PositionId.of("cto");
        PositionId cfo = PositionId.of("cfo");
        PositionId sales = PositionId.of("sales");
        ChangeMarks marks = new ChangeMarks(
                java.util.Map.of(cto, dev.orgwright.model.diff.ChangeKind.Group.ADDED,
                        cfo, dev.orgwright.model.diff.ChangeKind.Group.REMOVED,
                        sales, dev.orgwright.model.diff.ChangeKind.Group.MOVED),
                java.util.Set.of(cfo), java.util.Map.of(sales, cto), null);

        painter.paint(surface, chart, layout, wholeChart(1), Decorations.comparison(marks, null));

        ChangeMarks.Colours colours = ChangeMarks.Colours.LIGHT;
        Box ctoBox = layout.box(cto).orElseThrow();
        Viewport view = wholeChart(1);
        double left = view.toSurfaceX(ctoBox.x());
        double right = view.toSurfaceX(ctoBox.right());
        assertTrue(surface.rects.stream().anyMatch(r -> !r.filled() && r.colour().equals(colours.added())
                && r.x() < left && r.x() + r.width() > right), "a ring around the added card");
        assertTrue(surface.rects.stream().anyMatch(r -> r.filled() && r.colour().equals(colours.veil())),
                "the ghost is veiled");
        Box salesBox = layout.box(sales).orElseThrow();
        assertTrue(surface.lines.stream().anyMatch(l -> l.style().isDashed()
                && l.style().colour().red() == colours.moved().red() && l.style().colour().alpha() < 255
                && l.xs()[0] == ctoBox.centreX() - wholeChart(1).originX()
                && l.ys()[1] == salesBox.y() - wholeChart(1).originY()), "a faint line from the old manager");
        assertTrue(surface.rects.stream().noneMatch(r -> !r.filled() && r.colour().equals(colours.changed())));
    }
}
