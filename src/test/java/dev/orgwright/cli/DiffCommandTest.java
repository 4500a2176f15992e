package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Replacements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    @TempDir
    Path dir;

    private Path current;
    private Path proposal;

    /** The proposal: the Head of Sales moves under the CEO, a CPO is added, the advisor goes. */
    @BeforeEach
    void charts() throws Exception {
        Chart company = TestCharts.company();
        current = TestCharts.save(dir.resolve("current.orgchart.json"), company);
        Chart proposed = Edits.move(PositionId.of("head-sales"), PositionId.of("ceo"), -1).apply(company);
        proposed = Edits.add(TestCharts.position("cpo", "Chief Product Officer", "=HYPERLINK(\"x\")", "senior", "ceo",
                false), -1).apply(proposed);
        proposed = Edits.removeWithSubtree(PositionId.of("advisor")).apply(proposed);
        proposal = TestCharts.save(dir.resolve("proposal.orgchart.json"), proposed);
    }

    @Test
    void equalChartsExitZero() {
        CliRun run = CliRun.of("diff", current.toString(), current.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(current + " -> " + current + ": the charts are the same.", run.out().strip());
    }

    @Test
    void differentChartsExitOneAndListEveryChangeAndTheFindings() {
        CliRun run = CliRun.of("diff", current.toString(), proposal.toString());

        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = List.of(run.outLines());
        assertEquals(current + " -> " + proposal + ": 3 changes: 1 added, 1 removed, 1 moved.", lines.get(0));
        assertTrue(lines.get(1).matches(" {2}moved +'Head of Sales' moved from under 'Chief Operating Officer' to"
                + " under 'Chief Executive Officer'\\."), lines.get(1));
        assertTrue(lines.get(2).matches(" {2}added +'Chief Product Officer' added under 'Chief Executive Officer'\\."),
                lines.get(2));
        assertTrue(lines.get(3).matches(" {2}removed +'Board Advisor' removed \\(it was at the top\\)\\."), lines.get(3));
        // The advisor had no tier: the proposal fixes that finding.
        assertTrue(run.out().contains("NEW fixes "), run.out());
        assertTrue(run.out().contains("[missing-tier] "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonListsChangesAndFindingsForScripts() throws Exception {
        CliRun run = CliRun.of("diff", current.toString(), proposal.toString(), "--format", "json");

        assertEquals(1, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(false, root.get("equal").asBoolean());
        List<String> kinds = new ArrayList<>();
        root.get("changes").forEach(c -> kinds.add(c.get("kind").asText() + " " + c.get("position").asText()));
        assertEquals(List.of("moved head-sales", "added cpo", "removed advisor"), kinds);
        assertEquals("coo", root.get("changes").get(0).get("related").asText());
        assertTrue(root.get("findings").get("fixed").size() > 0);
    }

    @Test
    void markdownHasATableAndTheFindings() {
        CliRun run = CliRun.of("diff", current.toString(), proposal.toString(), "--format", "markdown");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# Acme leadership: proposed changes\n"), run.out());
        assertTrue(run.out().contains("| # | change | position | description |\n|---|---|---|---|\n"
                + "| 1 | moved | head-sales | 'Head of Sales' moved from under 'Chief Operating Officer' to under"
                + " 'Chief Executive Officer'. |\n"), run.out());
        assertTrue(run.out().contains("### Fixed by the proposal ("), run.out());
    }

    @Test
    void csvHasOneRowPerChangeAndDisarmsFormulas() throws Exception {
        Chart withHolder = Edits.setHolder(PositionId.of("cfo"), "=1+1").apply(TestCharts.company());
        Path changed = TestCharts.save(dir.resolve("holder.orgchart.json"), withHolder);

        CliRun run = CliRun.of("diff", current.toString(), changed.toString(), "--format", "csv");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("\uFEFFkind,position,title,before,after,related,description",
                "holder changed,cfo,Chief Financial Officer,,\"'=1+1\",,'Chief Financial Officer' is now held by =1+1"
                        + " (was vacant)."), List.of(run.outLines()));
        assertTrue(run.out().contains("\r\n"));
    }

    @Test
    void anUnreadableFileExitsTwoNamingTheFileAndLine() throws Exception {
        Path broken = dir.resolve("broken.orgchart.json");
        Files.writeString(broken, "{\n  \"format\": \"orgwright.chart\",,\n}\n");

        CliRun run = CliRun.of("diff", current.toString(), broken.toString());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("broken.orgchart.json, line 2, column "), run.err());
    }

    @Test
    void aReKeyedPositionIsSuggestedAndMatchedOnRequest() throws Exception {
        Chart rekeyed = Replacements.renameId(PositionId.of("cfo"), PositionId.of("finance-chief"))
                .apply(TestCharts.company());
        Path file = TestCharts.save(dir.resolve("rekeyed.orgchart.json"), rekeyed);

        CliRun suggested = CliRun.of("diff", current.toString(), file.toString());
        assertTrue(suggested.out().contains("possibly one position: 'cfo' in OLD and 'finance-chief' in NEW (both"
                + " 'Chief Financial Officer', vacant); confirm with --match cfo=finance-chief"), suggested.out());

        CliRun matched = CliRun.of("diff", current.toString(), file.toString(), "--match", "cfo=finance-chief");
        assertEquals(1, matched.exitCode(), matched.err());
        assertTrue(matched.outLines()[0].endsWith(": 1 change: 1 new id."), matched.out());

        CliRun all = CliRun.of("diff", current.toString(), file.toString(), "--match-suggested");
        assertEquals(matched.out(), all.out());

        CliRun wrong = CliRun.of("diff", current.toString(), file.toString(), "--match", "ceo=finance-chief");
        assertEquals(2, wrong.exitCode());
        assertEquals("orgwright diff: --match: 'ceo' is in both charts, so it is already matched by its id.",
                wrong.err().strip());
    }

    @Test
    void theDrawingIsLaidOutAutomaticallyAsAnExportIsNotAsAStrip() throws Exception {
        Chart sample = dev.orgwright.io.SampleCharts.leadershipTeam();
        Path before = TestCharts.save(dir.resolve("sample.orgchart.json"), sample);
        PositionId first = sample.roots().get(0);
        Path after = TestCharts.save(dir.resolve("sample-b.orgchart.json"),
                Edits.removeWithSubtree(sample.childrenOf(first).get(0)).apply(sample));
        Path drawing = dir.resolve("sample-diff.svg");
        Path tidy = dir.resolve("sample-tidy.svg");

        CliRun diff = CliRun.of("diff", before.toString(), after.toString(), "--to", drawing.toString());
        CliRun export = CliRun.of("export", after.toString(), "--to", tidy.toString(), "--layout", "tidy");

        assertEquals(1, diff.exitCode(), diff.err());
        assertEquals(0, export.exitCode(), export.err());
        double[] drawn = svgSize(drawing);
        double[] strip = svgSize(tidy);
        assertTrue(drawn[0] / drawn[1] < strip[0] / strip[1] / 1.5, "the comparison is " + drawn[0] + " × " + drawn[1]
                + ", the tidy tree " + strip[0] + " × " + strip[1]);
    }

    private static double[] svgSize(Path svg) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<svg [^>]*width=\"([0-9.]+)\" height=\"([0-9.]+)\"")
                .matcher(Files.readString(svg));
        assertTrue(m.find());
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    @Test
    void toDrawsTheProposalWithItsChangesMarkedAndTheLegendAndPrintsTheSameReport() throws Exception {
        Path pdf = dir.resolve("comparison.pdf");
        Path svg = dir.resolve("comparison.svg");

        CliRun plain = CliRun.of("diff", current.toString(), proposal.toString());
        CliRun toPdf = CliRun.of("diff", current.toString(), proposal.toString(), "--to", pdf.toString());
        CliRun toSvg = CliRun.of("diff", current.toString(), proposal.toString(), "--to", svg.toString(),
                "--title", "Board pack");

        assertEquals(1, toPdf.exitCode(), toPdf.err());
        assertEquals(plain.out(), toPdf.out(), "the report is the same with a drawing");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Current vs proposed"), text);
            assertTrue(text.contains("Added") && text.contains("Removed (faded, where it stood)")
                    && text.contains("Moved (dashed line from the old manager)"), text);
            assertTrue(text.contains("Board Advisor"), "the removed advisor is drawn as a ghost");
            assertTrue(text.contains("Chief Product Officer"));
        }
        assertEquals(1, toSvg.exitCode(), toSvg.err());
        String drawing = Files.readString(svg);
        assertTrue(drawing.contains(">Board pack</text>"), "the heading given with --title");
        int ghost = drawing.indexOf("data-id=\"advisor\"");
        assertTrue(ghost > 0, "the ghost has its group");
        int next = drawing.indexOf("data-id=", ghost + 1);
        String group = drawing.substring(ghost, next < 0 ? drawing.length() : next);
        assertTrue(group.contains("stroke=\"#DC2626\"") && group.contains("stroke-dasharray"),
                "a dashed red outline: " + group);
    }

    @Test
    void toWithAnUnknownFormatOrWithoutJavaFxForPngWritesNothingAndExitsTwo() throws Exception {
        CliRun gif = CliRun.of("diff", current.toString(), proposal.toString(), "--to", dir.resolve("a.gif").toString());
        CliRun png = CliRun.of("diff", current.toString(), proposal.toString(), "--to", dir.resolve("a.png").toString());
        CliRun folder = CliRun.of("diff", current.toString(), proposal.toString(), "--to",
                dir.resolve("missing").resolve("a.pdf").toString());

        assertEquals(2, gif.exitCode());
        assertEquals("", gif.out());
        assertTrue(gif.err().contains("name it *.pdf, *.svg, *.png or *.pptx"), gif.err());
        assertEquals(2, png.exitCode());
        assertTrue(png.err().contains("PNG export needs JavaFX"), png.err());
        assertEquals(2, folder.exitCode());
        assertTrue(folder.err().contains("does not exist"), folder.err());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the two charts are there");
        }
    }

    @Test
    void toPdfTakesThePaperAndPageGridOfExport() throws Exception {
        Path pdf = dir.resolve("tiled.pdf");
        CliRun tiled = CliRun.of("diff", current.toString(), proposal.toString(), "--to", pdf.toString(),
                "--page", "A3", "--portrait", "--pages", "2x1");
        assertEquals(1, tiled.exitCode(), tiled.err());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, document.getNumberOfPages(), "a grid of two pages");
            var box = document.getPage(0).getMediaBox();
            assertEquals(297 / 25.4 * 72, box.getWidth(), 1, "A3 upright: 297 mm wide");
            assertEquals(420 / 25.4 * 72, box.getHeight(), 1);
        }

        Path nothing = dir.resolve("nothing.pdf");
        CliRun wrong = CliRun.of("diff", current.toString(), proposal.toString(), "--to", nothing.toString(),
                "--pages", "two");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("--pages wants columns x rows, like 3x2, not 'two'"), wrong.err());
        assertFalse(Files.exists(nothing), "nothing written");
    }
}
