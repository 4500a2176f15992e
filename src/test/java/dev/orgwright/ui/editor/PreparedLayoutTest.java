package dev.orgwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartWriter;
import dev.orgwright.layout.CardSize;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions.Mode;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.ui.fx.CachedCardSizer;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart's layout made ahead on the thread that read it: the window takes it only for that
 * chart, its options and folded teams, and shows the same as when it lays the chart out itself.
 */
class PreparedLayoutTest {

    @TempDir
    Path folder;

    private final AtomicInteger measured = new AtomicInteger();
    /** Cards as wide as their titles, so that a layout depends on every card's own size. */
    private final CardSizer byTitle = p -> {
        measured.incrementAndGet();
        return new CardSize(90 + 6 * p.title().length(), 60 + (p.isVacant() ? 0 : 14));
    };

    @AfterEach
    void nothingLeftOffered() {
        PreparedLayout.take(null, null, null);
    }

    private ChartWindowModel window() {
        return new ChartWindowModel(SampleCharts.leadershipTeam(), new CachedCardSizer(byTitle), this::load,
                new RecordingDialogs());
    }

    private Chart toOpen;

    private Chart load(Path file) {
        return toOpen;
    }

    private Path file(Chart chart) throws Exception {
        Path file = folder.resolve("big.orgchart.json");
        Files.write(file, ChartWriter.toBytes(chart));
        toOpen = chart;
        return file;
    }

    private static void assertSameBoxes(Chart chart, ChartLayout expected, ChartLayout actual) {
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.bounds(), actual.bounds());
        for (Position p : chart.inTreeOrder()) {
            assertEquals(expected.box(p.id()), actual.box(p.id()), p.id().toString());
            assertEquals(expected.isCollapsed(p.id()), actual.isCollapsed(p.id()), p.id().toString());
        }
    }

    @Test
    void theWindowTakesTheLayoutMadeAheadMeasuresNoCardAndShowsWhatItWouldHaveLaidOut() throws Exception {
        Chart chart = ExportFixtures.generated(3_000, 17);
        Path file = file(chart);
        ChartWindowModel itself = window();
        assertTrue(itself.session().open(file));

        ChartWindowModel ahead = window();
        PreparedLayout prepared = PreparedLayout.prepare(chart, new CachedCardSizer(byTitle)).orElseThrow();
        prepared.offer();
        measured.set(0);
        assertTrue(ahead.session().open(file));

        assertSame(prepared.layout(), ahead.layout());
        assertEquals(0, measured.get(), "cards measured again by the window");
        assertSameBoxes(chart, itself.layout(), ahead.layout());
        assertEquals(itself.snapshot().statistics().vacancies(), ahead.snapshot().statistics().vacancies());
        // The sizes came along: an edit of one card measures that card, not the chart.
        measured.set(0);
        ahead.setLayoutOptions(ahead.layoutOptions().withMode(Mode.COMPACT));
        assertEquals(0, measured.get());
    }

    @Test
    void aLayoutMadeForAnotherChartOrWithOtherOptionsIsNotTaken() throws Exception {
        Chart chart = ExportFixtures.generated(500, 3);
        Path file = file(chart);
        PreparedLayout.prepare(ChartFiles.load(file), new CachedCardSizer(byTitle)).orElseThrow().offer();
        ChartWindowModel other = window();
        assertTrue(other.session().open(file));
        ChartWindowModel itself = window();
        assertTrue(itself.session().open(file));
        assertSameBoxes(chart, itself.layout(), other.layout());

        PreparedLayout prepared = PreparedLayout.prepare(chart, new CachedCardSizer(byTitle)).orElseThrow();
        prepared.offer();
        ChartWindowModel compact = window();
        compact.setLayoutOptions(compact.layoutOptions().withMode(Mode.COMPACT));
        assertTrue(compact.session().open(file));
        assertNotSame(prepared.layout(), compact.layout());
        ChartWindowModel compactItself = window();
        compactItself.setLayoutOptions(compactItself.layoutOptions().withMode(Mode.COMPACT));
        assertTrue(compactItself.session().open(file));
        assertSameBoxes(chart, compactItself.layout(), compact.layout());
    }

    @Test
    void theViewSavedInTheChartIsLaidOutAheadWithItsFoldedTeams() throws Exception {
        Chart plain = ExportFixtures.generated(800, 5);
        PositionId folded = plain.childrenOf(plain.roots().get(0)).get(0);
        SavedView view = new SavedView(null, null, null, null, "compact", null, List.of(folded.toString()), List.of());
        Chart chart = plain.withSettings(Views.withCurrent(plain.settings(), view));
        Path file = file(chart);
        ChartWindowModel itself = window();
        assertTrue(itself.session().open(file));

        PreparedLayout prepared = PreparedLayout.prepare(chart, new CachedCardSizer(byTitle)).orElseThrow();
        prepared.offer();
        ChartWindowModel ahead = window();
        assertTrue(ahead.session().open(file));

        assertSame(prepared.layout(), ahead.layout());
        assertTrue(ahead.layout().isCollapsed(folded));
        assertSameBoxes(chart, itself.layout(), ahead.layout());
    }

    @Test
    void aViewOfOneTeamIsLeftToTheWindow() {
        Chart plain = ExportFixtures.generated(100, 9);
        PositionId top = plain.roots().get(0);
        SavedView view = new SavedView(null, top.toString(), null, null, null, null, List.of(), List.of());
        assertTrue(PreparedLayout.prepare(plain.withSettings(Views.withCurrent(plain.settings(), view)),
                new CachedCardSizer(byTitle)).isEmpty());
    }
}
