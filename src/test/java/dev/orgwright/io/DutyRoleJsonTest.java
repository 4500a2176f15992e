package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A duty's role in its responsibility: written only when not R, read back as it was. */
class DutyRoleJsonTest {

    private static final String DOC = "{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": ["
            + "{\"id\": \"ceo\", \"title\": \"CEO\", \"duties\": [%s]}]}";

    private static Chart read(String duties) throws ChartFormatException {
        return ChartReader.read(String.format(DOC, duties).getBytes(StandardCharsets.UTF_8), "roles.orgchart.json");
    }

    @Test
    void aLinkWithoutARoleIsResponsibleAndIsWrittenBackWithoutOne() throws Exception {
        Chart chart = read("{\"text\": \"Budgets\", \"responsibility\": \"budgets\"}");
        Duty d = chart.position(PositionId.of("ceo")).duties().get(0);
        assertEquals(RaciRole.RESPONSIBLE, d.role());
        String written = new String(ChartWriter.toBytes(chart), StandardCharsets.UTF_8);
        assertFalse(written.contains("\"role\""), written);
    }

    @Test
    void everyOtherRoleIsWrittenAfterTheLinkAndReadBack() throws Exception {
        for (RaciRole role : RaciRole.values()) {
            Chart chart = read("{\"text\": \"Budgets\", \"responsibility\": \"budgets\", \"role\": \"" + role.letter() + "\"}");
            assertEquals(role, chart.position(PositionId.of("ceo")).duties().get(0).role());
            String written = new String(ChartWriter.toBytes(chart), StandardCharsets.UTF_8);
            assertEquals(role != RaciRole.RESPONSIBLE,
                    written.contains("\"responsibility\": \"budgets\",\n          \"role\": \"" + role.letter() + "\""), written);
            assertEquals(chart, ChartReader.read(ChartWriter.toBytes(chart), "again.orgchart.json"));
        }
    }

    @Test
    void aFreeDutyHasNoRole() throws Exception {
        Duty d = read("\"Budgets\", {\"text\": \"Plans\", \"role\": null}").position(PositionId.of("ceo")).duties().get(1);
        assertEquals(null, d.role());
        assertTrue(d.responsibility().isEmpty());
    }
}
