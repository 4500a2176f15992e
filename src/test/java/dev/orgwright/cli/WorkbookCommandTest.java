package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.xlsx.TestWorkbooks;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.rules.Validator;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code orgwright import FILE.xlsx} and {@code orgwright export CHART --to OUT.xlsx}: a workbook
 * imports to the chart its CSV file gives, a bad workbook is refused in one sentence with nothing
 * written, and the exported workbook holds the positions with numbers as numbers, private values
 * only when asked for, and the findings.
 */
class WorkbookCommandTest {

    @TempDir
    Path dir;

    private static Path fixture() throws Exception {
        return Path.of(WorkbookCommandTest.class.getResource("/dev/orgwright/io/csv/org-chart-sample.csv").toURI());
    }

    /** The fixture as a workbook "sample.xlsx": a title row, a blank row, then the CSV file's rows as text. */
    private Path fixtureWorkbook() throws Exception {
        List<String> lines = Files.readAllLines(fixture());
        Path file = dir.resolve("xlsx").resolve("sample.xlsx");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = wb.createSheet("About");
            notes.createRow(0).createCell(0).setCellValue("Made by the HR system");
            Sheet sheet = wb.createSheet("People");
            sheet.createRow(0).createCell(0).setCellValue("People, 31 March 2024");
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.createRow(i + 2);
                String[] cells = lines.get(i).split(",", -1); // the fixture quotes no field
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void aWorkbookImportsToTheChartOfItsCsvFile() throws Exception {
        Path csv = Files.copy(fixture(), Files.createDirectories(dir.resolve("csv")).resolve("sample.csv"));
        Path fromCsv = dir.resolve("from-csv.orgchart.json");
        Path fromWorkbook = dir.resolve("from-xlsx.orgchart.json");
        Path workbook = fixtureWorkbook();

        CliRun csvRun = CliRun.of("import", csv.toString(), "--out", fromCsv.toString());
        CliRun run = CliRun.of("import", workbook.toString(), "--sheet", "People", "--out", fromWorkbook.toString());

        assertEquals(0, csvRun.exitCode(), csvRun.err());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String[] lines = run.outLines();
        assertTrue(lines[0].startsWith(workbook + ": Excel workbook, sheet 'People', header in row 3; columns: id (id),"),
                lines[0]);
        assertEquals(csvRun.outLines()[0].substring(csvRun.outLines()[0].indexOf("; columns: ")),
                lines[0].substring(lines[0].indexOf("; columns: ")));
        assertEquals("Wrote 107 positions to " + fromWorkbook + ".", lines[lines.length - 1]);
        assertEquals(Files.readString(fromCsv), Files.readString(fromWorkbook));
        assertEquals("sample", ChartFiles.load(fromWorkbook).title());
    }

    @Test
    void theFirstSheetIsReadWhenNoneIsNamed() throws Exception {
        Path out = dir.resolve("out.orgchart.json");

        CliRun run = CliRun.of("import", fixtureWorkbook().toString(), "--out", out.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("No column holds the job titles"), run.err());
        assertTrue(run.err().contains("sample.xlsx, line 1: "), "the first sheet's header is its row 1: " + run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void sheetIsForWorkbooksAndDelimiterForCsvFiles() throws Exception {
        Path out = dir.resolve("out.orgchart.json");

        CliRun sheetOnCsv = CliRun.of("import", fixture().toString(), "--sheet", "People", "--out", out.toString());
        CliRun delimiterOnWorkbook = CliRun.of("import", fixtureWorkbook().toString(), "--delimiter", "comma",
                "--out", out.toString());

        assertEquals(2, sheetOnCsv.exitCode());
        assertTrue(sheetOnCsv.err().contains("--sheet is for workbooks (.xlsx, .xls)"), sheetOnCsv.err());
        assertEquals(2, delimiterOnWorkbook.exitCode());
        assertTrue(delimiterOnWorkbook.err().contains("--delimiter is for CSV files"), delimiterOnWorkbook.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingSheetIsNamedWithTheSheetsThereAre() throws Exception {
        Path workbook = fixtureWorkbook();
        Path out = dir.resolve("out.orgchart.json");

        CliRun run = CliRun.of("import", workbook.toString(), "--sheet", "Staff", "--out", out.toString());

        assertEquals(2, run.exitCode());
        assertArrayEquals(new String[] {workbook + ": The workbook has no sheet called 'Staff'; its sheets are 'About',"
                + " 'People'. Name one of them with --sheet."}, run.errLines());
        assertFalse(Files.exists(out));
    }

    @Test
    void everyBadWorkbookGetsOneSentenceExitTwoAndNothingWritten() throws Exception {
        List<Path> bad = new ArrayList<>();
        bad.add(Files.writeString(dir.resolve("text.xlsx"), "id,title\n1,CEO\n"));
        byte[] good = Files.readAllBytes(TestWorkbooks.smallWorkbook(dir.resolve("good.xlsx")));
        bad.add(Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(good, good.length / 2)));
        bad.add(TestWorkbooks.encryptedXlsx(dir.resolve("locked.xlsx")));
        bad.add(TestWorkbooks.encryptedXls(dir.resolve("locked.xls")));
        bad.add(TestWorkbooks.zipBomb(dir.resolve("bomb.xlsx")));
        bad.add(TestWorkbooks.millionEmptyRows(dir.resolve("empty.xlsx")));
        for (Path file : bad) {
            Path out = dir.resolve(file.getFileName() + ".orgchart.json");

            CliRun run = CliRun.of("import", file.toString(), "--out", out.toString());

            assertEquals(2, run.exitCode(), file + ": " + run.err());
            assertEquals(1, run.errLines().length, run.err());
            assertTrue(run.err().startsWith(file + ": The "), run.err());
            assertEquals("", run.out());
            assertFalse(Files.exists(out), "nothing is written for " + file);
        }
    }

    private Path chart() throws Exception {
        return Files.writeString(dir.resolve("people.orgchart.json"), """
                {"format": "orgwright.chart", "version": 1, "title": "People",
                 "fields": [
                  {"id": "site", "name": "Site", "type": "text"},
                  {"id": "start", "name": "Start date", "type": "date"},
                  {"id": "level", "name": "Level", "type": "number"},
                  {"id": "email", "name": "E-mail", "type": "text", "private": true}
                 ],
                 "positions": [
                  {"id": "ceo", "title": "Chief Executive Officer", "holder": "Nadia Haddad", "tier": "senior",
                   "cost": 987654.32, "duties": [{"text": "Sets the strategy of the whole company"}],
                   "fields": {"site": "Leeds", "start": "2019-04-01", "level": 9, "email": "nadia@brightline.example"}},
                  {"id": "cfo", "title": "Chief Financial Officer", "reportsTo": "ceo", "tier": "executive",
                   "fte": 0.5, "cost": 123456, "status": "closing", "department": "Finance", "notes": "Shared"}
                 ]}""");
    }

    private static List<String> rowText(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : format.formatCellValue(cell));
        }
        return cells;
    }

    @Test
    void theExportHasThePositionsAndTheFindingsWithoutPrivateValues() throws Exception {
        Path out = dir.resolve("people.xlsx");
        Chart chart = ChartFiles.load(chart());
        int findings = Validator.withDefaultRules().validate(chart).all().size();

        CliRun run = CliRun.of("export", chart().toString(), "--to", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Wrote 2 positions and " + findings + (findings == 1 ? " finding" : " findings") + " to " + out
                + ".", run.out().strip());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Positions", "Findings"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
            Sheet positions = wb.getSheet("Positions");
            assertEquals(List.of("id", "manager id", "title", "holder", "tier", "department", "FTE", "status", "Site",
                    "Start date", "Level", "duties", "notes"), rowText(positions.getRow(0)));
            assertEquals(List.of("ceo", "", "Chief Executive Officer", "Nadia Haddad", "Senior Management", "", "1",
                    "", "Leeds", "2019-04-01", "9", "Sets the strategy of the whole company"),
                    rowText(positions.getRow(1)));
            Row cfo = positions.getRow(2);
            assertEquals(CellType.NUMERIC, cfo.getCell(6).getCellType());
            assertEquals(0.5, cfo.getCell(6).getNumericCellValue());
            assertEquals("closing", cfo.getCell(7).getStringCellValue());
            assertEquals(CellType.NUMERIC, positions.getRow(1).getCell(10).getCellType());
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(positions.getRow(1).getCell(9)));
            assertEquals(3, positions.getPhysicalNumberOfRows());
            assertHeaderBoldAndFrozen(wb, positions);
            assertTrue(positions.getColumnWidth(2) > positions.getColumnWidth(6), "titles get wider columns than FTE");

            Sheet sheet = wb.getSheet("Findings");
            assertEquals(List.of("severity", "rule", "position id", "position", "finding", "why", "fix"),
                    rowText(sheet.getRow(0)));
            assertEquals(findings + 1, sheet.getPhysicalNumberOfRows());
            assertHeaderBoldAndFrozen(wb, sheet);
            StringBuilder all = new StringBuilder();
            for (Sheet s : wb) {
                for (Row row : s) {
                    all.append(rowText(row)).append('\n');
                }
            }
            for (String secret : List.of("nadia@brightline.example", "987654", "123456", "E-mail", "cost")) {
                assertFalse(all.toString().contains(secret), "a private value in the workbook: " + secret);
            }
        }
    }

    private static void assertHeaderBoldAndFrozen(XSSFWorkbook wb, Sheet sheet) {
        assertTrue(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
        PaneInformation pane = sheet.getPaneInformation();
        assertTrue(pane != null && pane.isFreezePane(), "the header row is frozen");
        assertEquals(1, pane.getHorizontalSplitPosition());
        assertEquals(0, pane.getVerticalSplitPosition());
    }

    @Test
    void includePrivateAddsTheCostAndThePrivateFields() throws Exception {
        Path out = dir.resolve("people.xlsx");

        CliRun run = CliRun.of("export", chart().toString(), "--to", out.toString(), "--include-private");

        assertEquals(0, run.exitCode(), run.err());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet positions = wb.getSheet("Positions");
            assertEquals(List.of("id", "manager id", "title", "holder", "tier", "department", "FTE", "cost", "status",
                    "Site", "Start date", "Level", "E-mail", "duties", "notes"), rowText(positions.getRow(0)));
            assertEquals(987654.32, positions.getRow(1).getCell(7).getNumericCellValue());
            assertEquals(123456.0, positions.getRow(2).getCell(7).getNumericCellValue());
            assertEquals("nadia@brightline.example", positions.getRow(1).getCell(12).getStringCellValue());
        }
    }

    @Test
    void theExportedWorkbookImportsToTheSameStructure() throws Exception {
        Path out = dir.resolve("people.xlsx");
        Path back = dir.resolve("back.orgchart.json");
        Chart chart = ChartFiles.load(chart());

        assertEquals(0, CliRun.of("export", chart().toString(), "--to", out.toString()).exitCode());
        CliRun run = CliRun.of("import", out.toString(), "--out", back.toString());

        assertTrue(run.exitCode() < 2, run.err());
        Chart imported = ChartFiles.load(back);
        for (PositionId id : List.of(PositionId.of("ceo"), PositionId.of("cfo"))) {
            var was = chart.position(id);
            var is = imported.position(id);
            assertEquals(was.title(), is.title());
            assertEquals(was.holder(), is.holder());
            assertEquals(was.reportsTo(), is.reportsTo());
            assertEquals(was.tierId(), is.tierId());
            assertEquals(was.department(), is.department());
        }
    }

    @Test
    void aWorkbookOfARootTheChartLacksIsRefused() throws Exception {
        Path out = dir.resolve("people.xlsx");

        CliRun run = CliRun.of("export", chart().toString(), "--to", out.toString(), "--subtree", "nobody");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("has no position with the id 'nobody'"), run.err());
        assertFalse(Files.exists(out));
    }
}
