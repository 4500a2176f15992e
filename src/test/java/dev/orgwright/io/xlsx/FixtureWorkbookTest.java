package dev.orgwright.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.io.csv.ColumnMapping;
import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.CsvRow;
import dev.orgwright.io.csv.CsvTable;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.ImportResult;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared HR fixture (107 people, 24 columns), put into a workbook as a spreadsheet user would
 * have it: a title in A1, a blank row, the header in row 3, and every cell that reads as a number
 * stored as a number. Imported, it gives the same chart as the CSV file.
 */
class FixtureWorkbookTest {

    /** What a spreadsheet turns into a number when the CSV file is opened: plain decimals, no leading zero. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]*[1-9])?");

    @TempDir
    Path dir;

    private Path workbookOf(CsvTable csv, String extension) throws Exception {
        try (Workbook wb = extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("People");
            sheet.createRow(0).createCell(0).setCellValue("HR export: people and positions, as of 2024-03-31");
            write(sheet.createRow(2), csv.header());
            int r = 3;
            for (CsvRow row : csv.rows()) {
                write(sheet.createRow(r++), row.fields());
            }
            Path file = dir.resolve("org-chart-sample." + extension);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (NUMBER.matcher(value).matches()) {
                row.createCell(c).setCellValue(Double.parseDouble(value));
            } else if (!value.isEmpty()) {
                row.createCell(c).setCellValue(value);
            }
        }
    }

    private static ImportResult importTable(CsvTable table) throws Exception {
        return CsvImport.importTable(table, ColumnMapping.detect(table.header(), ColumnMapping.Extras.NOTES),
                ImportOptions.titled("HR sample"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void theFixtureAsAWorkbookWithATitleRowGivesTheChartOfTheCsvFile(String extension) throws Exception {
        CsvTable csv = CsvImport.read(Path.of(getClass().getResource("/dev/orgwright/io/csv/org-chart-sample.csv")
                .toURI()));
        Path file = workbookOf(csv, extension);

        CsvTable sheet = WorkbookImport.read(file, null);
        ImportResult fromCsv = importTable(csv);
        ImportResult fromWorkbook = importTable(sheet);

        assertEquals(csv.header(), sheet.header());
        assertEquals(csv.rows().size(), sheet.rows().size());
        for (int i = 0; i < csv.rows().size(); i++) {
            assertEquals(csv.rows().get(i).fields(), sheet.rows().get(i).fields(), "row " + (i + 2) + " of the CSV");
            assertEquals(csv.rows().get(i).row() + 2, sheet.rows().get(i).row(), "the sheet's own row numbers");
        }
        assertEquals(107, fromWorkbook.imported());
        assertEquals(fromCsv.problems().size(), fromWorkbook.problems().size());
        assertEquals(fromCsv.chart(), fromWorkbook.chart());
    }
}
