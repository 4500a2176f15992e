package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static Chart small() throws Exception {
        return Chart.builder().title("Acme")
                .add(Position.of("ceo", "Chief Executive Officer", Templates.SENIOR).withHolder("Maya Lindqvist")
                        .withDuties(List.of(Duty.of("Sets the strategy"), Duty.linked("Owns the budget", "budgets"))))
                .add(Position.of("sales", "Head of Sales, EMEA", Templates.EXECUTIVE)
                        .withReportsTo(PositionId.of("ceo")).withDepartment("Sales")
                        .withNotes("Says \"hi\".\nSecond line"))
                .add(Position.of("=1+2", "-Analyst", null).withReportsTo(PositionId.of("sales"))
                        .withHolder("@home").withDepartment("+44"))
                .build();
    }

    @Test
    void utf8WithBomCommasCrlfAndRfc4180Quoting() throws Exception {
        byte[] bytes = CsvExport.toBytes(small());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("id,manager id,holder,title,department,tier,duties,notes\r\n"
                + "ceo,,Maya Lindqvist,Chief Executive Officer,,Senior Management,Sets the strategy; Owns the budget,\r\n"
                + "sales,ceo,,\"Head of Sales, EMEA\",Sales,Executive Management,,\"Says \"\"hi\"\".\nSecond line\"\r\n"
                + "'=1+2,sales,'@home,'-Analyst,'+44,,,\r\n", text);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasGetAnApostrophe() {
        for (String dangerous : List.of("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + dangerous, CsvCells.protect(dangerous), dangerous);
            assertEquals(dangerous, CsvCells.unprotect(CsvCells.protect(dangerous)));
        }
        for (String safe : List.of("", "CEO", "a=b", "'quoted'", " =x", "1-2")) {
            assertEquals(safe, CsvCells.protect(safe), safe);
        }
        // An apostrophe the value itself starts with is kept: one more is written, one is removed.
        assertEquals("''=x", CsvCells.protect("'=x"));
        assertEquals("'=x", CsvCells.unprotect("''=x"));
        assertEquals("'plain", CsvCells.unprotect("'plain"));
    }

    @Test
    void theExportedFileImportsBackToTheSameChart() throws Exception {
        Chart chart = small();
        ImportResult back = CsvImport.importTable(CsvImport.read(CsvExport.toBytes(chart), "a.csv", null),
                ColumnMapping.detect(CsvExport.HEADER, ColumnMapping.Extras.NOTES), ImportOptions.titled("Acme"));
        assertEquals(List.of(), back.problems());
        Position analyst = back.chart().position(PositionId.of("=1+2"));
        assertEquals("-Analyst", analyst.title());
        assertEquals("@home", analyst.holder());
        assertEquals("+44", analyst.department());
        assertEquals("Says \"hi\".\nSecond line", back.chart().position(PositionId.of("sales")).notes());
    }

    @Test
    void aTierIsWrittenByItsIdWhenItsNameWouldReadAsAnother() throws Exception {
        List<Tier> tiers = List.of(Tier.of("a", "b", 1, List.of(), List.of()), Tier.of("b", "Board", 2, List.of(),
                List.of()));
        Chart chart = Chart.builder().tiers(tiers).add(Position.of("1", "X", "a")).add(Position.of("2", "Y", "b"))
                .build();
        String text = new String(CsvExport.toBytes(chart), StandardCharsets.UTF_8);
        assertEquals(List.of("1,,,X,,a,,", "2,,,Y,,Board,,"), text.lines().skip(1).toList());
        ImportResult back = CsvImport.importTable(CsvImport.read(CsvExport.toBytes(chart), "t.csv", null),
                ColumnMapping.detect(CsvExport.HEADER, ColumnMapping.Extras.NOTES), new ImportOptions("t", tiers));
        assertEquals("a", back.chart().position(PositionId.of("1")).tierId());
        assertEquals("b", back.chart().position(PositionId.of("2")).tierId());
    }

    @Test
    void whatACsvFileCannotHoldIsSaid() throws Exception {
        Chart chart = Chart.builder()
                .add(Position.of("ceo", "CEO", Templates.SENIOR))
                .add(Position.of("ea", "Assistant", null).withReportsTo(PositionId.of("ceo")).withAssistant(true)
                        .withDottedLines(List.of(PositionId.of("ceo")))
                        .withDuties(List.of(Duty.linked("Plans; books", "operations"))))
                .build();
        assertEquals(List.of("1 dotted line is not in the CSV file.",
                "1 position is marked as an assistant; the CSV file does not say so.",
                "1 duty is linked to a responsibility of the catalog; the CSV file keeps the text, not the link.",
                "1 duty contains ';' or '|', which separate duties in the CSV file: imported again, each becomes"
                        + " several duties."), CsvExport.whatIsLost(chart));
        assertEquals(List.of(), CsvExport.whatIsLost(Chart.builder().add(Position.of("1", "CEO", null)).build()));
    }
}
