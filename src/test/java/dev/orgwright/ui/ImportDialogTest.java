package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.ColumnRole;
import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.CsvRow;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.importing.ImportDialog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** File → Import… in the real window: mapping, preview, problem rows, cancel, and the chart it opens. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    /** No id column the importer knows ("Code"), a duplicate id, a missing manager and a blank row. */
    private static final String STAFF = "Code;Boss;Person;Job;Email\n"
            + "1;;Ana Costa;CEO;ana@example.com\n"
            + "2;1;Ola Nowak;Head of Sales;ola@example.com\n"
            + "2;1;Bo Ek;CFO;bo@example.com\n"
            + "4;9;Kim Park;Clerk;kim@example.com\n"
            + "\n"
            + "5;2;Lee Park;Sales Manager;\"lee@example.com\nsecond line\"\n";

    @TempDir
    Path folder;

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

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static <T extends Node> T node(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    private static String status(FxRobot robot) {
        return node(robot, "#import-status", Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(FxRobot robot) {
        return List.copyOf(node(robot, "#import-problems", ListView.class).getItems());
    }

    /**
     * Waits until {@code condition} holds, asking it on the FX thread: a lookup from the test's
     * thread would walk the scene graph while the dialog changes it.
     */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForCheck(FxRobot robot) throws TimeoutException {
        waitUntil(() -> !status(robot).startsWith("Checking") && !status(robot).startsWith("Reading"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ColumnRole> role(FxRobot robot, int column) {
        return node(robot, "#role-" + column, ComboBox.class);
    }

    @Test
    void theMenuShowsMappingPreviewAndProblemsAndImportOpensAnUnsavedChart(FxRobot robot) throws Exception {
        dialogs.csvToImport = csv("staff.csv", STAFF);

        robot.clickOn("File").clickOn("Import…");
        waitForCheck(robot);

        assertEquals(List.of("import a CSV file"), dialogs.questions, "the file was asked for through Dialogs");
        assertEquals("staff.csv: UTF-8, semicolon-separated, 6 rows below the header.",
                node(robot, "#import-file", Label.class).getText());
        assertEquals(List.of(ColumnRole.CUSTOM_FIELD, ColumnRole.MANAGER, ColumnRole.FULL_NAME, ColumnRole.TITLE,
                ColumnRole.EMAIL), List.of(role(robot, 0).getValue(), role(robot, 1).getValue(),
                role(robot, 2).getValue(), role(robot, 3).getValue(), role(robot, 4).getValue()));
        @SuppressWarnings("unchecked")
        TableView<CsvRow> preview = node(robot, "#import-preview", TableView.class);
        assertEquals(6, preview.getItems().size());
        assertEquals(List.of(2, 3, 4, 5, 6, 7), preview.getItems().stream().map(CsvRow::row).toList());
        assertEquals("Job\n(title)", preview.getColumns().get(4).getText());
        // Without an id column, "1" and "2" in Boss are neither ids nor names.
        assertTrue(problems(robot).contains("Row 6 is blank; it was skipped."), problems(robot).toString());
        assertTrue(problems(robot).stream().anyMatch(p -> p.startsWith("Row 3, column 'Boss': the manager '1'")),
                problems(robot).toString());

        // The user says that Code holds the ids: the problems are checked again with that mapping.
        robot.clickOn("#role-0");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("id"))
                .queryAs(Node.class));
        waitForCheck(robot);

        assertEquals(ColumnRole.ID, role(robot, 0).getValue());
        assertEquals("Code\n(id)", preview.getColumns().get(1).getText());
        // One of the four managers is not found, more than a fifth: the whole file gets a problem first.
        assertEquals(List.of(
                "1 of the 4 managers named in 'Boss' is not found, so the chart has more top positions than it"
                        + " should. No other column names other rows by their id, full name or e-mail; if the"
                        + " file has a manager column, choose it (--map manager=COLUMN on the command line, or"
                        + " its role in the import dialog) and check that its values are other rows' ids, names"
                        + " or e-mails.",
                "Row 4, column 'Code': the id '2' is already used by row 3; this row was imported as '2~2', and"
                        + " managers named '2' are row 3. Give one of them another id in the file.",
                "Row 5, column 'Boss': the manager '9' is neither an id nor a person's name in this file; position"
                        + " '4' (Clerk, Kim Park) was imported as a top position.",
                "Row 6 is blank; it was skipped."), problems(robot));
        // The import takes the open chart's tiers: the sample lists Senior and Executive Management only,
        // so the Clerk, a top position here, reads as no tier.
        assertEquals("6 rows read, 5 imported, 1 refused; 4 problems. The rows listed below need a look."
                + " Tiers: 4 read from the job titles, 0 inferred from the reporting lines, 1 left without a tier"
                + " (give it one in the chart).", status(robot));
        assertEquals(1.0, node(robot, "#import-progress", ProgressBar.class).getProgress());
        assertEquals("Leadership team — sample", stage.getTitle(), "nothing opens before Import");

        robot.clickOn("#import-open");
        WaitForAsyncUtils.waitForFxEvents();

        Chart chart = window.model().chart();
        assertEquals("staff", chart.title());
        assertEquals(5, chart.size());
        assertEquals(List.of(PositionId.of("1"), PositionId.of("4")), chart.roots());
        assertEquals(PositionId.of("1"), chart.position(PositionId.of("2~2")).reportsTo(), "a repeated id is kept");
        assertEquals(PositionId.of("2"), chart.position(PositionId.of("5")).reportsTo());
        assertEquals(Templates.EXECUTIVE, chart.position(PositionId.of("5")).tierId(), "Manager reads as executive");
        assertEquals("", chart.position(PositionId.of("5")).notes());
        assertEquals(java.util.Optional.of("lee@example.com\nsecond line"),
                chart.position(PositionId.of("5")).fieldValues().get("email"));
        assertTrue(chart.fields().get(0).isPrivate(), "the e-mail is a private field");
        assertTrue(window.model().session().isDirty());
        assertEquals("staff — unsaved*", stage.getTitle());
        assertTrue(robot.lookup("#import-status").tryQuery().isEmpty(), "the dialog closed");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    private static String figures(FxRobot robot) {
        return node(robot, "#import-figures", Label.class).getText();
    }

    private static void chooseRole(FxRobot robot, int column, String label) {
        robot.clickOn("#role-" + column);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(label))
                .queryAs(Node.class));
    }

    @Test
    void theFiguresChangeLiveAsTheUserRemapsTheManagerColumn(FxRobot robot) throws Exception {
        // No header names the managers: the values of Upline do, and the dialog says so.
        dialogs.csvToImport = csv("upline.csv", "id,title,Dept,Upline\n1,CEO,Board,\n2,CFO,Finance,1\n"
                + "3,Accountant,Finance,2\n4,Accountant,Finance,2\n");

        robot.clickOn("File").clickOn("Import…");
        waitForCheck(robot);

        assertEquals(ColumnRole.MANAGER, role(robot, 3).getValue());
        assertEquals("'id' holds the ids: its name says so, and its 4 values are all different.\n'Upline' holds the"
                + " managers: no column is named as one, but 3 of its 3 values name another row by its id.",
                node(robot, "#import-reasons", Label.class).getText());
        assertEquals("4 rows, 4 positions; 1 top position, 3 levels, 0 managers not found; 4 vacancies.", figures(robot));
        assertEquals(List.of(), problems(robot));

        // The user makes Dept the manager column: every position is a top position, and the dialog says so.
        chooseRole(robot, 2, "manager");
        waitForCheck(robot);

        assertEquals(ColumnRole.EXTRA_NOTE, role(robot, 3).getValue(), "Upline left the manager role");
        assertEquals("", node(robot, "#import-reasons", Label.class).getText(), "the user chose");
        assertEquals("4 rows, 4 positions; 4 top positions, 1 level, 4 managers not found; 4 vacancies.", figures(robot));
        assertTrue(problems(robot).get(0).startsWith("No position reports to another: none of the values in 'Dept'"
                + " is the id, full name or e-mail of another row. The managers may be in 'Upline' (3 of 3 values"),
                problems(robot).toString());

        // Back to Upline: one top position again.
        chooseRole(robot, 3, "manager");
        waitForCheck(robot);

        assertEquals("4 rows, 4 positions; 1 top position, 3 levels, 0 managers not found; 4 vacancies.", figures(robot));
        assertEquals(List.of(), problems(robot));
        robot.clickOn("#import-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(PositionId.of("1")), window.model().chart().roots());
    }

    @Test
    void aRunningImportShowsItsProgressAndCancelStopsItWithNothingOpened(FxRobot robot) throws Exception {
        Path file = csv("people.csv", "id,manager id,title\n1,,CEO\n2,1,Head of Sales\n");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ImportDialog.Runner blockingFirst = (table, mapping, options, progress) -> {
            if (runs.incrementAndGet() > 1) {
                return CsvImport.importTable(table, mapping, options, progress);
            }
            progress.rowsDone(1, 2);
            started.countDown();
            try {
                never.await(); // an import that runs until Cancel interrupts it
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            throw new CancellationException("The import was cancelled.");
        };
        Chart before = window.model().chart();
        WaitForAsyncUtils.asyncFx(() -> ImportDialog.show(stage, window.model(), file, blockingFirst)).get();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        waitUntil(() -> node(robot, "#import-progress", ProgressBar.class).getProgress() == 0.5);

        assertEquals("Checking every row with this mapping…", status(robot));
        assertFalse(node(robot, "#import-cancel", Button.class).isDisabled());
        assertTrue(node(robot, "#import-open", Button.class).isDisabled(), "nothing to import until it is done");

        robot.clickOn("#import-cancel");
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "Cancel interrupts the importing thread");
        waitUntil(() -> status(robot).equals(ImportDialog.CANCELLED));

        assertTrue(node(robot, "#import-cancel", Button.class).isDisabled());
        assertEquals(0.0, node(robot, "#import-progress", ProgressBar.class).getProgress());
        assertEquals(List.of(), problems(robot));
        assertEquals(before, window.model().chart(), "a cancelled import opens nothing");

        // Import runs it again, and this time opens the chart when it is done.
        robot.clickOn("#import-open");
        waitUntil(() -> window.model().chart().size() == 2);
        assertEquals("people — unsaved*", stage.getTitle());
        assertEquals(2, runs.get());
    }

    @Test
    void aFileThatCannotBeImportedSaysWhyAndOffersNoImport(FxRobot robot) throws Exception {
        Path empty = csv("empty.csv", "\n\n");
        WaitForAsyncUtils.asyncFx(() -> ImportDialog.show(stage, window.model(), empty, CsvImport::importTable)).get();
        waitForCheck(robot);

        assertEquals(empty + ": The file is empty. A CSV import needs the column names in row 1 (for example id,"
                + " manager id, name, title) and one position per row below.", status(robot));
        assertTrue(node(robot, "#import-open", Button.class).isDisabled());

        Path noTitle = csv("colours.csv", "id,colour\n1,red\n");
        WaitForAsyncUtils.asyncFx(() -> ImportDialog.show(stage, window.model(), noTitle, CsvImport::importTable))
                .get();
        waitUntil(() -> robot.lookup("#import-status").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().contains("No column holds the job titles")));
        assertEquals("Leadership team — sample", stage.getTitle());
    }

    @Test
    void theDialogShowsWhichColumnsArePrivateAndTheUserCanChangeThat(FxRobot robot) throws Exception {
        Path file = csv("pay.csv", "id,manager id,title,Office,Salary,Mobile\n"
                + "1,,CEO,Leeds,\"£90,000\",07700 900123\n"
                + "2,1,Head of Sales,York,\"£60,000\",07700 900456\n");
        WaitForAsyncUtils.asyncFx(() -> ImportDialog.show(stage, window.model(), file, CsvImport::importTable)).get();
        waitForCheck(robot);

        CheckBox office = node(robot, "#private-3", CheckBox.class);
        CheckBox salary = node(robot, "#private-4", CheckBox.class);
        CheckBox mobile = node(robot, "#private-5", CheckBox.class);
        assertFalse(office.isSelected());
        assertTrue(salary.isSelected(), "the salary is the cost, always private");
        assertTrue(salary.isDisabled());
        assertTrue(mobile.isSelected(), "a phone column is private to start with");
        assertFalse(mobile.isDisabled());
        assertTrue(node(robot, "#private-2", CheckBox.class).isDisabled(), "the title is no field");
        assertEquals("Private, in no export, print or presentation: Salary, Mobile.",
                node(robot, "#import-privacy", Label.class).getText());

        // The user makes the mobile numbers public and the office private: checked again, then imported so.
        robot.clickOn("#private-5");
        waitForCheck(robot);
        robot.clickOn("#private-3");
        waitForCheck(robot);
        assertEquals("Private, in no export, print or presentation: Office, Salary.",
                node(robot, "#import-privacy", Label.class).getText());
        assertTrue(office.isSelected());
        assertFalse(mobile.isSelected());

        robot.clickOn("#import-open");
        waitUntil(() -> window.model().chart().size() == 2);
        Chart chart = window.model().chart();
        assertEquals(List.of("Office:true", "Mobile:false"), chart.fields().stream()
                .map(f -> f.name() + ":" + f.isPrivate()).toList());
        assertEquals(0, new java.math.BigDecimal("90000").compareTo(chart.position(PositionId.of("1")).cost()));
    }
}
