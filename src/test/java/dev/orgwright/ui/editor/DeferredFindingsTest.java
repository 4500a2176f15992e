package dev.orgwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.rules.Finding;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.document.BackgroundChecks;
import dev.orgwright.ui.document.DocumentSession;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large chart opens before its findings are known: the window shows it with none (and says it
 * is checking), edits made meanwhile stay cheap, and when the findings arrive they are those of
 * the chart as it is then, and the window is told.
 */
class DeferredFindingsTest {

    @TempDir
    Path folder;

    /** The background thread and the window's thread, run by hand so that the test decides when. */
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Queue<Runnable> home = new ArrayDeque<>();
    private final ChartWindowModel model = new ChartWindowModel(SampleCharts.leadershipTeam(), CardSizer.fixed(180, 64),
            ChartFiles::load, new RecordingDialogs());
    private final List<DocumentSession.Change> told = new ArrayList<>();
    private final List<WindowChange> heard = new ArrayList<>();
    private Path file;

    @BeforeEach
    void openWithChecksInTheBackground() throws Exception {
        Chart chart = SampleCharts.leadershipTeam();
        file = folder.resolve("team.orgchart.json");
        ChartFiles.save(file, chart);
        model.session().setBackgroundChecks(BackgroundChecks.of(1, worker::add, home::add));
        model.session().addListener(told::add);
        model.listen(EnumSet.of(Aspect.CHART), heard::add);
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(f -> f.positionId() + ": " + f.message()).toList();
    }

    private void runBackground() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        while (!home.isEmpty()) {
            home.poll().run();
        }
    }

    @Test
    void theChartIsShownAtOnceAndItsFindingsArriveLater() {
        assertTrue(model.session().open(file));

        assertTrue(model.session().isChecking());
        assertTrue(model.validation().isPending());
        assertEquals(List.of(), model.validation().all());
        assertEquals("Leadership team", model.chart().title());
        for (Position p : model.chart().inTreeOrder()) {
            assertTrue(model.layout().box(p.id()).isPresent(), "laid out without its findings: " + p.id());
        }
        assertTrue(model.summaryText().contains("checking the chart…"), model.summaryText());
        assertFalse(model.summaryText().contains("errors"), model.summaryText());
        heard.clear();

        runBackground();

        assertFalse(model.session().isChecking());
        assertFalse(model.validation().isPending());
        List<String> expected = messages(Validator.withDefaultRules().validate(model.chart()).all());
        assertNotEquals(List.of(), expected, "the sample has findings to show");
        assertEquals(expected, messages(model.validation().all()));
        assertEquals(DocumentSession.Change.CHECKED, told.get(told.size() - 1));
        assertEquals(1, heard.size(), "the window is told once, as a change of its chart's findings");
        assertEquals(expected.size(), heard.get(0).after().findings().all().size());
        assertTrue(model.summaryText().contains(" errors · ") || model.summaryText().contains(" error · "),
                model.summaryText());
        assertFalse(model.session().isDirty(), "findings arriving is no edit");
    }

    @Test
    void editsMadeBeforeTheFindingsArriveAreCheckedToo() {
        model.session().open(file);
        PositionId cfo = PositionId.of("cfo");
        model.apply(Edits.setHolder(cfo, ""));
        model.apply(Edits.add(Position.of("intern", "Intern", "executive").withReportsTo(cfo), 0));
        assertTrue(model.validation().isPending(), "an edit does not check the whole chart on the spot");

        runBackground();

        assertEquals(messages(Validator.withDefaultRules().validate(model.chart()).all()),
                messages(model.validation().all()));
        model.undo();
        assertEquals(messages(Validator.withDefaultRules().validate(model.chart()).all()),
                messages(model.validation().all()), "undo goes on from the findings that arrived");
    }

    @Test
    void findingsOfAChartNoLongerShownAreDropped() throws Exception {
        model.session().open(file);
        Chart other = SampleCharts.leadershipTeam().withTitle("Another team");
        model.session().setBackgroundChecks(BackgroundChecks.NONE);
        model.session().newChart(other);
        told.clear();

        runBackground();

        assertEquals(List.of(), told, "nobody is told of findings for a chart that is gone");
        assertEquals("Another team", model.chart().title());
        assertFalse(model.validation().isPending());
        assertEquals(messages(Validator.withDefaultRules().validate(model.chart()).all()),
                messages(model.validation().all()));
    }

    @Test
    void theCheckBeginsOnlyWhenItsStartLetsIt() {
        Queue<Runnable> start = new ArrayDeque<>();
        model.session().setBackgroundChecks(BackgroundChecks.of(1, worker::add, home::add, start::add));
        model.session().open(file);

        assertTrue(worker.isEmpty(), "nothing is checked before the start lets it");
        assertEquals(1, start.size());
        runBackground();
        assertTrue(model.session().isChecking(), "still checking: the check has not begun");

        start.poll().run();
        assertEquals(1, worker.size(), "the check is handed to the worker once started");
        runBackground();
        assertFalse(model.session().isChecking());
        assertEquals(messages(Validator.withDefaultRules().validate(model.chart()).all()),
                messages(model.validation().all()));
    }

    @Test
    void smallChartsAreStillCheckedOnTheSpot() {
        model.session().setBackgroundChecks(BackgroundChecks.of(1_000, worker::add, home::add));
        model.session().open(file);

        assertFalse(model.validation().isPending());
        assertTrue(worker.isEmpty());
        assertEquals(messages(Validator.withDefaultRules().validate(model.chart()).all()),
                messages(model.validation().all()));
    }
}
