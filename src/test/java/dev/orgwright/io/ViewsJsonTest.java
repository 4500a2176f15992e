package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgwright.model.Chart;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart's "view" and "views" in the document: read, kept among the settings, written back at the top. */
class ViewsJsonTest {

    private static final String VIEWS = "views.orgchart.json";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ViewsJsonTest.class.getResourceAsStream("/dev/orgwright/io/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyPartOfTheViewsIsReadAndWrittenBackAtTheTopWithUnknownKeysKept() throws Exception {
        Chart chart = ChartReader.read(resource(VIEWS), VIEWS);

        List<SavedView> views = Views.all(chart.settings());
        assertEquals(List.of("Board", "Technology"), views.stream().map(SavedView::name).toList());
        SavedView board = views.get(0);
        assertEquals("ceo", board.root());
        assertEquals(2, board.depth());
        assertEquals("by-tier", board.rows());
        assertEquals("auto", board.layout());
        assertEquals(List.of("cto"), board.collapsed());
        assertEquals(List.of("holders", "badges"), board.hide());
        SavedView shown = Views.current(chart.settings()).orElseThrow();
        assertEquals("compact", shown.layout());
        assertEquals("left-right", shown.orientation());

        byte[] written = ChartWriter.toBytes(chart);
        JsonNode document = ChartJson.mapper().readTree(written);
        assertTrue(document.get("settings") == null, "views are not settings in the file");
        assertEquals("kept though unknown", document.get("view").get("zoom").asText());
        assertEquals("kept though unknown", document.get("views").get(1).get("colour").asText());
        Chart again = ChartReader.read(written, VIEWS);
        assertEquals(chart, again);
        assertArrayEquals(written, ChartWriter.toBytes(again), "the same chart always writes the same bytes");
        assertTrue(ChartSchema.accepts(written), "the schema accepts what the writer writes");
    }

    /** A layout word of a later version loads as the default, and is written back as it was. */
    @Test
    void aLayoutWordOfALaterVersionLoadsAsTheDefaultAndIsKept() throws Exception {
        byte[] later = """
                {"format": "orgwright.chart", "version": 1, "title": "Later",
                 "positions": [{"id": "ceo", "title": "Chief Executive Officer"}],
                 "view": {"layout": "radial", "orientation": "left-right"},
                 "views": [{"name": "Board", "rows": "by-grade", "layout": "tidy", "orientation": "bottom-up"}]}
                """.getBytes(StandardCharsets.UTF_8);
        assertTrue(ChartSchema.accepts(later), "the schema accepts it too");
        Chart chart = ChartReader.read(later, "later.orgchart.json");

        SavedView board = Views.all(chart.settings()).get(0);
        assertEquals(null, board.rows(), "drawn by depth, the default");
        assertEquals("tidy", board.layout());
        assertEquals(null, board.orientation());
        SavedView shown = Views.current(chart.settings()).orElseThrow();
        assertEquals(null, shown.layout());
        assertEquals("left-right", shown.orientation());

        JsonNode document = ChartJson.mapper().readTree(ChartWriter.toBytes(chart));
        assertEquals("by-grade", document.get("views").get(0).get("rows").asText());
        assertEquals("bottom-up", document.get("views").get(0).get("orientation").asText());
        assertEquals("radial", document.get("view").get("layout").asText());
        // A view saved again over it keeps the word it cannot show.
        Chart saved = Views.save("s", board.named("Board")).apply(chart);
        document = ChartJson.mapper().readTree(ChartWriter.toBytes(saved));
        assertEquals("by-grade", document.get("views").get(0).get("rows").asText());
    }

    @Test
    void savingAndDeletingViewsAreEditsThatKeepTheOtherViewsAndTheirUnknownKeys() throws Exception {
        Chart chart = ChartReader.read(resource(VIEWS), VIEWS);
        SavedView finance = new SavedView("Finance", "cfo", null, null, "tidy", null, List.of(), List.of("legend"));
        Chart saved = Views.save("Save the view", finance).apply(chart);
        Chart replaced = Views.save("Save the view", new SavedView("technology", "cto", 3, null, null, null,
                List.of("dev"), List.of())).apply(saved);
        Chart deleted = Views.delete("Delete the view", "BOARD").apply(replaced);

        Chart read = ChartReader.read(ChartWriter.toBytes(deleted), "edited.orgchart.json");
        assertEquals(List.of("technology", "Finance"), Views.all(read.settings()).stream().map(SavedView::name).toList());
        assertEquals(3, Views.find(read.settings(), "Technology").orElseThrow().depth());
        assertTrue(new String(ChartWriter.toBytes(read), StandardCharsets.UTF_8).contains("\"colour\""),
                "a replaced view keeps the keys this version does not know");
        assertEquals(chart, Views.delete("x", "technology").apply(Views.delete("x", "finance").apply(deleted))
                .withSettings(chart.settings()), "nothing else of the chart changes");
        Chart none = Views.delete("x", "technology").apply(Views.delete("x", "Finance").apply(read));
        assertFalse(none.settings().asMap().containsKey(Views.KEY), "the last view takes the key with it");
    }

    @Test
    void aChartWithoutViewsWritesNoneAndAnOldFileWritesBackByteForByte() throws Exception {
        byte[] canonical = resource("canonical.orgchart.json");
        Chart chart = ChartReader.read(canonical, "canonical.orgchart.json");

        assertTrue(Views.all(chart.settings()).isEmpty());
        assertTrue(Views.current(chart.settings()).isEmpty());
        assertArrayEquals(canonical, ChartWriter.toBytes(chart));
    }

    @Test
    void theViewShownIsWrittenOverTheOldOneKeepingItsUnknownKeys() throws Exception {
        Chart chart = ChartReader.read(resource(VIEWS), VIEWS);
        SavedView tidy = new SavedView(null, null, null, "by-depth", "tidy", "top-down", List.of(), List.of());
        Chart shown = chart.withSettings(Views.withCurrent(chart.settings(), tidy));

        JsonNode view = ChartJson.mapper().readTree(ChartWriter.toBytes(shown)).get("view");
        assertEquals("tidy", view.get("layout").asText());
        assertFalse(view.has("collapsed"), "parts left to their defaults are not written");
        assertFalse(view.has("name"));
        assertEquals("kept though unknown", view.get("zoom").asText());
    }
}
