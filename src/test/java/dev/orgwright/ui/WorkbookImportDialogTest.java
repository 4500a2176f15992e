package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.CsvRow;
import dev.orgwright.io.xlsx.TestWorkbooks;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.importing.ImportDialog;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Import… with a workbook in the real window: the sheet below its title row, and a locked workbook refused. */
@ExtendWith(ApplicationExtension.class)
class WorkbookImportDialogTest {

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

    private Path staffWorkbook() throws Exception {
        Path file = folder.resolve("staff.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Staff");
            sheet.createRow(0).createCell(0).setCellValue("Brightline staff, March 2024");
            String[][] rows = {{"Employee ID", "Manager ID", "Name", "Job Title"}, {"1", "", "Ana Costa", "CEO"},
                    {"2", "1", "Ola Nowak", "Head of Sales"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c < 2 && !rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c])); // ids typed as numbers
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitForCheck(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            String status = text(robot, "#import-status");
            return !status.startsWith("Checking") && !status.startsWith("Reading");
        }).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aWorkbookIsImportedFromBelowItsTitleRow(FxRobot robot) throws Exception {
        dialogs.csvToImport = staffWorkbook();

        robot.clickOn("File").clickOn("Import…");
        waitForCheck(robot);

        assertEquals("staff.xlsx: Excel workbook, sheet 'Staff', header in row 3, 2 rows below the header.",
                text(robot, "#import-file"));
        @SuppressWarnings("unchecked")
        TableView<CsvRow> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        assertEquals(List.of(4, 5), preview.getItems().stream().map(CsvRow::row).toList());
        assertEquals(List.of("2", "1", "Ola Nowak", "Head of Sales"), preview.getItems().get(1).fields());

        robot.clickOn("#import-open");
        WaitForAsyncUtils.waitForFxEvents();

        Chart chart = window.model().chart();
        assertEquals("staff", chart.title());
        assertEquals(List.of(PositionId.of("1")), chart.roots());
        assertEquals(PositionId.of("1"), chart.position(PositionId.of("2")).reportsTo());
        assertEquals("Ola Nowak", chart.position(PositionId.of("2")).holder());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aPasswordProtectedWorkbookSaysWhyAndOffersNoImport(FxRobot robot) throws Exception {
        Path locked = TestWorkbooks.encryptedXlsx(folder.resolve("locked.xlsx"));

        WaitForAsyncUtils.asyncFx(() -> ImportDialog.show(stage, window.model(), locked, CsvImport::importTable)).get();
        waitForCheck(robot);

        assertEquals(locked + ": The workbook is protected with a password, so it cannot be read. Open it in Excel"
                + " or LibreOffice, save a copy without the password, and import the copy.", text(robot, "#import-status"));
        assertTrue(robot.lookup("#import-open").queryAs(Button.class).isDisabled());
        assertEquals("Leadership team — sample", stage.getTitle());
    }
}
