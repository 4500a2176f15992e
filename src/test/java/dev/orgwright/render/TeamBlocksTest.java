package dev.orgwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Semantic zoom: a chart zoomed out beyond reading is drawn as blocks of teams, every position in one. */
class TeamBlocksTest {

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 700;
    private static Chart chart;
    private static ChartLayout layout;
    private static Validation findings;

    @BeforeAll
    static void layOut() throws Exception {
        chart = IoBenchmark.realisticChart(5_000, new Random(7));
        layout = new TreeLayout(LayoutOptions.AUTO.withAspect(WIDTH / HEIGHT))
                .layout(chart, new CardSizing(new ExportFonts(), Theme.LIGHT, CardContent.DEFAULT), Set.of());
        findings = Validator.withDefaultRules().validate(chart);
    }

    private static Viewport fitted() {
        Box b = layout.bounds();
        double scale = Math.min(WIDTH / b.width(), HEIGHT / b.height());
        return new Viewport(b.x(), b.y(), scale, WIDTH, HEIGHT);
    }

    private static TeamBlocks.Frame paint(RecordingSurface surface, Viewport view) {
        return new TeamBlocks(Theme.LIGHT).paint(surface, chart, layout, view, new Decorations(null, Set.of(), null,
                false, Set.of(), findings), new ChartPainter(Theme.LIGHT).colouring(chart, findings));
    }

    @Test
    void aFittedChartOfThousandsIsDrawnAsAFewLabelledBlocksCoveringEveryPosition() {
        Viewport view = fitted();
        assertTrue(TeamBlocks.applies(view.scale()), "at " + view.scale() + " cards cannot be read");
        RecordingSurface surface = new RecordingSurface();
        TeamBlocks.Frame frame = paint(surface, view);

        assertFalse(frame.blocks().isEmpty());
        int drawn = frame.cards().size() + frame.blocks().size();
        assertTrue(drawn < chart.size() / 10, drawn + " things drawn for " + chart.size() + " positions");

        // Every position is drawn: as a card of its own, or inside the block of a team above it.
        Set<PositionId> cards = new HashSet<>(frame.cards());
        Set<PositionId> blocks = new HashSet<>();
        frame.blocks().forEach(b -> blocks.add(b.manager()));
        for (Position p : chart.inTreeOrder()) {
            boolean covered = cards.contains(p.id());
            for (PositionId up = p.id(); up != null && !covered; up = chart.position(up).reportsTo()) {
                covered = blocks.contains(up);
            }
            assertTrue(covered, p.title() + " is neither a card nor inside a block");
        }

        for (TeamBlocks.Block b : frame.blocks()) {
            assertTrue(b.width() <= TeamBlocks.MAX_BLOCK_PIXELS && b.height() <= TeamBlocks.MAX_BLOCK_PIXELS,
                    "block of " + b.manager() + " is " + b.width() + " × " + b.height());
            assertEquals(teamSize(b.manager()), b.positions(), "head count of " + b.manager());
            if (b.width() >= 100 && b.height() >= 40) {
                String title = chart.position(b.manager()).title();
                assertEquals(title, titleIn(surface, b), "label of the block of " + b.manager() + " " + b);
                String count = RenderTexts.t("blocks.positions", b.positions());
                assertTrue(labelsIn(surface, b).contains(count), "head count label of " + title + " in "
                        + labelsIn(surface, b));
            }
        }
    }

    @Test
    void aBlockNamesTheWorstErrorOrWarningOfItsTeamAndNotesAreLeftOut() {
        TeamBlocks.Frame frame = paint(new RecordingSurface(), fitted());
        assertTrue(frame.blocks().stream().anyMatch(b -> b.worst().isPresent()), "some team has a warning");
        for (TeamBlocks.Block b : frame.blocks()) {
            var expected = worstBelow(b.manager());
            assertEquals(expected, b.worst().orElse(null), "worst finding in the team of " + b.manager());
        }
    }

    @Test
    void zoomedInTheCardsComeBackAndAViewOfACornerSkipsTheTeamsOutsideIt() {
        assertFalse(TeamBlocks.applies(1));
        assertFalse(TeamBlocks.applies(0.5));

        Viewport whole = fitted();
        Viewport corner = new Viewport(whole.originX(), whole.originY(), whole.scale(), WIDTH / 4, HEIGHT / 4);
        TeamBlocks.Frame all = paint(new RecordingSurface(), whole);
        TeamBlocks.Frame part = paint(new RecordingSurface(), corner);
        assertTrue(part.cards().size() + part.blocks().size() < all.cards().size() + all.blocks().size());
        // A block is drawn a pixel inside its team's extent, rounded to whole pixels: a team that reaches just into
        // the corner is drawn (and clipped) from up to a pixel and a half past the corner's edge.
        double inset = 1.5;
        for (TeamBlocks.Block b : part.blocks()) {
            assertTrue(b.x() < WIDTH / 4 + inset && b.y() < HEIGHT / 4 + inset, "block outside the corner: " + b);
        }
    }

    @Test
    void inNarrowBlocksEveryLabelIsWholeOrLegiblyShortenedAndTallOnesWriteTheirTitleUpwards() {
        // The chart fitted into a view a third as wide: its blocks are narrower than their titles.
        Box bounds = layout.bounds();
        double scale = Math.min(WIDTH / 3 / bounds.width(), HEIGHT / bounds.height());
        int upwards = narrowBlocksAreLabelledLegibly(new Viewport(bounds.x(), bounds.y(), scale, WIDTH / 3, HEIGHT));
        // Zoomed in on the middle until teams of a column of stacked positions are blocks as narrow as a line of text.
        double closer = 0.2;
        upwards += narrowBlocksAreLabelledLegibly(new Viewport(bounds.x() + bounds.width() / 2 - WIDTH / 2 / closer,
                bounds.y() + bounds.height() / 3, closer, WIDTH, HEIGHT));
        assertTrue(upwards > 0, "some block in views this narrow is labelled upwards");
    }

    @Test
    void aSmallBlockShowsItsHeadCountOrAShortenedTitleReadableAndInsideIt() {
        Box bounds = layout.bounds();
        int small = 0;
        for (double share : new double[] {1, 0.5, 1.0 / 3, 0.25}) {
            double scale = Math.min(WIDTH * share / bounds.width(), HEIGHT / bounds.height());
            RecordingSurface surface = new RecordingSurface();
            TeamBlocks.Frame frame = paint(surface, new Viewport(bounds.x(), bounds.y(), scale, WIDTH * share, HEIGHT));
            TextMeasure measure = surface.measure();
            for (TeamBlocks.Block b : frame.blocks()) {
                if (b.width() < 30 || b.width() > 60 || b.height() < 30 || b.height() > 60) {
                    continue;
                }
                small++;
                List<RecordingSurface.Text> texts = textsIn(surface, b);
                List<RecordingSurface.Text> upwards = upwardsIn(surface, b);
                assertFalse(texts.isEmpty() && upwards.isEmpty(), "the block of " + b.width() + " × " + b.height()
                        + " px of " + chart.position(b.manager()).title() + " says nothing");
                String title = chart.position(b.manager()).title();
                String shown = titleIn(surface, b);
                String count = RenderTexts.t("blocks.count", b.positions());
                assertTrue(shown.isEmpty() || shown.equals(title) || legiblyShortened(shown, title),
                        "'" + shown + "' for " + title);
                for (RecordingSurface.Text t : texts) {
                    assertTrue(t.style().size() >= TeamBlocks.SMALL_LABEL_SIZE - 1, "'" + t.text() + "' is too small");
                    assertTrue(t.x() + measure.width(t.text(), t.style()) <= b.x() + b.width() - 3 + 1e-9
                            && t.baseline() - t.style().size() >= b.y() && t.baseline() <= b.y() + b.height(),
                            "'" + t.text() + "' runs out of the block " + b);
                    assertTrue(t.style().bold() || t.text().equals(count)
                            || t.text().equals(RenderTexts.t("blocks.positions", b.positions()))
                            || b.worst().map(w -> t.text().equals(RenderTexts.t("blocks.worst." + w.id()))).orElse(false),
                            "'" + t.text() + "' is the title, the head count or the worst finding of " + b);
                }
            }
        }
        assertTrue(small > 0, "some block is 30 to 60 pixels across");
    }

    private int narrowBlocksAreLabelledLegibly(Viewport narrow) {
        RecordingSurface surface = new RecordingSurface();
        TeamBlocks.Frame frame = paint(surface, narrow);
        TextMeasure measure = surface.measure();
        int labelled = 0;
        int upwards = 0;
        for (TeamBlocks.Block b : frame.blocks()) {
            String title = chart.position(b.manager()).title();
            String shown = titleIn(surface, b);
            if (!shown.isEmpty()) {
                labelled++;
                assertTrue(shown.equals(title) || legiblyShortened(shown, title),
                        "'" + shown + "' for " + title + " in " + b);
            }
            for (RecordingSurface.Text t : textsIn(surface, b)) {
                double right = t.x() + measure.width(t.text(), t.style());
                assertTrue(right <= b.x() + b.width() - 3 + 1e-9,
                        "'" + t.text() + "' runs to " + right + " past the block of " + b.manager() + " " + b);
                assertTrue(t.style().size() >= TeamBlocks.SMALL_LABEL_SIZE - 1, "'" + t.text() + "' is too small");
                assertFalse(t.text().endsWith(TextWrap.ELLIPSIS) && !t.style().bold(),
                        "only a title is shortened, never a head count: '" + t.text() + "'");
            }
            for (RecordingSurface.Text t : upwardsIn(surface, b)) {
                upwards++;
                double top = t.baseline() - measure.width(t.text(), t.style());
                assertTrue(top >= b.y() && t.x() <= b.x() + b.width(), "'" + t.text() + "' runs out of " + b);
            }
            if (b.height() > b.width() && b.height() - 20 >= measure.width(title, titleStyle(TeamBlocks.LABEL_SIZE))
                    && b.width() >= 2 * TeamBlocks.LABEL_SIZE + 8) {
                assertEquals(title, shown, "a tall, narrow block still says whose it is: " + b);
            }
        }
        assertTrue(labelled > frame.blocks().size() / 2, labelled + " of " + frame.blocks().size() + " labelled");
        return upwards;
    }

    @Test
    void theManagersAboveTheBlocksAreLabelledHeadersOverTheirTeamsNotSpecks() {
        RecordingSurface surface = new RecordingSurface();
        TeamBlocks.Frame frame = paint(surface, fitted());
        Set<PositionId> drawn = new HashSet<>(frame.cards());
        frame.blocks().forEach(b -> drawn.add(b.manager()));
        Set<PositionId> headed = new HashSet<>();
        frame.headers().forEach(h -> headed.add(h.position()));
        for (PositionId id : frame.cards()) {
            if (chart.childrenOf(id).stream().anyMatch(drawn::contains)) {
                assertTrue(headed.contains(id), chart.position(id).title() + " is drawn as a card of "
                        + layout.box(id).orElseThrow().height() * fitted().scale() + " px, not as a header");
            }
        }
        assertFalse(frame.headers().isEmpty());
        for (TeamBlocks.Header h : frame.headers()) {
            String title = chart.position(h.position()).title();
            assertTrue(h.height() >= TeamBlocks.HEADER_HEIGHT, title + " " + h);
            List<String> texts = surface.texts.stream().filter(t -> t.x() >= h.x() && t.x() < h.x() + h.width()
                    && t.baseline() > h.y() && t.baseline() <= h.y() + h.height()).map(RecordingSurface.Text::text).toList();
            assertTrue(texts.contains(title), "header of " + title + " says " + texts);
            assertTrue(texts.contains(RenderTexts.t("blocks.positions", teamSize(h.position())))
                    || texts.contains(RenderTexts.t("blocks.count", teamSize(h.position()))),
                    "header of " + title + " says " + texts);
            for (TeamBlocks.Header other : frame.headers()) {
                assertFalse(other != h && overlap(h.x(), h.y(), h.width(), h.height(), other.x(), other.y(),
                        other.width(), other.height()), h + " overlaps " + other);
            }
            for (TeamBlocks.Block b : frame.blocks()) {
                assertFalse(overlap(h.x(), h.y(), h.width(), h.height(), b.x(), b.y(), b.width(), b.height()),
                        "the header of " + title + " " + h + " covers the block of " + b + " under " + chart.position(b.manager()).reportsTo() + " " + frame.headers());
            }
        }
    }

    @Test
    void aBlockTooSmallEvenForItsHeadCountIsAPlainPatchOfItsColourWithNoOutlineBarOrText() {
        Box bounds = layout.bounds();
        int tiny = 0;
        // Zoomed far out into a narrow strip of the window, the teams are a few pixels across.
        for (double share : new double[] {0.1, 0.05, 0.02, 0.01}) {
            double scale = Math.min(WIDTH * share / bounds.width(), HEIGHT * share / bounds.height());
            RecordingSurface surface = new RecordingSurface();
            TeamBlocks.Frame frame = paint(surface, new Viewport(bounds.x(), bounds.y(), scale, WIDTH, HEIGHT));
            for (TeamBlocks.Block b : frame.blocks()) {
                if (b.width() >= TeamBlocks.LEAST_LABELLED || b.height() >= TeamBlocks.LEAST_LABELLED) {
                    continue;
                }
                tiny++;
                assertTrue(textsIn(surface, b).isEmpty() && upwardsIn(surface, b).isEmpty(), "text in " + b);
                for (RecordingSurface.Rect r : surface.rects) {
                    boolean inside = r.x() >= b.x() - 1e-6 && r.y() >= b.y() - 1e-6
                            && r.x() + r.width() <= b.x() + b.width() + 1e-6 && r.y() + r.height() <= b.y() + b.height() + 1e-6;
                    if (inside) {
                        assertTrue(r.filled() && r.width() > 0 && r.height() > 0,
                                "the block " + b + " is drawn with " + r + ": an outline or a bar in a speck");
                        assertTrue(Math.abs(r.width() - b.width()) < 1e-6 && Math.abs(r.height() - b.height()) < 1e-6,
                                "one patch the size of the block " + b + ", not " + r);
                    }
                }
            }
        }
        assertTrue(tiny > 0, "some block is too small for a number");
    }

    @Test
    void aTeamWhoseBlockTheHeaderAboveLeavesOnlyASliverOfIsCountedInTheHeaderNotDrawnAsABar() {
        Box bounds = layout.bounds();
        int clipped = 0;
        for (double share : new double[] {1, 0.75, 0.5, 1.0 / 3}) {
            for (double closer : new double[] {1, 1.5, 2, 3}) {
                double scale = closer * Math.min(WIDTH * share / bounds.width(), HEIGHT / bounds.height());
                Viewport view = new Viewport(bounds.x(), bounds.y(), scale, WIDTH * share, HEIGHT);
                if (!TeamBlocks.applies(scale)) {
                    continue;
                }
                java.util.Map<PositionId, Box> extents = new java.util.HashMap<>();
                double max = TeamBlocks.MAX_BLOCK_PIXELS / scale;
                layout.visitTeams(view.toChartX(0), view.toChartY(0), view.chartWidth(), view.chartHeight(), max, max,
                        new ChartLayout.TeamVisitor() {
                            @Override
                            public void card(PositionId id, Box box, dev.orgwright.layout.Edge line) {
                            }

                            @Override
                            public void team(PositionId manager, Box extent, int positions,
                                             dev.orgwright.layout.Edge line) {
                                extents.put(manager, extent);
                            }
                        });
                RecordingSurface surface = new RecordingSurface();
                TeamBlocks.Frame frame = paint(surface, view);
                for (TeamBlocks.Block b : frame.blocks()) {
                    Box team = extents.get(b.manager());
                    double naturalTop = Math.round(view.toSurfaceY(team.y())) + 1;
                    if (b.y() <= naturalTop + 1e-9) {
                        continue; // drawn whole
                    }
                    clipped++;
                    boolean outlined = surface.rects.stream().anyMatch(r -> !r.filled()
                            && Math.abs(r.x() - b.x() - 0.5) < 1e-6 && Math.abs(r.y() - b.y() - 0.5) < 1e-6);
                    assertFalse(outlined && b.height() < TeamBlocks.LEAST_CLIPPED_HEIGHT, "the block of "
                            + chart.position(b.manager()).title() + " is drawn as a bar of " + b.width() + " × "
                            + b.height() + " px under its manager's header, " + (b.y() - naturalTop) + " px cut off");
                }
            }
        }
        assertTrue(clipped > 0, "some block starts under its manager's header");
    }

    @Test
    void aHeaderTooNarrowForItsTitleShowsItShortenedAtTheSmallerSizeRatherThanNothing() throws Exception {
        // The HR export: single positions with long titles ("Administration Assistant") get headers of their own.
        java.nio.file.Path csv = java.nio.file.Path.of(
                TeamBlocksTest.class.getResource("/dev/orgwright/io/csv/org-chart-sample.csv").toURI());
        Chart hr = dev.orgwright.io.csv.CsvImport.importFile(csv, dev.orgwright.io.csv.ImportOptions.titled("HR"))
                .chart();
        Validation hrFindings = Validator.withDefaultRules().validate(hr);
        int narrow = 0;
        for (double aspect : new double[] {1.6, 1.3, 1.8}) {
            ChartLayout hrLayout = new TreeLayout(LayoutOptions.AUTO.withAspect(aspect))
                    .layout(hr, new CardSizing(new ExportFonts(), Theme.LIGHT, CardContent.DEFAULT), Set.of());
            Box bounds = hrLayout.bounds();
            for (double width = 500; width <= 1400; width += 20) {
                double scale = width / bounds.width();
                if (!TeamBlocks.applies(scale)) {
                    continue;
                }
                Viewport view = new Viewport(bounds.x(), bounds.y(), scale, width, bounds.height() * scale);
                RecordingSurface surface = new RecordingSurface();
                TeamBlocks.Frame frame = new TeamBlocks(Theme.LIGHT).paint(surface, hr, hrLayout, view,
                        new Decorations(null, Set.of(), null, false, Set.of(), hrFindings),
                        new ChartPainter(Theme.LIGHT).colouring(hr, hrFindings));
                TextMeasure measure = surface.measure();
                for (TeamBlocks.Header h : frame.headers()) {
                    String title = hr.position(h.position()).title();
                    List<RecordingSurface.Text> said = surface.texts.stream().filter(t -> t.x() >= h.x()
                            && t.x() < h.x() + h.width() && t.baseline() > h.y() && t.baseline() <= h.y() + h.height())
                            .toList();
                    double room = h.width() - 12 - (h.worst().isPresent() ? 12 : 0);
                    String shortest = title.substring(0, TeamBlocks.LEAST_KEPT) + TextWrap.ELLIPSIS;
                    if (measure.width(title, titleStyle(TeamBlocks.LABEL_SIZE)) <= room
                            || measure.width(shortest, titleStyle(TeamBlocks.SMALL_LABEL_SIZE)) > room) {
                        continue;
                    }
                    narrow++;
                    String shown = said.stream().filter(t -> t.style().bold()).map(RecordingSurface.Text::text)
                            .findFirst().orElse("");
                    assertTrue(shown.equals(title) || legiblyShortened(shown, title), "the header of " + title
                            + ", " + h.width() + " px wide, says '" + shown + "'");
                }
            }
        }
        assertTrue(narrow > 0, "some header is too narrow for its title at the usual size");
    }

    @Test
    void leftToRightTheHeadersSitAtTheTopOfTheirTeamsAndEveryTeamIsDrawn() {
        ChartLayout sideways = new TreeLayout(LayoutOptions.AUTO.withAspect(WIDTH / HEIGHT)
                .withOrientation(LayoutOptions.Orientation.LEFT_RIGHT))
                .layout(chart, new CardSizing(new ExportFonts(), Theme.LIGHT, CardContent.DEFAULT), Set.of());
        Box bounds = sideways.bounds();
        for (double closer : new double[] {1, 1.5, 2}) {
            double scale = closer * Math.min(WIDTH / bounds.width(), HEIGHT / bounds.height());
            Viewport view = new Viewport(bounds.x(), bounds.y(), scale, WIDTH, HEIGHT);
            TeamBlocks.Frame frame = new TeamBlocks(Theme.LIGHT).paint(new RecordingSurface(), chart, sideways, view,
                    new Decorations(null, Set.of(), null, false, Set.of(), findings),
                    new ChartPainter(Theme.LIGHT).colouring(chart, findings));
            int inBlocks = 0;
            int hidden = 0;
            for (TeamBlocks.Block b : frame.blocks()) {
                inBlocks += b.positions();
                if (b.height() < TeamBlocks.LEAST_CLIPPED_HEIGHT) {
                    hidden += b.positions();
                }
            }
            assertFalse(frame.blocks().isEmpty(), "at " + scale);
            assertTrue(hidden <= inBlocks / 20, hidden + " of the " + inBlocks + " positions in blocks at " + scale
                    + " are under headers, not drawn");
            for (TeamBlocks.Header h : frame.headers()) {
                Box card = sideways.box(h.position()).orElseThrow();
                // A manager's band runs across the top of its team, which left to right starts above its card.
                if (!chart.childrenOf(h.position()).isEmpty() && h.width() > card.width() * scale + 1) {
                    assertTrue(h.y() <= view.toSurfaceY(card.y()) + 1, chart.position(h.position()).title() + " " + h);
                }
            }
        }
    }

    @Test
    void aFlatBlockWithRoomForOneLineSaysWhoseTeamItIs() {
        // Rows by tier lay teams out flat: at the fitted zoom many blocks are a line of text tall and wide.
        ChartLayout byTier = new TreeLayout(LayoutOptions.AUTO.withAspect(WIDTH / HEIGHT)
                .withRows(LayoutOptions.Rows.BY_TIER))
                .layout(chart, new CardSizing(new ExportFonts(), Theme.LIGHT, CardContent.DEFAULT), Set.of());
        Box bounds = byTier.bounds();
        int flat = 0;
        for (double closer : new double[] {1, 1.5, 2, 3}) {
            double scale = closer * Math.min(WIDTH / bounds.width(), HEIGHT / bounds.height());
            Viewport view = new Viewport(bounds.x(), bounds.y(), scale, WIDTH, HEIGHT);
            RecordingSurface surface = new RecordingSurface();
            TeamBlocks.Frame frame = new TeamBlocks(Theme.LIGHT).paint(surface, chart, byTier, view,
                    new Decorations(null, Set.of(), null, false, Set.of(), findings),
                    new ChartPainter(Theme.LIGHT).colouring(chart, findings));
            for (TeamBlocks.Block b : frame.blocks()) {
                if (b.width() < 100 || b.height() < TeamBlocks.SMALL_LABEL_SIZE + 8 || b.height() >= 21) {
                    continue;
                }
                flat++;
                String title = chart.position(b.manager()).title();
                String shown = titleIn(surface, b);
                assertTrue(shown.equals(title) || legiblyShortened(shown, title), "the block of " + title + ", "
                        + b.width() + " × " + b.height() + " px, says '" + shown + "'");
                for (RecordingSurface.Text t : textsIn(surface, b)) {
                    assertTrue(t.baseline() + 2 <= b.y() + b.height() && t.baseline() - t.style().size() >= b.y(),
                            "'" + t.text() + "' runs out of " + b);
                }
            }
        }
        assertTrue(flat > 0, "some block is a line of text tall");
    }

    private static boolean overlap(double x, double y, double w, double h, double x2, double y2, double w2, double h2) {
        return x < x2 + w2 - 1e-9 && x2 < x + w - 1e-9 && y < y2 + h2 - 1e-9 && y2 < y + h - 1e-9;
    }

    private static boolean legiblyShortened(String shown, String title) {
        if (!shown.endsWith(TextWrap.ELLIPSIS)) {
            return false;
        }
        String kept = shown.substring(0, shown.length() - TextWrap.ELLIPSIS.length());
        return kept.length() >= TeamBlocks.LEAST_KEPT && title.startsWith(kept);
    }

    private static TextStyle titleStyle(double size) {
        return CardMetrics.titleStyle(Theme.LIGHT).withSize(size);
    }

    /** The title a block shows: its bold lines read in order, or the bold text written upwards along it. */
    private static String titleIn(RecordingSurface surface, TeamBlocks.Block b) {
        List<String> across = textsIn(surface, b).stream().filter(t -> t.style().bold())
                .map(t -> t.text().strip()).toList();
        List<String> upwards = upwardsIn(surface, b).stream().filter(t -> t.style().bold())
                .map(RecordingSurface.Text::text).toList();
        return across.isEmpty() ? String.join(" ", upwards) : String.join(" ", across);
    }

    private static List<RecordingSurface.Text> textsIn(RecordingSurface surface, TeamBlocks.Block b) {
        return surface.texts.stream().filter(t -> t.x() >= b.x() && t.x() < b.x() + b.width()
                && t.baseline() > b.y() && t.baseline() <= b.y() + b.height()).toList();
    }

    private static List<RecordingSurface.Text> upwardsIn(RecordingSurface surface, TeamBlocks.Block b) {
        return surface.upwards.stream().filter(t -> t.x() > b.x() && t.x() <= b.x() + b.width()
                && t.baseline() > b.y() && t.baseline() <= b.y() + b.height()).toList();
    }

    private static List<String> labelsIn(RecordingSurface surface, TeamBlocks.Block b) {
        return textsIn(surface, b).stream().map(RecordingSurface.Text::text).toList();
    }

    private static int teamSize(PositionId manager) {
        int n = 1;
        for (PositionId c : chart.childrenOf(manager)) {
            n += teamSize(c);
        }
        return n;
    }

    private static dev.orgwright.rules.Severity worstBelow(PositionId manager) {
        dev.orgwright.rules.Severity worst = findings.worstFor(manager)
                .filter(s -> s != dev.orgwright.rules.Severity.INFO).orElse(null);
        for (PositionId c : chart.childrenOf(manager)) {
            var below = worstBelow(c);
            if (below != null && (worst == null || below.ordinal() < worst.ordinal())) {
                worst = below;
            }
        }
        return worst;
    }

    @Test
    void theLayoutHandsOverEveryShownPositionOnceWhenTeamsAreNeverSmallEnough() {
        Viewport view = fitted();
        List<PositionId> seen = new java.util.ArrayList<>();
        layout.visitTeams(view.toChartX(0), view.toChartY(0), view.chartWidth(), view.chartHeight(), 0, 0,
                new ChartLayout.TeamVisitor() {
                    @Override
                    public void card(PositionId id, Box box, dev.orgwright.layout.Edge line) {
                        seen.add(id);
                        assertEquals(chart.position(id).reportsTo() == null, line == null, "line to " + id);
                    }

                    @Override
                    public void team(PositionId manager, Box extent, int positions, dev.orgwright.layout.Edge line) {
                        throw new AssertionError("no team fits in zero units, yet " + manager + " was a block");
                    }
                });
        assertEquals(chart.size(), seen.size());
        assertEquals(chart.size(), new HashSet<>(seen).size());
    }
}
