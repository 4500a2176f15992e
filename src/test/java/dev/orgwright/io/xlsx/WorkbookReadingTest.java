package dev.orgwright.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.csv.CsvRow;
import dev.orgwright.io.csv.CsvTable;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sheet reads as the CSV file a spreadsheet would save: title rows above the header passed
 * over, formulas as their saved values, whole numbers without ".0", dates as ISO dates, the row
 * numbers the sheet shows. The same for {@code .xlsx} (read as a stream) and {@code .xls}.
 */
class WorkbookReadingTest {

    @TempDir
    Path dir;

    /** A sheet "Staff" with a title, a blank row, the header in row 3 and two positions; a sheet "Notes" first. */
    private Path staffWorkbook(String extension) throws Exception {
        try (Workbook wb = extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet notes = wb.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Exported from the HR system");
            Sheet s = wb.createSheet("Staff");
            s.createRow(0).createCell(0).setCellValue("Brightline staff, March 2024");
            Row header = s.createRow(2);
            List<String> names = List.of("id", "manager id", "title", "holder", "fte", "start", "salary", "active");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy h:mm"));
            Row ceo = s.createRow(3);
            ceo.createCell(0).setCellValue(1);
            ceo.createCell(2).setCellValue("Chief Executive Officer");
            ceo.createCell(3).setCellValue("Nadia Haddad");
            ceo.createCell(4).setCellValue(1.0);
            ceo.createCell(5).setCellValue(LocalDate.of(2024, 3, 31));
            ceo.getCell(5).setCellStyle(date);
            ceo.createCell(6).setCellFormula("50000+4705");
            ceo.createCell(7).setCellValue(true);
            Row head = s.createRow(4);
            head.createCell(0).setCellValue(2);
            head.createCell(1).setCellFormula("A4");
            head.createCell(2).setCellFormula("\"Head of \"&\"Sales\"");
            head.createCell(4).setCellValue(0.1 + 0.2);
            head.createCell(5).setCellValue(LocalDateTime.of(2023, 11, 2, 9, 30));
            head.getCell(5).setCellStyle(dateTime);
            head.createCell(6).setCellValue(123456789012.0);
            head.createCell(9).setCellValue(0.0000001); // beyond the header: the header grows an unnamed column
            s.createRow(5); // a row with no cells, then nothing
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Path file = dir.resolve("staff." + extension);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void theNamedSheetReadsAsCsvTextBelowItsTitleRows(String extension) throws Exception {
        CsvTable table = WorkbookImport.read(staffWorkbook(extension), "staff");

        assertEquals(List.of("id", "manager id", "title", "holder", "fte", "start", "salary", "active", "", ""),
                table.header());
        assertEquals(List.of(4, 5), table.rows().stream().map(CsvRow::row).toList());
        assertEquals(List.of("1", "", "Chief Executive Officer", "Nadia Haddad", "1", "2024-03-31", "54705", "TRUE",
                "", ""), table.rows().get(0).fields());
        assertEquals(List.of("2", "1", "Head of Sales", "", "0.3", "2023-11-02 09:30", "123456789012", "", "",
                "0.0000001"), table.rows().get(1).fields());
        assertEquals((extension.equals("xls") ? "Excel 97–2003 workbook" : "Excel workbook")
                + ", sheet 'Staff', header in row 3", table.encoding());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void withoutASheetNameTheFirstSheetIsRead(String extension) throws Exception {
        CsvTable table = WorkbookImport.read(staffWorkbook(extension), null);

        assertEquals(List.of("Exported from the HR system"), table.header());
        assertEquals(List.of(), table.rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aSheetThatIsNotThereIsNamedWithTheSheetsThatAre(String extension) throws Exception {
        Path file = staffWorkbook(extension);

        ChartFormatException e = assertThrows(ChartFormatException.class, () -> WorkbookImport.read(file, "People"));

        assertEquals("The workbook has no sheet called 'People'; its sheets are 'Notes', 'Staff'. Name one of them"
                + " with --sheet.", e.reason());
    }

    @Test
    void inlineStringsCellsWithoutReferencesAndRichTextReadAsText() throws Exception {
        Path file = RawXlsx.write(dir.resolve("raw.xlsx"), "People", out -> {
            out.write(RawXlsx.row(1, "id", "title"));
            out.write("<row><c t=\"inlineStr\"><is><t>7</t></is></c><c t=\"inlineStr\"><is><r><t>Head </t></r>"
                    + "<r><t>of IT</t></r><rPh><t>ヘッド</t></rPh></is></c></row>");
        });

        CsvTable table = WorkbookImport.read(file, null);

        assertEquals(List.of("id", "title"), table.header());
        assertEquals(List.of("7", "Head of IT"), table.rows().get(0).fields());
        assertEquals(2, table.rows().get(0).row());
    }

    @Test
    void isWorkbookGoesByTheNameInAnyCase() {
        assertEquals(true, WorkbookImport.isWorkbook(Path.of("a", "Staff.XLSX")));
        assertEquals(true, WorkbookImport.isWorkbook(Path.of("staff.xls")));
        assertEquals(true, WorkbookImport.isWorkbook(Path.of("staff.xlsm")));
        assertEquals(false, WorkbookImport.isWorkbook(Path.of("staff.csv")));
        assertEquals(false, WorkbookImport.isWorkbook(Path.of("xlsx")));
    }
}
