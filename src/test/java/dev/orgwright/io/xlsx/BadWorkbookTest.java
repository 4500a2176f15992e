package dev.orgwright.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.csv.CsvTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks that cannot be imported are refused in one sentence that says what to do, and the
 * ones built to hurt (a zip bomb, a million empty rows) are refused or read without harm. Every
 * file is made here.
 */
class BadWorkbookTest {

    static final String PASSWORD = "The workbook is protected with a password, so it cannot be read. Open it in"
            + " Excel or LibreOffice, save a copy without the password, and import the copy.";
    static final String ZIP_BOMB = "The workbook unpacks to far more data than its size suggests, as a zip bomb"
            + " does, so it was not read. If it is a genuine workbook, open it in Excel or LibreOffice, save it"
            + " again, and import that copy.";
    static final String NOT_A_WORKBOOK = "The file is not an Excel workbook: it is neither an .xlsx nor an .xls file"
            + " inside. If it is a CSV file, rename it to .csv; otherwise open it in Excel or LibreOffice and save it"
            + " as .xlsx.";

    @TempDir
    Path dir;

    private static String refusal(Path file) {
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> WorkbookImport.read(file, null));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals(file + ": " + e.reason(), e.problems().get(0));
        return e.reason();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("staff.xlsx"), "id,title\n1,CEO\n", StandardCharsets.UTF_8);

        assertEquals(NOT_A_WORKBOOK, refusal(file));
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path file = Files.write(dir.resolve("staff.xlsx"), new byte[0]);

        assertEquals("The file is empty. Save the workbook again in Excel or LibreOffice, with the column names"
                + " above one position per row.", refusal(file));
    }

    @Test
    void aMissingFileIsNamed() {
        assertEquals("The file does not exist. Check the name and the folder.", refusal(dir.resolve("gone.xlsx")));
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(TestWorkbooks.smallWorkbook(dir.resolve("whole.xlsx")));
        Path file = Files.write(dir.resolve("staff.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        String reason = refusal(file);

        assertTrue(reason.startsWith("The workbook is damaged and cannot be read ("), reason);
        assertTrue(reason.endsWith("). Open it in Excel or LibreOffice, which may repair it, save a copy, and import"
                + " that copy."), reason);
    }

    @Test
    void aZipThatIsNotAWorkbookIsDamaged() throws Exception {
        Path file = dir.resolve("staff.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a spreadsheet".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertTrue(refusal(file).startsWith("The workbook is damaged and cannot be read ("));
    }

    @Test
    void aDamagedXlsIsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(TestWorkbooks.smallWorkbook(dir.resolve("whole.xls")));
        Path file = Files.write(dir.resolve("staff.xls"), Arrays.copyOf(whole, 1024));

        assertTrue(refusal(file).startsWith("The workbook is damaged and cannot be read ("));
    }

    @Test
    void aPasswordProtectedXlsxIsRefused() throws Exception {
        assertEquals(PASSWORD, refusal(TestWorkbooks.encryptedXlsx(dir.resolve("staff.xlsx"))));
    }

    @Test
    void aPasswordProtectedXlsIsRefused() throws Exception {
        assertEquals(PASSWORD, refusal(TestWorkbooks.encryptedXls(dir.resolve("staff.xls"))));
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path file = TestWorkbooks.zipBomb(dir.resolve("staff.xlsx"));
        assertTrue(Files.size(file) < 1_000_000, "the bomb is small on disk: " + Files.size(file));

        assertEquals(ZIP_BOMB, refusal(file));
    }

    @Test
    void aSheetOfAMillionEmptyRowsIsEmpty() throws Exception {
        Path file = TestWorkbooks.millionEmptyRows(dir.resolve("staff.xlsx"));

        assertEquals("The sheet 'Staff' is empty: none of its rows holds a value. Choose the sheet with the"
                + " positions (--sheet NAME), or add the column names and one position per row below them.",
                refusal(file));
    }

    @Test
    void aTableAboveAMillionEmptyRowsEndsAtItsLastValue() throws Exception {
        Path file = TestWorkbooks.millionEmptyRows(dir.resolve("staff.xlsx"), "id,title", "1,Chief Executive Officer",
                "2,Head of Sales");

        CsvTable table = WorkbookImport.read(file, null);

        assertEquals(List.of("id", "title"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals(List.of("2", "Head of Sales"), table.rows().get(1).fields());
    }
}
