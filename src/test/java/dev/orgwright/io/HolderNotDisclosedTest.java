package dev.orgwright.io;

import static dev.orgwright.io.ChartWriterTest.resource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.ChangeKind;
import dev.orgwright.model.diff.ChartDiff;
import dev.orgwright.render.CardMetrics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A position filled by someone whose name is withheld ("N/D" in an organogram): filled, not
 * vacant, never shown as a name, kept in the document as {@code "holderDisclosed": false}.
 */
class HolderNotDisclosedTest {

    private static final String JSON = """
            {
              "format": "orgwright.chart",
              "version": 1,
              "title": "Withheld",
              "positions": [
                {
                  "id": "ceo",
                  "title": "Chief Executive Officer",
                  "holder": "Maya Lindqvist"
                },
                {
                  "id": "cfo",
                  "title": "Chief Financial Officer",
                  "holderDisclosed": false,
                  "reportsTo": "ceo"
                },
                {
                  "id": "cto",
                  "title": "Chief Technology Officer",
                  "reportsTo": "ceo"
                }
              ]
            }
            """;

    private static Chart read(String json) throws ChartFormatException {
        return ChartReader.read(json.getBytes(StandardCharsets.UTF_8), "t.orgchart.json");
    }

    @Test
    void everyCopyOfAPositionKeepsItsHolderUndisclosed() {
        Position p = new Position(PositionId.of("p"), "Officer", "", null, java.util.List.of(), null,
                java.util.List.of(), "", "", false, null).withHolderNotDisclosed();
        for (Position copy : java.util.List.of(p.withTier("staff"), p.withTitle("Clerk"), p.withDepartment("Ops"),
                p.withNotes("n"), p.withAssistant(true), p.withFte(java.math.BigDecimal.TEN), p.withCost(null),
                p.withStatus(null), p.withPhoto(""), p.withDuties(java.util.List.of()), p.withReportsTo(null))) {
            assertTrue(copy.isHolderUndisclosed(), copy.toString());
            assertFalse(copy.isVacant());
        }
    }

    @Test
    void anUndisclosedHolderIsFilledNotVacantAndWrittenOnlyWhereFalse() throws Exception {
        Chart chart = read(JSON);
        Position cfo = chart.position(PositionId.of("cfo"));
        assertTrue(cfo.isHolderUndisclosed());
        assertFalse(cfo.isVacant());
        assertEquals("", cfo.holder());
        assertTrue(chart.position(PositionId.of("cto")).isVacant());
        assertFalse(chart.position(PositionId.of("ceo")).isHolderUndisclosed());
        String written = new String(ChartWriter.toBytes(chart), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"title\": \"Chief Financial Officer\",\n      \"holderDisclosed\": false,\n"),
                written);
        assertEquals(1, written.split("holderDisclosed", -1).length - 1, "written only where false");
        assertEquals(chart, read(written));
        assertArrayEquals(written.getBytes(StandardCharsets.UTF_8), ChartWriter.toBytes(read(written)));
    }

    @Test
    void oldFilesHaveEveryHolderDisclosed() throws Exception {
        Chart chart = ChartReader.read(resource("canonical.orgchart.json"), "canonical.orgchart.json");
        for (Position p : chart.inTreeOrder()) {
            assertFalse(p.isHolderUndisclosed(), p.id().value());
        }
        assertFalse(new String(ChartWriter.toBytes(chart), StandardCharsets.UTF_8).contains("holderDisclosed"));
    }

    @Test
    void aNameAndAnUndisclosedHolderCannotGoTogether() {
        assertThrows(IllegalArgumentException.class, () -> new Position(PositionId.of("x"), "X", "Ana", false, null,
                List.of(), null, List.of(), "", "", false, null, null, null, "", null, null));
        Position blank = new Position(PositionId.of("x"), "X", " \u00A0", false, null, List.of(), null, List.of(), "",
                "", false, null, null, null, "", null, null);
        assertEquals("", blank.holder());
    }

    @Test
    void cardsAndTheOutlineSayNotDisclosedInItalicsNeverAName() throws Exception {
        Position cfo = read(JSON).position(PositionId.of("cfo"));
        assertEquals("Not disclosed", CardMetrics.holderLine(cfo));
        assertTrue(CardMetrics.holderStyle(dev.orgwright.render.Theme.LIGHT, cfo).italic());
        assertEquals("Vacant", CardMetrics.holderLine(read(JSON).position(PositionId.of("cto"))));
    }

    @Test
    void namingTheHolderEndsTheUndisclosedStateAndUndoingBringsItBack() throws Exception {
        Chart chart = read(JSON);
        PositionId cfo = PositionId.of("cfo");
        Chart named = Edits.setHolder(cfo, "Omar Haddad").apply(chart);
        assertFalse(named.position(cfo).isHolderUndisclosed());
        assertEquals("Omar Haddad", named.position(cfo).holder());
        Chart vacant = Edits.setHolder(cfo, "").apply(chart);
        assertTrue(vacant.position(cfo).isVacant());
        Chart again = Edits.setHolderNotDisclosed(cfo).apply(named);
        assertEquals(chart, again);
        assertEquals("Mark the holder of 'Chief Financial Officer' not disclosed",
                Edits.setHolderNotDisclosed(cfo).label(named));
    }

    @Test
    void theComparisonSaysTheHolderIsNowNotDisclosedWithoutInventingAName() throws Exception {
        Chart chart = read(JSON);
        Chart named = Edits.setHolder(PositionId.of("cfo"), "Omar Haddad").apply(chart);
        ChartDiff diff = ChartDiff.compare(named, chart);
        assertEquals(1, diff.changes().size());
        assertEquals(ChangeKind.HOLDER_CHANGED, diff.changes().get(0).kind());
        assertEquals("'Chief Financial Officer' is now held by someone not disclosed instead of held by Omar Haddad.",
                diff.changes().get(0).description());
        assertEquals("(not disclosed)", diff.changes().get(0).after());
        ChartDiff toVacant = ChartDiff.compare(chart, Edits.setHolder(PositionId.of("cfo"), "").apply(chart));
        assertEquals("'Chief Financial Officer' is now vacant (was held by someone not disclosed).",
                toVacant.changes().get(0).description());
    }
}
