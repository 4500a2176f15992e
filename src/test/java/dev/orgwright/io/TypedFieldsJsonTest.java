package dev.orgwright.io;

import static dev.orgwright.io.ChartWriterTest.resource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** FTE, cost, status and photo of positions, and the chart's currency, in the document. */
class TypedFieldsJsonTest {

    private static final String GOLDEN = "typed-fields.orgchart.json";

    private static Chart read(String json) throws ChartFormatException {
        return ChartReader.read(json.getBytes(StandardCharsets.UTF_8), "t.orgchart.json");
    }

    private static String written(Chart chart) {
        return new String(ChartWriter.toBytes(chart), StandardCharsets.UTF_8);
    }

    @Test
    void theGoldenFileLoadsWithItsValuesAndWritesBackTheSameBytes() throws Exception {
        byte[] golden = resource(GOLDEN);
        Chart chart = ChartReader.read(golden, GOLDEN);

        Position ceo = chart.position(PositionId.of("ceo"));
        assertEquals(Position.DEFAULT_FTE, ceo.fte());
        assertEquals(new BigDecimal("185000"), ceo.cost());
        assertNull(ceo.status());
        assertEquals("photos/ceo.jpg", ceo.photo());
        Position cfo = chart.position(PositionId.of("cfo"));
        assertEquals(new BigDecimal("0.5"), cfo.fte());
        assertEquals(new BigDecimal("72500.5"), cfo.cost());
        assertEquals(PositionStatus.PLANNED, cfo.status());
        Position support = chart.position(PositionId.of("support"));
        assertEquals(new BigDecimal("12.75"), support.fte());
        assertFalse(support.hasCost());
        assertEquals(PositionStatus.CLOSING, support.status());
        assertEquals(Optional.of("GBP"), chart.settings().currency());

        assertArrayEquals(golden, ChartWriter.toBytes(chart));
    }

    /** A file of the version before these fields: every position one FTE, no cost, no status, no photo. */
    @Test
    void anOldFileLoadsUnchangedAndIsWrittenBackByteForByte() throws Exception {
        byte[] old = resource("canonical.orgchart.json");
        Chart chart = ChartReader.read(old, "canonical.orgchart.json");

        for (Position p : chart.inTreeOrder()) {
            assertEquals(Position.DEFAULT_FTE, p.fte(), p.id().value());
            assertNull(p.cost(), p.id().value());
            assertNull(p.status(), p.id().value());
            assertEquals("", p.photo(), p.id().value());
        }
        assertEquals(Optional.empty(), chart.settings().currency());
        assertArrayEquals(old, ChartWriter.toBytes(chart));
        String text = new String(old, StandardCharsets.UTF_8);
        assertFalse(text.contains("\"fte\"") || text.contains("\"cost\"") || text.contains("\"status\"")
                || text.contains("\"photo\""), "the old file predates the fields");
    }

    @Test
    void defaultsAndEmptyValuesAreNotWritten() throws Exception {
        Chart chart = read("""
                {"format": "orgwright.chart", "version": 1, "positions": [
                  {"id": "a", "title": "A", "fte": 1.000, "cost": null, "status": null, "photo": ""},
                  {"id": "b", "title": "B", "fte": null, "status": ""}
                ]}""");

        String text = written(chart);
        assertFalse(text.contains("\"fte\"") || text.contains("\"cost\"") || text.contains("\"status\"")
                || text.contains("\"photo\""), text);
        assertEquals(chart, read(text));
    }

    @Test
    void numbersAreWrittenInOneFormWithoutTrailingZerosOrExponents() throws Exception {
        Chart chart = read("""
                {"format": "orgwright.chart", "version": 1, "positions": [
                  {"id": "a", "title": "A", "fte": 0.50, "cost": 8.5E+4},
                  {"id": "b", "title": "B", "fte": 2E1, "cost": 0.000},
                  {"id": "c", "title": "C", "fte": 1e0, "cost": 120000.250}
                ]}""");

        String text = written(chart);
        assertTrue(text.contains("\"fte\": 0.5,\n      \"cost\": 85000\n"), text);
        assertTrue(text.contains("\"fte\": 20,\n      \"cost\": 0\n"), text);
        assertTrue(text.contains("\"title\": \"C\",\n      \"cost\": 120000.25\n"), text);
        assertEquals(chart, read(text));
    }

    @Test
    void theNewFieldsComeAfterAssistantAndBeforeDuties() throws Exception {
        Chart chart = read("""
                {"format": "orgwright.chart", "version": 1, "positions": [
                  {"id": "a", "title": "A", "notes": "n", "photo": "p.png", "duties": ["d"], "status": "closing",
                   "cost": 1, "fte": 2, "assistant": false, "department": "D", "holder": "H", "payrollId": 7}
                ]}""");

        String text = written(chart);
        String[] order = {"\"holder\"", "\"department\"", "\"fte\"", "\"cost\"", "\"status\"", "\"photo\"",
                "\"duties\"", "\"notes\"", "\"payrollId\""};
        for (int i = 1; i < order.length; i++) {
            assertTrue(text.indexOf(order[i - 1]) < text.indexOf(order[i]), order[i - 1] + " before " + order[i]);
        }
    }

    @Test
    void aBadValueIsRefusedWithThePositionAndTheField() {
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> read("""
                {"format": "orgwright.chart", "version": 1, "positions": [
                  {"id": "a", "title": "A"},
                  {"id": "b", "title": "B", "fte": -0.5}
                ]}"""));
        assertEquals("t.orgchart.json, line 3, column 36: The \"fte\" of position 'b' must be more than 0 and at"
                + " most 1,000, not -0.5.", e.getMessage());
    }

    @Test
    void theCurrencyIsASettingThatOtherSettingsLiveBeside() throws Exception {
        Chart chart = read("""
                {"format": "orgwright.chart", "version": 1, "positions": [],
                 "settings": {"rules": {"duty-tier": {"enabled": false}}, "currency": "JPY"}}""");

        assertEquals(Optional.of("JPY"), chart.settings().currency());
        assertFalse(chart.settings().flag("rules.duty-tier.enabled", true));
        assertEquals(chart, read(written(chart)));
    }
}
