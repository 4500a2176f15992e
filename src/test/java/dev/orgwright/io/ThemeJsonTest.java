package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Settings;
import dev.orgwright.model.ThemeSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart's "theme" in the document: read, kept among the settings, written back at the top. */
class ThemeJsonTest {

    private static final String THEMED = "themed.orgchart.json";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ThemeJsonTest.class.getResourceAsStream("/dev/orgwright/io/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyPartOfAThemeIsReadAndWrittenBackAtTheTopOfTheDocument() throws Exception {
        Chart chart = ChartReader.read(resource(THEMED), THEMED);

        ThemeSettings theme = ThemeSettings.of(chart.settings());
        assertEquals("dark", theme.base());
        assertEquals(List.of("#112233", "#445566"), theme.tierColours());
        assertEquals(10.0, theme.cornerRadius());
        assertEquals("left", theme.accent());
        assertEquals(Boolean.TRUE, theme.shadow());
        assertEquals("DejaVu Serif", theme.font());
        assertEquals("Acme Ltd: proposed structure", theme.heading());
        assertEquals("image/png", theme.logo().type());
        assertEquals(0x89, theme.logo().bytes()[0] & 0xFF);
        assertEquals("department", theme.colourBy());
        assertFalse(theme.legend());

        byte[] written = ChartWriter.toBytes(chart);
        JsonNode document = ChartJson.mapper().readTree(written);
        assertNotNull(document.get("theme"), "the theme is at the top");
        assertTrue(document.get("settings") == null || document.get("settings").get("theme") == null);
        assertEquals("kept though unknown", document.get("theme").get("footer").asText(),
                "a part this version does not know is kept");
        Chart again = ChartReader.read(written, THEMED);
        assertEquals(chart, again);
        assertArrayEquals(written, ChartWriter.toBytes(again), "the same chart always writes the same bytes");
    }

    @Test
    void aChartWithoutAThemeWritesNoThemeAndReadsAsTheDefault() throws Exception {
        byte[] canonical = resource("canonical.orgchart.json");
        Chart chart = ChartReader.read(canonical, "canonical.orgchart.json");

        assertEquals(ThemeSettings.DEFAULT, ThemeSettings.of(chart.settings()));
        assertFalse(new String(ChartWriter.toBytes(chart), StandardCharsets.UTF_8).contains("\"theme\""));
        assertArrayEquals(canonical, ChartWriter.toBytes(chart), "an old file writes back byte for byte");
    }

    @Test
    void aThemeEditSetsOnePartAndKeepsTheRestAndTheOtherSettings() throws Exception {
        Chart chart = ChartReader.read(resource(THEMED), THEMED)
                .withSettings(Settings.NONE.with("currency", "GBP"));
        chart = ThemeSettings.edit("Use the dark theme", "base", "dark").apply(chart);
        chart = ThemeSettings.edit("Round the cards", "card.radius", 4).apply(chart);
        chart = ThemeSettings.edit("Colour by department", "colourBy", "department").apply(chart);

        Chart read = ChartReader.read(ChartWriter.toBytes(chart), "edited.orgchart.json");
        ThemeSettings theme = ThemeSettings.of(read.settings());
        assertEquals("dark", theme.base());
        assertEquals(4.0, theme.cornerRadius());
        assertEquals("department", theme.colourBy());
        assertEquals("GBP", read.settings().currency().orElseThrow());

        Chart cleared = ThemeSettings.edit("Square corners as the theme has them", "card.radius", null).apply(read);
        assertEquals(null, ThemeSettings.of(cleared.settings()).cornerRadius());
        assertEquals("dark", ThemeSettings.of(cleared.settings()).base());
    }

    @Test
    void aWrittenThemeIsAcceptedByTheSchema() throws Exception {
        Chart chart = ChartReader.read(resource(THEMED), THEMED);
        assertTrue(ChartSchema.accepts(ChartWriter.toBytes(chart)));
    }
}
