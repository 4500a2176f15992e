package dev.orgwright.io;

import static dev.orgwright.io.ChartWriterTest.resource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.PositionId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chart's own fields and the positions' values of them, in the document. */
class CustomFieldsJsonTest {

    private static final String GOLDEN = "custom-fields.orgchart.json";
    private static final PositionId CEO = PositionId.of("ceo");

    private static Chart read(String json) throws ChartFormatException {
        return ChartReader.read(json.getBytes(StandardCharsets.UTF_8), "t.orgchart.json");
    }

    private static String written(Chart chart) {
        return new String(ChartWriter.toBytes(chart), StandardCharsets.UTF_8);
    }

    @Test
    void theGoldenFileLoadsWithItsFieldsAndValuesAndWritesBackTheSameBytes() throws Exception {
        byte[] golden = resource(GOLDEN);
        Chart chart = ChartReader.read(golden, GOLDEN);

        assertEquals(List.of("email", "start", "grade", "office"),
                chart.fields().stream().map(FieldDefinition::id).toList());
        FieldDefinition email = chart.field("email").orElseThrow();
        assertEquals("E-mail", email.name());
        assertEquals(FieldType.TEXT, email.type());
        assertTrue(email.isPrivate());
        assertFalse(chart.field("start").orElseThrow().isPrivate());
        assertEquals(List.of("Leeds", "Lisbon"), chart.field("office").orElseThrow().choices());

        var ceo = chart.position(CEO).fieldValues();
        assertEquals(Optional.of("nadia.haddad@brightline.example"), ceo.get("email"));
        assertEquals(Optional.of("2019-04-01"), ceo.get("start"));
        assertEquals(Optional.of(new BigDecimal("12")), ceo.get("grade"));
        assertEquals(Optional.of("Leeds"), ceo.get("office"));
        assertEquals(Optional.of(new BigDecimal("10.5")), chart.position(PositionId.of("cfo")).fieldValues().get("grade"));
        assertTrue(chart.position(PositionId.of("coo")).fieldValues().isEmpty());

        assertArrayEquals(golden, ChartWriter.toBytes(chart));
    }

    @Test
    void aChartWithoutFieldsWritesNoFieldsKeyAtAll() throws Exception {
        Chart chart = read("{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": [{\"id\": \"ceo\", \"title\": \"CEO\"}]}");
        assertTrue(chart.fields().isEmpty());
        assertFalse(written(chart).contains("\"fields\""));
    }

    @Test
    void valuesAreWrittenInTheOrderOfTheChartsFieldsWhateverOrderTheyWereSetIn() throws Exception {
        Chart chart = ChartReader.read(resource(GOLDEN), GOLDEN);
        Chart reordered = CustomFieldEdits.clearValue(CEO, "email").apply(chart);
        reordered = CustomFieldEdits.clearValue(CEO, "start").apply(reordered);
        reordered = CustomFieldEdits.setValue(CEO, "start", "2019-04-01").apply(reordered);
        reordered = CustomFieldEdits.setValue(CEO, "email", "nadia.haddad@brightline.example").apply(reordered);
        assertArrayEquals(ChartWriter.toBytes(chart), ChartWriter.toBytes(reordered));
    }

    @Test
    void aNullOrEmptyValueIsNoValue() throws Exception {
        Chart chart = read("{\"format\": \"orgwright.chart\", \"version\": 1,"
                + " \"fields\": [{\"id\": \"email\", \"name\": \"E-mail\", \"type\": \"text\"}],"
                + " \"positions\": [{\"id\": \"ceo\", \"title\": \"CEO\", \"fields\": {\"email\": null}},"
                + " {\"id\": \"cfo\", \"title\": \"CFO\", \"fields\": {\"email\": \"\"}}]}");
        assertTrue(chart.position(CEO).fieldValues().isEmpty());
        assertTrue(chart.position(PositionId.of("cfo")).fieldValues().isEmpty());
    }

    @Test
    void aValueOfAFieldListedAfterThePositionsIsCheckedAllTheSame() {
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> read(
                "{\"format\": \"orgwright.chart\", \"version\": 1,"
                        + " \"positions\": [{\"id\": \"ceo\", \"title\": \"CEO\", \"fields\": {\"grade\": \"high\"}}],"
                        + " \"fields\": [{\"id\": \"grade\", \"name\": \"Grade\", \"type\": \"number\"}]}"));
        assertEquals("The field 'Grade' of position 'ceo' ('CEO') must be a number, not \"high\".", e.reason());
        assertEquals(Optional.of(1), e.line());
    }

    @Test
    void aPrivateFieldsWrongValueIsRefusedWithoutRepeatingIt() {
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> read(
                "{\"format\": \"orgwright.chart\", \"version\": 1,"
                        + " \"fields\": [{\"id\": \"born\", \"name\": \"Birth date\", \"type\": \"date\", \"private\": true}],"
                        + " \"positions\": [{\"id\": \"ceo\", \"title\": \"CEO\", \"fields\": {\"born\": \"12/03/1971\"}}]}"));
        assertFalse(e.getMessage().contains("1971"), e.getMessage());
        assertTrue(e.reason().contains("'Birth date'"), e.getMessage());
    }

    @Test
    void keysOfAFieldThatThisVersionDoesNotKnowAreKept() throws Exception {
        String json = "{\"format\": \"orgwright.chart\", \"version\": 1,"
                + " \"fields\": [{\"id\": \"email\", \"name\": \"E-mail\", \"type\": \"text\", \"hint\": \"work address\"}],"
                + " \"positions\": []}";
        Chart chart = read(json);
        assertTrue(written(chart).contains("\"hint\": \"work address\""));
        assertEquals(chart, read(written(chart)));
    }
}
