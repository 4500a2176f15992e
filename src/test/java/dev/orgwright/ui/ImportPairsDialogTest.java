package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.importing.ImportDialog;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog with a second file (the UK Space Agency organogram pair) and a tier picker per grade. */
@ExtendWith(ApplicationExtension.class)
class ImportPairsDialogTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindows.openOnSample(stage, dialogs);
    }

    @AfterEach
    void closeDialogs() throws Exception {
        TestWindows.closeOtherWindows();
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(ImportPairsDialogTest.class.getResource("/dev/orgwright/io/csv/organograms/" + name).toURI());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The grade grid as "grade (n positions) → tier", one entry per row. */
    private static List<String> grades(FxRobot robot) throws Exception {
        GridPane grid = robot.lookup("#import-grades").queryAs(GridPane.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            List<Node> cells = grid.getChildren();
            for (int i = 0; i + 1 < cells.size(); i += 3) {
                out.add(((Label) cells.get(i)).getText() + " → " + ((ComboBox<?>) cells.get(i + 1)).getValue());
            }
            return out;
        }).get();
    }

    @Test
    void aSecondFileIsAttachedEachGradeHasATierPickerAndImportOpensTheWholeChart(FxRobot robot) throws Exception {
        // A chart of the default template's three tiers is open: the import uses its tiers.
        WaitForAsyncUtils.asyncFx(() -> window.model().session().newChart(Templates.leadershipTeamStarter())).get();
        Path junior = fixture("uk-space-agency-2013-09-junior.csv");
        WaitForAsyncUtils.asyncFx(() -> ImportDialog.show(stage, window.model(),
                fixture("uk-space-agency-2013-09-senior.csv"), CsvImport::importTable, () -> Optional.of(junior))).get();
        waitUntil(() -> !grades(robot).isEmpty());
        assertTrue(grades(robot).contains("SCS2 (1 position) → Senior Management"), grades(robot).toString());

        robot.clickOn("#import-staff-choose");
        waitUntil(() -> robot.lookup("#import-staff-status").queryAs(Label.class).getText().contains("attached"));

        assertEquals("uk-space-agency-2013-09-junior.csv: 21 rows read, 21 attached under their posts (21 FTE), 0 not"
                + " attached; no problems.", robot.lookup("#import-staff-status").queryAs(Label.class).getText());
        List<String> shown = grades(robot);
        assertTrue(shown.contains("SEO (7 positions) → Staff"), shown.toString());
        int seo = shown.indexOf("SEO (7 positions) → Staff");

        // The user puts the senior executive officers in Executive Management.
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#grade-" + seo).queryAs(ComboBox.class);
        robot.interact(() -> picker.setValue("Executive Management"));
        waitUntil(() -> grades(robot).contains("SEO (7 positions) → Executive Management"));

        robot.clickOn("#import-open");
        waitUntil(() -> window.model().chart().size() == 41);

        Chart chart = window.model().chart();
        BigDecimal staffFte = BigDecimal.ZERO;
        int seos = 0;
        for (Position p : chart.inTreeOrder()) {
            if (p.id().value().startsWith("staff-")) {
                staffFte = staffFte.add(p.fte());
                if (p.notes().contains("Grade: SEO")) {
                    seos++;
                    assertEquals(Templates.EXECUTIVE, p.tierId(), p.title());
                }
            }
        }
        assertEquals(7, seos);
        assertEquals(0, new BigDecimal("21").compareTo(staffFte));
        assertEquals(Templates.SENIOR, chart.position(PositionId.of("1")).tierId());
        assertTrue(chart.tier(Templates.EXECUTIVE).orElseThrow().grades().contains("SEO"));
    }
}
