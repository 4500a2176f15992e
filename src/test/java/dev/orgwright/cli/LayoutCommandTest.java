package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.model.Chart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A manager of 160 × 60 over two reports of 100 × 40. */
    private Path star() throws Exception {
        return boxes("star.json", """
                {"nodes": [
                  {"id": "m", "parent": null, "w": 160, "h": 60},
                  {"id": "a", "parent": "m", "w": 100, "h": 40},
                  {"id": "b", "parent": "m", "w": 100, "h": 40}
                ]}
                """);
    }

    private Path boxes(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void boxesAreWrittenAsPositionsAndElbowsInTheDocumentedShape() throws Exception {
        CliRun run = CliRun.of("layout", "--boxes", star().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals("""
                {
                  "width": 220,
                  "height": 140,
                  "boxes": {
                    "m": {"x": 30, "y": 0, "w": 160, "h": 60},
                    "a": {"x": 0, "y": 100, "w": 100, "h": 40},
                    "b": {"x": 120, "y": 100, "w": 100, "h": 40}
                  },
                  "edges": [
                    {"from": "m", "to": "a", "points": [[110, 60], [110, 80], [50, 80], [50, 100]]},
                    {"from": "m", "to": "b", "points": [[110, 60], [110, 80], [170, 80], [170, 100]]}
                  ]
                }
                """, run.out());
    }

    @Test
    void optionsSetOrientationAndGaps() throws Exception {
        JsonNode json = layout("--boxes", star().toString(), "--orientation", "left-right", "--gap", "10",
                "--row-gap", "30");

        // Left to right: reports in a column 30 px right of the manager, 10 px apart, manager centred.
        assertBox(json, "a", 190, 0, 100, 40);
        assertBox(json, "b", 190, 50, 100, 40);
        assertBox(json, "m", 0, 15, 160, 60);
        assertEquals(290, json.get("width").asDouble());
        assertEquals(90, json.get("height").asDouble());
    }

    @Test
    void byTierRowsReadTheTierRankOfEachBox() throws Exception {
        // "b" reports to the root like "a" but is of tier 2: it goes to the tier-2 row with "c".
        Path file = boxes("tiers.json", """
                {"nodes": [
                  {"id": "r", "parent": null, "w": 100, "h": 40, "tier": 1},
                  {"id": "a", "parent": "r", "w": 100, "h": 40, "tier": 1},
                  {"id": "b", "parent": "r", "w": 100, "h": 40, "tier": 2},
                  {"id": "c", "parent": "a", "w": 100, "h": 40, "tier": 2}
                ]}
                """);

        JsonNode byDepth = layout("--boxes", file.toString());
        JsonNode byTier = layout("--boxes", file.toString(), "--rows", "by-tier");

        assertEquals(80, byDepth.at("/boxes/b/y").asDouble());
        assertEquals(160, byTier.at("/boxes/b/y").asDouble());
        assertEquals(160, byTier.at("/boxes/c/y").asDouble());
        assertEquals(80, byTier.at("/boxes/a/y").asDouble());
    }

    @Test
    void compactStacksTheLeavesOfAManager() throws Exception {
        JsonNode plain = layout("--boxes", star().toString());
        JsonNode compact = layout("--boxes", star().toString(), "--compact");

        assertEquals(plain.at("/boxes/a/y").asDouble(), plain.at("/boxes/b/y").asDouble());
        assertEquals(compact.at("/boxes/a/x").asDouble(), compact.at("/boxes/b/x").asDouble());
        assertEquals(compact.at("/boxes/a/y").asDouble() + 40 + 20, compact.at("/boxes/b/y").asDouble());
        // Into the side of a stacked box: five points.
        assertEquals(5, compact.at("/edges/1/points").size());
    }

    @Test
    void collapseLeavesOutTheReportsAndMarksTheManager() throws Exception {
        Path file = boxes("deep.json", """
                {"nodes": [
                  {"id": "r", "parent": null, "w": 100, "h": 40},
                  {"id": "a", "parent": "r", "w": 100, "h": 40},
                  {"id": "b", "parent": "r", "w": 100, "h": 40},
                  {"id": "a1", "parent": "a", "w": 100, "h": 40},
                  {"id": "a2", "parent": "a", "w": 100, "h": 40}
                ]}
                """);

        JsonNode json = layout("--boxes", file.toString(), "--collapse", "a");

        assertEquals(List.of("r", "a", "b"), keys(json.get("boxes")));
        assertEquals(2, json.at("/boxes/a/hiddenReports").asInt());
        assertTrue(json.at("/boxes/b/hiddenReports").isMissingNode());
        assertEquals(2, json.get("edges").size());
        assertEquals(120, json.get("height").asDouble());
    }

    @Test
    void aChartGetsEveryPositionInTreeOrderWithReportingAndDottedLines() throws Exception {
        Chart chart = TestCharts.company();
        Path file = TestCharts.save(dir.resolve("acme.orgchart.json"), chart);

        JsonNode json = layout(file.toString());

        List<String> treeOrder = new ArrayList<>();
        chart.inTreeOrder().forEach(p -> treeOrder.add(p.id().value()));
        assertEquals(treeOrder, keys(json.get("boxes")));
        int reporting = 0;
        int dotted = 0;
        for (JsonNode edge : json.get("edges")) {
            JsonNode from = json.get("boxes").get(edge.get("from").asText());
            JsonNode to = json.get("boxes").get(edge.get("to").asText());
            JsonNode points = edge.get("points");
            JsonNode first = points.get(0);
            JsonNode last = points.get(points.size() - 1);
            if (edge.path("dotted").asBoolean()) {
                dotted++;
                continue;
            }
            reporting++;
            assertEquals(from.get("x").asDouble() + from.get("w").asDouble() / 2, first.get(0).asDouble(), 0.1);
            assertEquals(from.get("y").asDouble() + from.get("h").asDouble(), first.get(1).asDouble(), 0.1);
            if (edge.get("to").asText().equals("ea")) {
                // The assistant sits beside the CEO's line, reached from it into the side of its card.
                double side = last.get(0).asDouble();
                assertTrue(Math.abs(side - to.get("x").asDouble()) < 0.1
                        || Math.abs(side - to.get("x").asDouble() - to.get("w").asDouble()) < 0.1, edge.toString());
                assertEquals(to.get("y").asDouble() + to.get("h").asDouble() / 2, last.get(1).asDouble(), 0.1);
                continue;
            }
            assertEquals(to.get("x").asDouble() + to.get("w").asDouble() / 2, last.get(0).asDouble(), 0.1);
            assertEquals(to.get("y").asDouble(), last.get(1).asDouble(), 0.1);
        }
        assertEquals(11 - 2, reporting);
        assertEquals(3, dotted);
        assertNoOverlap(json.get("boxes"));
        assertEquals(maxOf(json.get("boxes"), "x", "w"), json.get("width").asDouble(), 0.1);
        assertEquals(maxOf(json.get("boxes"), "y", "h"), json.get("height").asDouble(), 0.1);
    }

    @Test
    void collapsingAChartPositionHidesItsReports() throws Exception {
        Path file = TestCharts.save(dir.resolve("acme.orgchart.json"), TestCharts.company());

        JsonNode json = layout(file.toString(), "--collapse", "coo,cfo");

        assertEquals(List.of("ceo", "cfo", "coo", "ea", "advisor"), keys(json.get("boxes")));
        assertEquals(4, json.at("/boxes/coo/hiddenReports").asInt());
        assertEquals(1, json.at("/boxes/cfo/hiddenReports").asInt());
    }

    @Test
    void outWritesTheSameJsonToAFileAndNothingToStandardOutput() throws Exception {
        Path out = dir.resolve("layout.json");
        String expected = CliRun.of("layout", "--boxes", star().toString()).out();

        CliRun run = CliRun.of("layout", "--boxes", star().toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(expected, Files.readString(out));
    }

    @Test
    void aChainOfOneHundredThousandBoxesIsReadAndWritten() throws Exception {
        int n = 100_000;
        StringBuilder text = new StringBuilder("{\"nodes\": [\n");
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : ",\n").append("{\"id\": \"p").append(i).append("\", \"parent\": ")
                    .append(i == 0 ? "null" : "\"p" + (i - 1) + "\"").append(", \"w\": 160, \"h\": 60}");
        }
        Path file = boxes("chain.json", text.append("]}").toString());

        JsonNode json = layout("--boxes", file.toString());

        assertEquals(n, json.get("boxes").size());
        assertEquals(n - 1, json.get("edges").size());
        assertEquals((n - 1) * 100.0, json.at("/boxes/p" + (n - 1) + "/y").asDouble());
    }

    // ---- bad input: where and what, exit 2, nothing written ----

    @Test
    void aFileAndBoxesTogetherOrNeitherAreRefused() throws Exception {
        CliRun neither = refused("layout");
        assertTrue(neither.err().contains("Name the chart FILE to lay out, or give --boxes BOXES.json."), neither.err());

        CliRun both = refused("layout", "chart.orgchart.json", "--boxes", star().toString());
        assertTrue(both.err().contains("Give either a chart FILE or --boxes BOXES.json, not both."), both.err());
    }

    @Test
    void unknownModesAndNegativeGapsAreRefusedWithTheChoices() throws Exception {
        CliRun rows = refused("layout", "--boxes", star().toString(), "--rows", "by-rank");
        assertTrue(rows.err().contains("'by-rank' is not a row mode; use by-depth or by-tier."), rows.err());

        CliRun orientation = refused("layout", "--boxes", star().toString(), "--orientation", "bottom-up");
        assertTrue(orientation.err().contains("use top-down or left-right"), orientation.err());

        CliRun gap = refused("layout", "--boxes", star().toString(), "--gap", "-5");
        assertTrue(gap.err().contains("--gap and --row-gap take a number of pixels of 0 or more, not -5.0."), gap.err());
    }

    @Test
    void aCollapsedIdThatIsNoBoxOrPositionIsNamed() throws Exception {
        CliRun boxes = refused("layout", "--boxes", star().toString(), "--collapse", "zz");
        assertEquals("star.json: --collapse names \"zz\", which is no node's id; check the id.", boxes.err().strip());

        Path chart = TestCharts.save(dir.resolve("acme.orgchart.json"), TestCharts.company());
        CliRun positions = refused("layout", chart.toString(), "--collapse", " ");
        assertEquals("acme.orgchart.json: --collapse names \" \", which is no position's id in the chart; check the id.",
                positions.err().strip());
    }

    @Test
    void everyProblemOfABoxesFileIsListedWithItsLineAndNothingIsWritten() throws Exception {
        Path file = boxes("bad.json", """
                {"nodes": [
                  {"id": "r", "parent": null, "w": 100, "h": 40},
                  {"id": "a", "parent": "r", "w": 0, "h": 40},
                  {"id": "a", "parent": "r", "w": 100, "h": 40},
                  {"id": "b", "parent": "nobody", "w": 100, "h": "tall"},
                  {"id": "c", "parent": "r", "w": 100, "h": 40, "tier": 0},
                  {"parent": "r", "w": 100, "h": 40}
                ]}
                """);
        Path out = dir.resolve("layout.json");
        Files.writeString(out, "earlier layout");

        CliRun run = refused("layout", "--boxes", file.toString(), "--out", out.toString());

        assertEquals(List.of(
                "bad.json, line 3, column 3: node 2 (\"a\") has \"w\": 0, but the width must be a number above zero.",
                "bad.json, line 5, column 3: node 4 (\"b\") has \"h\": \"tall\", but the height must be a number above zero.",
                "bad.json, line 6, column 3: node 5 (\"c\") has \"tier\": 0, but a tier is a rank: a whole number from 1 (highest).",
                "bad.json, line 7, column 3: node 6 has no \"id\"; give it a text id such as \"p6\"."),
                List.of(run.errLines()));
        assertEquals("earlier layout", Files.readString(out));
    }

    @Test
    void repeatedIdsDanglingParentsAndCyclesAreNamed() throws Exception {
        Path file = boxes("links.json", """
                {"nodes": [
                  {"id": "r", "parent": null, "w": 100, "h": 40},
                  {"id": "r", "parent": null, "w": 100, "h": 40},
                  {"id": "b", "parent": "nobody", "w": 100, "h": 40}
                ]}
                """);
        CliRun run = refused("layout", "--boxes", file.toString());
        assertEquals(List.of(
                "links.json, line 3, column 3: node 2 repeats the id \"r\" of node 1 (line 2, column 3); give every node its own id.",
                "links.json, line 4, column 3: node \"b\" names the parent \"nobody\", which is no node's id; correct the"
                        + " parent or use null for a root."),
                List.of(run.errLines()));

        Path cycle = boxes("cycle.json", """
                {"nodes": [
                  {"id": "r", "parent": null, "w": 100, "h": 40},
                  {"id": "x", "parent": "y", "w": 100, "h": 40},
                  {"id": "y", "parent": "x", "w": 100, "h": 40}
                ]}
                """);
        CliRun loop = refused("layout", "--boxes", cycle.toString());
        assertEquals("cycle.json, line 3, column 3: parents go round in a circle (\"x\" → \"y\" → \"x\"), so these nodes"
                + " are below no root; give one of them another parent, or null to make it a root.", loop.err().strip());
    }

    @Test
    void aFileThatIsNotJsonOrHasNoNodesSaysWhereAndWhatShapeIsExpected() throws Exception {
        CliRun broken = refused("layout", "--boxes", boxes("broken.json", "{\"nodes\": [\n  {\"id\": \"r\",}\n]}").toString());
        assertTrue(broken.err().startsWith("broken.json, line 2, column "), broken.err());
        assertTrue(broken.err().contains("this is not valid JSON"), broken.err());

        CliRun noNodes = refused("layout", "--boxes", boxes("empty.json", "{\"boxes\": []}").toString());
        assertEquals("empty.json: the file has no \"nodes\" list; it must look like {\"nodes\":[{\"id\":\"p1\","
                + "\"parent\":null,\"w\":160,\"h\":60},...]}.", noNodes.err().strip());

        CliRun missing = refused("layout", "--boxes", dir.resolve("nowhere.json").toString());
        assertTrue(missing.err().contains("nowhere.json: there is no such file. Check the path."), missing.err());
    }

    @Test
    void aBrokenChartIsReportedLikeEveryOtherCommandDoes() throws Exception {
        Path file = dir.resolve("broken.orgchart.json");
        Files.writeString(file, "{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": [}");

        CliRun run = refused("layout", file.toString());

        assertTrue(run.err().contains("broken.orgchart.json") && run.err().contains("line 1"), run.err());
    }

    @Test
    void theAutomaticLayoutWrapsAWideTeamIntoRowsNearerTheShapeOfAScreen() throws Exception {
        StringBuilder nodes = new StringBuilder("{\"nodes\": [{\"id\": \"m\", \"parent\": null, \"w\": 160, \"h\": 60}");
        for (int i = 0; i < 14; i++) {
            nodes.append(", {\"id\": \"t").append(i).append("\", \"parent\": \"m\", \"w\": 160, \"h\": 60}");
            for (int j = 0; j < 7; j++) {
                nodes.append(", {\"id\": \"t").append(i).append('r').append(j).append("\", \"parent\": \"t").append(i)
                        .append("\", \"w\": 160, \"h\": 60}");
            }
        }
        Path wide = boxes("wide.json", nodes.append("]}").toString());

        JsonNode tidy = layout("--boxes", wide.toString());
        JsonNode auto = layout("--boxes", wide.toString(), "--layout", "auto");

        double tidyShape = tidy.get("width").asDouble() / tidy.get("height").asDouble();
        double autoShape = auto.get("width").asDouble() / auto.get("height").asDouble();
        assertTrue(tidyShape > 6, "the tidy tree is a strip: " + tidyShape);
        assertTrue(autoShape > 1.6 / 2 && autoShape < 1.6 * 2, "within twice a 16:10 screen: " + autoShape);
        assertEquals(keys(tidy.get("boxes")), keys(auto.get("boxes")), "every box, in tree order");
        assertNoOverlap(auto.get("boxes"));
        // Wrapped: the manager's reports stand in more than one row.
        java.util.Set<Double> rows = new java.util.TreeSet<>();
        for (int i = 0; i < 14; i++) {
            rows.add(auto.at("/boxes/t" + i + "/y").asDouble());
        }
        assertTrue(rows.size() > 1, "the 14 reports in rows at " + rows);
        assertEquals(layout("--boxes", wide.toString(), "--compact"), layout("--boxes", wide.toString(), "--layout", "compact"));
    }

    @Test
    void anUnknownLayoutOrTwoLayoutsAreRefusedWithTheChoices() throws Exception {
        assertTrue(refused("layout", "--boxes", star().toString(), "--layout", "sideways").err()
                .contains("'sideways' is not a layout; use auto, tidy or compact."));
        assertTrue(refused("layout", "--boxes", star().toString(), "--layout", "auto", "--compact").err()
                .contains("--compact and --layout auto ask for different layouts; give one of them."));
    }

    // ---- helpers ----

    /** Runs the command line, which must refuse with exit code 2 and write nothing to standard output. */
    private static CliRun refused(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        return run;
    }

    private static JsonNode layout(String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "layout";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRun run = CliRun.of(all);
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    private static void assertBox(JsonNode json, String id, double x, double y, double w, double h) {
        JsonNode box = json.get("boxes").get(id);
        assertEquals(List.of(x, y, w, h), List.of(box.get("x").asDouble(), box.get("y").asDouble(),
                box.get("w").asDouble(), box.get("h").asDouble()), id);
    }

    private static List<String> keys(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static double maxOf(JsonNode boxes, String start, String size) {
        double max = 0;
        for (JsonNode b : boxes) {
            max = Math.max(max, b.get(start).asDouble() + b.get(size).asDouble());
        }
        return max;
    }

    private static void assertNoOverlap(JsonNode boxes) {
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = boxes.fields(); it.hasNext(); ) {
            all.add(it.next());
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                JsonNode a = all.get(i).getValue();
                JsonNode b = all.get(j).getValue();
                boolean overlap = a.get("x").asDouble() < b.get("x").asDouble() + b.get("w").asDouble()
                        && b.get("x").asDouble() < a.get("x").asDouble() + a.get("w").asDouble()
                        && a.get("y").asDouble() < b.get("y").asDouble() + b.get("h").asDouble()
                        && b.get("y").asDouble() < a.get("y").asDouble() + a.get("h").asDouble();
                assertFalse(overlap, all.get(i).getKey() + " overlaps " + all.get(j).getKey());
            }
        }
    }
}
