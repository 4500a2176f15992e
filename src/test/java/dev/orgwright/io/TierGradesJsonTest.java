package dev.orgwright.io;

import static dev.orgwright.io.ChartWriterTest.resource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Tier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grades a tier holds, in the document. */
class TierGradesJsonTest {

    private static Chart read(String json) throws ChartFormatException {
        return ChartReader.read(json.getBytes(StandardCharsets.UTF_8), "t.orgchart.json");
    }

    private static String written(Chart chart) {
        return new String(ChartWriter.toBytes(chart), StandardCharsets.UTF_8);
    }

    private static final String WITH_GRADES = "{\"format\": \"orgwright.chart\", \"version\": 1, \"tiers\": ["
            + "{\"id\": \"senior\", \"name\": \"Senior Management\", \"rank\": 1, \"grades\": [\"SCS3\", \"SCS4\"]},"
            + "{\"id\": \"staff\", \"name\": \"Staff\", \"rank\": 2}],"
            + " \"positions\": [{\"id\": \"ceo\", \"title\": \"CEO\", \"tier\": \"senior\"}]}";

    @Test
    void gradesAreReadInTheirOrderAndWrittenAfterTheResponsibilities() throws Exception {
        Chart chart = read(WITH_GRADES);

        Tier senior = chart.tier("senior").orElseThrow();
        assertEquals(List.of("SCS3", "SCS4"), senior.grades());
        assertTrue(senior.holdsGrade(" scs3 "));
        assertFalse(senior.holdsGrade("SCS2"));
        assertEquals(List.of(), chart.tier("staff").orElseThrow().grades());

        String text = written(chart);
        assertTrue(text.contains("\"responsibilities\": [],\n      \"grades\": [\n        \"SCS3\",\n        \"SCS4\"\n      ]"),
                text);
        // A tier without grades is written as before grades existed: no "grades" key at all.
        assertEquals(1, text.split("\"grades\"", -1).length - 1, text);
        assertEquals(chart.tiers(), read(text).tiers());
        assertTrue(ChartSchema.accepts(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A file from before grades: every tier holds none, and it is written back byte for byte. */
    @Test
    void anOldFileLoadsWithoutGradesAndIsWrittenBackByteForByte() throws Exception {
        byte[] old = resource("canonical.orgchart.json");
        Chart chart = ChartReader.read(old, "canonical.orgchart.json");

        assertTrue(chart.tiers().stream().allMatch(t -> t.grades().isEmpty()));
        assertArrayEquals(old, ChartWriter.toBytes(chart));
    }
}
