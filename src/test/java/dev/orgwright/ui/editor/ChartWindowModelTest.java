package dev.orgwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.Viewport;
import dev.orgwright.rules.Severity;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.view.Camera;
import dev.orgwright.ui.view.ChartView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartWindowModelTest {

    private static final PositionId CEO = PositionId.of("ceo");

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Chart sample = SampleCharts.leadershipTeam();
    private final ChartWindowModel model = new ChartWindowModel(sample, CardSizer.fixed(180, 64), ChartFiles::load, dialogs);

    private Path brokenFile() throws IOException {
        Path broken = folder.resolve("broken.orgchart.json");
        Files.writeString(broken, "{\n  \"format\": \"orgwright.chart\",\n  \"version\": 1,\n  \"positions\": [\n");
        return broken;
    }

    @Test
    void theSampleIsNamedAsSuchAndCounted() {
        int vacant = 0;
        for (Position p : sample.inTreeOrder()) {
            vacant += p.isVacant() ? 1 : 0;
        }
        assertEquals("Leadership team — sample", model.session().windowTitle());
        assertEquals(sample.size() + " positions · " + vacant + " vacanc" + (vacant == 1 ? "y" : "ies")
                + " · 0 errors · 1 warning · " + model.validation().count(Severity.INFO) + " notes · zoom 100%",
                model.summaryText());
        assertEquals("Click a card to select it", model.selectionText());
    }

    private static int vacancies(Chart chart) {
        int n = 0;
        for (Position p : chart.inTreeOrder()) {
            n += p.isVacant() ? 1 : 0;
        }
        return n;
    }

    private int shownVacancies() {
        String text = model.summaryText().split(" · ")[1];
        return Integer.parseInt(text.split(" ")[0]);
    }

    @Test
    void theVacancyCountFollowsEditsUndoAndRedo() {
        int before = vacancies(sample);
        PositionId cfo = PositionId.of("cfo");
        model.apply(dev.orgwright.model.Edits.setHolder(cfo, ""));
        assertEquals(before + 1, shownVacancies());
        model.apply(dev.orgwright.model.Edits.removeWithSubtree(PositionId.of("coo")));
        assertEquals(vacancies(model.chart()), shownVacancies());
        model.undo();
        model.undo();
        assertEquals(before, shownVacancies());
        model.redo();
        assertEquals(before + 1, shownVacancies());
        model.apply(dev.orgwright.model.Subtrees.paste(dev.orgwright.model.Subtrees.copy(model.chart(), CEO), CEO));
        assertEquals(vacancies(model.chart()), shownVacancies());
    }

    @Test
    void editsThatMoveNoCardKeepTheLayoutAndOthersLayOutAgain() {
        ChartWindowModel m = new ChartWindowModel(sample,
                p -> new dev.orgwright.layout.CardSize(100 + 4 * p.title().length(), 60), ChartFiles::load, dialogs);
        PositionId cfo = PositionId.of("cfo");
        var first = m.layout();

        m.apply(dev.orgwright.model.Edits.setHolder(cfo, "Someone Else"));
        m.apply(dev.orgwright.model.Edits.addDuty(cfo, dev.orgwright.model.Duty.of("Reviews the budgets"), -1));
        m.apply(dev.orgwright.model.Edits.setTitle(cfo, "CHIEF FINANCIAL OFFICER")); // as long as before
        assertTrue(m.layout().reuses(first), "no card moved, so the layout is the same");

        m.apply(dev.orgwright.model.Edits.setTitle(cfo, "Chief Financial and Administrative Officer"));
        assertFalse(m.layout().reuses(first), "a wider card lays the chart out again");
        assertEquals(100 + 4 * "Chief Financial and Administrative Officer".length(),
                m.layout().box(cfo).orElseThrow().width(), 1e-9);

        var wide = m.layout();
        PositionId coo = PositionId.of("coo");
        m.apply(dev.orgwright.model.Edits.reorder(cfo, 0));
        assertFalse(m.layout().reuses(wide), "reordering moves cards");
        m.apply(dev.orgwright.model.Edits.move(PositionId.of("head-sales"), cfo, -1));
        Box sales = m.layout().box(PositionId.of("head-sales")).orElseThrow();
        Box manager = m.layout().box(cfo).orElseThrow();
        assertTrue(sales.y() > manager.bottom(), "the moved card sits below its new manager");
        m.undo();
        assertEquals(coo, m.chart().position(PositionId.of("head-sales")).reportsTo());
        assertTrue(m.layout().box(PositionId.of("head-sales")).orElseThrow().y() > m.layout().box(coo).orElseThrow().bottom());
    }

    @Test
    void countsAreWrittenInTheSingularForOne() throws Exception {
        Chart one = Chart.builder().title("Solo").add(Position.of("a", "Founder", "senior")).build();
        ChartWindowModel solo = new ChartWindowModel(one, CardSizer.fixed(180, 64), ChartFiles::load, dialogs);

        Chart oneError = Chart.builder().title("Pair").add(Position.of("a", "Head of Sales", "executive"))
                .add(Position.of("b", "Chief Executive Officer", "senior").withReportsTo(PositionId.of("a"))).build();
        ChartWindowModel pair = new ChartWindowModel(oneError, CardSizer.fixed(180, 64), ChartFiles::load, dialogs);

        assertTrue(solo.summaryText().startsWith("1 position · 1 vacancy · 0 errors · 0 warnings · "), solo.summaryText());
        assertTrue(pair.summaryText().contains(" · 1 error · "), pair.summaryText());
    }

    @Test
    void openingAFileShowsItUnderItsFileName() throws Exception {
        Path file = folder.resolve("board.orgchart.json");
        ChartFiles.save(file, sample.withTitle("Board"));
        model.select(CEO);

        assertTrue(model.session().open(file));
        assertEquals("Board — board.orgchart.json", model.session().windowTitle());
        assertEquals(Optional.of(file), model.session().file());
        assertEquals(Optional.empty(), model.selection(), "a new chart starts with nothing selected");
    }

    @Test
    void aFileThatDoesNotLoadIsExplainedAndTheOpenChartStays() throws IOException {
        model.select(CEO);
        Path broken = brokenFile();

        assertFalse(model.session().open(broken));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("The chart could not be opened: broken.orgchart.json, line"),
                dialogs.errors.get(0));
        assertEquals("Leadership team — sample", model.session().windowTitle());
        assertEquals(sample, model.chart());
        assertEquals(Optional.of(CEO), model.selection());
    }

    @Test
    void aBrokenFileOnTheCommandLineLeavesTheSample() throws IOException {
        model.session().openFromCommandLine(List.of(brokenFile().toString()));

        assertEquals(1, dialogs.errors.size());
        assertEquals("Leadership team — sample", model.session().windowTitle());
    }

    @Test
    void aMissingOrEmptyArgumentOpensNothing() {
        model.session().openFromCommandLine(List.of());
        model.session().openFromCommandLine(List.of(""));

        assertTrue(dialogs.errors.isEmpty());
        assertEquals("Leadership team — sample", model.session().windowTitle());
    }

    @Test
    void openChosenFileOpensWhatTheUserPicked() throws Exception {
        Path file = folder.resolve("picked.orgchart.json");
        ChartFiles.save(file, sample);
        model.session().openChosenFile(); // the user cancels
        assertEquals("Leadership team — sample", model.session().windowTitle());

        dialogs.fileToOpen = file;
        model.session().openChosenFile();
        assertEquals("Leadership team — picked.orgchart.json", model.session().windowTitle());
    }

    @Test
    void clickingACardSelectsItAndTheBackgroundClearsTheSelection() {
        model.view().resize(1000, 600);
        Box ceo = model.view().viewBoxOf(CEO).orElseThrow();

        model.select(model.view().cardAt(ceo.centreX(), ceo.centreY()).orElse(null));
        assertEquals("Selected: Chief Executive Officer", model.selectionText());
        assertTrue(model.view().cardAt(ceo.centreX(), ceo.centreY()).isPresent());

        model.select(model.view().cardAt(2, 2).orElse(null));
        assertEquals(Optional.empty(), model.selection());
    }

    @Test
    void theChartIsFittedAndCentredOnceTheViewHasASize() {
        model.view().resize(4000, 3000);

        Box bounds = model.layout().bounds();
        Viewport v = model.view().viewport();
        assertEquals(1, v.scale(), "a chart smaller than the view is shown at 100%, not blown up");
        assertEquals(2000, v.toSurfaceX(bounds.centreX()), 1e-9);
        assertEquals(1500, v.toSurfaceY(bounds.centreY()), 1e-9);

        model.view().resize(200, 150);
        model.view().fit();
        assertTrue(model.view().viewport().scale() < 1, "a large chart is shrunk to fit a small view");
        Box shown = model.view().viewBoxOf(CEO).orElseThrow();
        assertTrue(shown.x() >= 0 && shown.right() <= 200);
    }

    @Test
    void aWideChartOpensReadableFromItsTopRowAndFitShowsItAll() {
        model.view().resize(300, 200); // far too small for the sample at 100%

        Box bounds = model.layout().bounds();
        Viewport v = model.view().viewport();
        assertEquals(ChartView.READABLE_SCALE, v.scale());
        assertEquals(150, v.toSurfaceX(model.layout().box(CEO).orElseThrow().centreX()), 1e-9,
                "centred on the top post, wherever the layout put it");
        assertEquals(Camera.FIT_MARGIN, v.toSurfaceY(bounds.y()), 1e-9, "the top row just below the edge");

        model.view().fit();
        assertTrue(model.view().viewport().scale() < ChartView.READABLE_SCALE);
        assertTrue(model.view().viewBoxOf(CEO).orElseThrow().x() >= 0);
    }

    @Test
    void zoomingKeepsThePointUnderTheMouseAndStaysWithinLimits() {
        model.view().resize(1000, 600);
        Box before = model.view().viewBoxOf(CEO).orElseThrow();
        int percent = model.view().zoomPercent();

        model.view().zoomAt(2, before.x(), before.y());
        Box after = model.view().viewBoxOf(CEO).orElseThrow();
        assertEquals(before.x(), after.x(), 1e-9);
        assertEquals(before.y(), after.y(), 1e-9);
        assertEquals(2 * before.width(), after.width(), 1e-9);
        assertEquals(2 * percent, model.view().zoomPercent(), 1);
        assertTrue(model.summaryText().endsWith(" · zoom " + model.view().zoomPercent() + "%"));

        for (int i = 0; i < 50; i++) {
            model.view().zoomBy(0.5);
        }
        assertEquals(2, model.view().zoomPercent());
    }

    @Test
    void panningMovesTheChartWithTheMouse() {
        model.view().resize(1000, 600);
        Box before = model.view().viewBoxOf(CEO).orElseThrow();

        model.view().panBy(30, -20);
        Box after = model.view().viewBoxOf(CEO).orElseThrow();
        assertEquals(before.x() + 30, after.x(), 1e-9);
        assertEquals(before.y() - 20, after.y(), 1e-9);
    }

    @Test
    void listenersHearOfEveryChange() {
        int[] calls = {0};
        model.listen(WindowChange.Aspect.all(), change -> calls[0]++);

        model.view().resize(800, 600);
        model.select(CEO);
        model.select(CEO);
        model.view().panBy(1, 1);
        assertEquals(3, calls[0], "selecting what is already selected changes nothing");
    }


    @Test
    void aWheelNotchWithCtrlIsOneZoomStepAndATouchpadsSmallDeltaZoomsInProportion() {
        assertEquals(1.25, ChartView.wheelZoom(40), 1e-12);
        assertEquals(0.8, ChartView.wheelZoom(-40), 1e-12);
        assertEquals(1.25 * 1.25 * 1.25, ChartView.wheelZoom(120), 1e-12, "three notches, three steps");
        assertEquals(ChartView.wheelZoom(40), ChartView.wheelZoom(10) * ChartView.wheelZoom(30), 1e-12);
    }
}
