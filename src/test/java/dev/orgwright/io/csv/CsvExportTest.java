package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
        assertEquals("id,manager id,holder,title,department,tier,duties,notes,fte,status,photo\r\n"
                + "ceo,,Maya Lindqvist,Chief Executive Officer,,Senior Management,Sets the strategy; Owns the budget,"
                + ",1,,\r\n"
                + "sales,ceo,,\"Head of Sales, EMEA\",Sales,Executive Management,,\"Says \"\"hi\"\".\nSecond line\""
                + ",1,,\r\n"
                + "'=1+2,sales,'@home,'-Analyst,'+44,,,,1,,\r\n", text);
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
        assertEquals(List.of("1,,,X,,a,,,1,,", "2,,,Y,,Board,,,1,,"), text.lines().skip(1).toList());
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

    /** A chart with typed facts, an undisclosed holder and own fields, one of them private. */
    static Chart typed() throws Exception {
        List<FieldDefinition> fields = List.of(FieldDefinition.of("email", "E-mail", FieldType.TEXT, true),
                FieldDefinition.of("start", "Start date", FieldType.DATE, false),
                new FieldDefinition("site", "Site", FieldType.CHOICE, false, List.of("Leeds", "York")),
                FieldDefinition.of("grade-points", "Grade points", FieldType.NUMBER, false));
        return Chart.builder().title("Typed").fields(fields)
                .add(Position.of("ceo", "Chief Executive Officer", Templates.SENIOR).withHolder("Maya Lindqvist")
                        .withCost(new BigDecimal("150000.50")).withPhoto("photos/maya.jpg")
                        .withFieldValues(FieldValues.of(Map.of("email", "maya@example.org", "start", "2019-04-01",
                                "site", "Leeds", "grade-points", new BigDecimal("12.5")))))
                .add(Position.of("cfo", "Chief Financial Officer", Templates.SENIOR).withReportsTo(PositionId.of("ceo"))
                        .withHolderNotDisclosed().withFte(new BigDecimal("0.6")).withStatus(PositionStatus.CLOSING)
                        .withFieldValues(FieldValues.of(Map.of("site", "York"))))
                .add(Position.of("cto", "Chief Technology Officer", Templates.SENIOR).withReportsTo(PositionId.of("ceo"))
                        .withStatus(PositionStatus.PLANNED).withCost(new BigDecimal("99000")))
                .build();
    }

    @Test
    void privateValuesAreWrittenOnlyWhenAskedFor() throws Exception {
        Chart chart = typed();
        String without = new String(CsvExport.toBytes(chart), StandardCharsets.UTF_8);
        assertEquals("\uFEFFid,manager id,holder,title,department,tier,duties,notes,fte,status,photo,Start date,Site,"
                + "Grade points", without.lines().findFirst().orElseThrow());
        for (String secret : List.of("maya@example.org", "150000", "99000", "E-mail", "cost")) {
            assertFalse(without.contains(secret), secret);
        }
        assertTrue(without.contains("cfo,ceo,Not disclosed,Chief Financial Officer,,Senior Management,,,0.6,closing,,"),
                without);
        String with = new String(CsvExport.toBytes(chart, true), StandardCharsets.UTF_8);
        assertEquals("\uFEFFid,manager id,holder,title,department,tier,duties,notes,fte,status,photo,cost,E-mail,"
                + "Start date,Site,Grade points", with.lines().findFirst().orElseThrow());
        assertTrue(with.contains(",1,,photos/maya.jpg,150000.5,maya@example.org,2019-04-01,Leeds,12.5\r\n"), with);
        assertEquals(List.of("2 costs and 1 value of private fields are private, so not in the CSV file unless private"
                + " values are asked for (--include-private)."), CsvExport.whatIsLost(chart));
        assertEquals(List.of(), CsvExport.whatIsLost(chart, true));
    }

    @Test
    void typedFactsAndOwnFieldsImportBackWithPrivateValuesIncluded() throws Exception {
        Chart chart = typed();
        CsvTable table = CsvImport.read(CsvExport.toBytes(chart, true), "t.csv", null);
        ImportResult back = CsvImport.importTable(table, ColumnMapping.detect(table.header(),
                ColumnMapping.Extras.FIELDS), ImportOptions.titled("Typed").withFields(chart.fields()));
        assertEquals(List.of(), back.problems());
        assertEquals(chart.fields(), back.chart().fields());
        for (Position p : chart.inTreeOrder()) {
            assertEquals(p, back.chart().position(p.id()), p.id().value());
        }
        assertEquals(1, back.undisclosed());
        assertEquals(1, back.closing());
    }
}
