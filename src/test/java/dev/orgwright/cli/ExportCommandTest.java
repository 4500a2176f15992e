package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.Settings;
import dev.orgwright.rules.Finding;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.export.FxPngExporter;
import dev.orgwright.ui.export.HeadlessFx;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ExportCommandTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // TestFX owns the toolkit in this JVM; HeadlessFx then leaves it be
        HeadlessFx.start();
    }

    private Path chartFile() throws Exception {
        return TestCharts.save(folder.resolve("acme.orgchart.json"), TestCharts.company());
    }

    @Test
    void svgHoldsEveryTitleAndNoHolderWhenAskedSo() throws Exception {
        Path out = folder.resolve("acme.svg");
        CliRun run = CliRun.of("export", chartFile().toString(), "--to", out.toString(), "--no-holders");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        String svg = Files.readString(out);
        for (Position p : TestCharts.company().inTreeOrder()) {
            assertTrue(svg.contains(">" + p.title() + "<"), p.title());
        }
        assertFalse(svg.contains("Maya Lindqvist"));
    }

    @Test
    void pdfOfASubtreeOnA3HoldsItsTitlesOnly() throws Exception {
        Path out = folder.resolve("coo.pdf");
        CliRun run = CliRun.of("export", chartFile().toString(), "--to", out.toString(), "--subtree", "coo",
                "--page", "A3", "--portrait");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Chief Operating Officer"));
            assertTrue(text.contains("Head of Support"));
            assertFalse(text.contains("Chief Executive Officer"));
            assertEquals(841.89f, pdf.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    @Test
    void aGridTheChartDoesNotFillSaysWhichPagesItLeftOutAndWhy() throws Exception {
        Path out = folder.resolve("grid.pdf");
        // The sample as a tidy tree is much wider than high: at the scale of two pages across it is one page high.
        Path sample = TestCharts.save(folder.resolve("sample.orgchart.json"), dev.orgwright.io.SampleCharts.leadershipTeam());
        CliRun run = CliRun.of("export", sample.toString(), "--to", out.toString(), "--pages", "2x2", "--layout", "tidy");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals(2, pdf.getNumberOfPages());
        }
        assertTrue(run.out().contains("The chart fills 2 × 1 of the 2 × 2 pages asked for: at the scale at which it"
                + " fills 2 pages across, it is only 1 page high, so the 2 empty pages were left out."), run.out());
    }

    @Test
    void exportsLayOutAutomaticallyUnlessTheLayoutOptionsSayOtherwise() throws Exception {
        Path sample = TestCharts.save(folder.resolve("sample.orgchart.json"), dev.orgwright.io.SampleCharts.leadershipTeam());
        double[] auto = svgSize(sample, "auto.svg");
        double[] tidy = svgSize(sample, "tidy.svg", "--layout", "tidy");
        double[] sideways = svgSize(sample, "sideways.svg", "--layout", "tidy", "--orientation", "left-right");
        assertTrue(auto[0] / auto[1] < tidy[0] / tidy[1], "the automatic layout is less of a strip");
        assertTrue(sideways[0] / sideways[1] < tidy[0] / tidy[1], "left to right turns the strip");
        CliRun wrong = CliRun.of("export", sample.toString(), "--to", folder.resolve("x.svg").toString(), "--rows", "by-age");
        assertEquals(Cli.FAILED, wrong.exitCode());
        assertTrue(wrong.err().contains("'by-age' is not a row mode; use by-depth or by-tier."), wrong.err());
    }

    @Test
    void rowsByTierPutAPositionInItsTiersRowNotItsDepthsRow() throws Exception {
        Chart chart = Chart.builder().title("Tiers").tiers(dev.orgwright.model.Templates.leadershipTeam())
                .add(TestCharts.position("ceo", "Chief Executive Officer", "", "senior", null, false))
                .add(TestCharts.position("coo", "Chief Operating Officer", "", "senior", "ceo", false))
                .add(TestCharts.position("head-ops", "Head of Operations", "", "executive", "coo", false))
                .add(TestCharts.position("analyst", "Strategy Analyst", "", "staff", "ceo", false))
                .build();
        Path file = TestCharts.save(folder.resolve("tiers.orgchart.json"), chart);

        String byDepth = svg(file, "depth.svg", "--layout", "tidy", "--rows", "by-depth");
        String byTier = svg(file, "tier.svg", "--layout", "tidy", "--rows", "by-tier");

        assertEquals(cardTop(byDepth, "coo"), cardTop(byDepth, "analyst"), 0.01,
                "by depth the analyst stands in the row of the CEO's other report");
        assertTrue(cardTop(byTier, "analyst") > cardTop(byTier, "head-ops"),
                "by tier the staff analyst stands below the executive row, under its manager's other reports' reports");
    }

    @Test
    void compactLayoutStacksATeamOfLeavesThatTidySetsSideBySide() throws Exception {
        var builder = Chart.builder().title("Wide team").tiers(dev.orgwright.model.Templates.leadershipTeam())
                .add(TestCharts.position("head", "Head of Support", "", "executive", null, false));
        for (int i = 1; i <= 8; i++) {
            builder.add(TestCharts.position("agent-" + i, "Support Agent " + i, "", "staff", "head", false));
        }
        Path file = TestCharts.save(folder.resolve("wide.orgchart.json"), builder.build());

        String tidy = svg(file, "tidy.svg", "--layout", "tidy");
        String compact = svg(file, "compact.svg", "--layout", "compact");

        assertEquals(cardTop(tidy, "agent-1"), cardTop(tidy, "agent-8"), 0.01, "tidy: the agents side by side");
        assertTrue(cardTop(compact, "agent-8") > cardTop(compact, "agent-1") + 1, "compact: the agents stacked");
        double[] tidySize = svgSize(file, "tidy2.svg", "--layout", "tidy");
        double[] compactSize = svgSize(file, "compact2.svg", "--layout", "compact");
        assertTrue(compactSize[0] < tidySize[0] / 2, "the stacked team is much narrower");
    }

    /** The SVG that {@code export} writes with {@code options}. */
    private String svg(Path chart, String name, String... options) throws Exception {
        svgSize(chart, name, options);
        return Files.readString(folder.resolve(name));
    }

    /** The top of the card with {@code id}: the first rectangle drawn in its group, its background. */
    private static double cardTop(String svg, String id) {
        java.util.regex.Matcher m = Pattern.compile("data-id=\"" + Pattern.quote(id) + "\"[^>]*>\\s*<rect [^>]*?y=\"([-0-9.]+)\"")
                .matcher(svg);
        assertTrue(m.find(), "a card for " + id);
        return Double.parseDouble(m.group(1));
    }

    /** Width and height of the SVG that {@code export} writes with {@code options}. */
    private double[] svgSize(Path chart, String name, String... options) throws Exception {
        Path out = folder.resolve(name);
        String[] args = new String[4 + options.length];
        args[0] = "export";
        args[1] = chart.toString();
        args[2] = "--to";
        args[3] = out.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        CliRun run = CliRun.of(args);
        assertEquals(Cli.OK, run.exitCode(), run.err());
        java.util.regex.Matcher m = Pattern.compile("<svg [^>]*width=\"([0-9.]+)\" height=\"([0-9.]+)\"")
                .matcher(Files.readString(out));
        assertTrue(m.find());
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    @Test
    void aGridTheChartFillsWritesEveryPageAndSaysNothingMore() throws Exception {
        Path out = folder.resolve("row.pdf");
        Path sample = TestCharts.save(folder.resolve("sample.orgchart.json"), dev.orgwright.io.SampleCharts.leadershipTeam());
        CliRun run = CliRun.of("export", sample.toString(), "--to", out.toString(), "--pages", "2x1");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals(2, pdf.getNumberOfPages());
        }
        assertFalse(run.out().contains("left out"), run.out());
    }

    @Test
    void aHeadingAskedForIsAlsoTheTitleOfThePdfAndTheSvgDocument() throws Exception {
        Path pdf = folder.resolve("pack.pdf");
        Path svg = folder.resolve("pack.svg");
        assertEquals(Cli.OK, CliRun.of("export", chartFile().toString(), "--to", pdf.toString(), "--title",
                "Board pack: proposal B").exitCode());
        assertEquals(Cli.OK, CliRun.of("export", chartFile().toString(), "--to", svg.toString(), "--title",
                "Board pack: proposal B").exitCode());

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals("Board pack: proposal B", document.getDocumentInformation().getTitle());
        }
        assertTrue(Files.readString(svg).contains("<title>Board pack: proposal B</title>"));
        Path plain = folder.resolve("plain.pdf");
        assertEquals(Cli.OK, CliRun.of("export", chartFile().toString(), "--to", plain.toString()).exitCode());
        try (PDDocument document = Loader.loadPDF(plain.toFile())) {
            assertEquals(TestCharts.company().title(), document.getDocumentInformation().getTitle(),
                    "without a heading the document is named after the chart");
        }
    }

    @Test
    void badgesFollowTheChartsOwnRuleSettings() throws Exception {
        Chart company = TestCharts.company();
        Validation findings = Validator.withDefaultRules().validate(company);
        assertFalse(findings.all().isEmpty(), "the test chart has findings to switch off");
        Settings quiet = company.settings();
        for (Finding f : findings.all()) {
            quiet = quiet.with("rules." + f.ruleId() + ".enabled", false);
        }
        Path loud = TestCharts.save(folder.resolve("loud.orgchart.json"), company);
        Path silenced = TestCharts.save(folder.resolve("quiet.orgchart.json"), company.withSettings(quiet));
        Path loudSvg = folder.resolve("loud.svg");
        Path quietSvg = folder.resolve("quiet.svg");

        assertEquals(Cli.OK, run("export", loud.toString(), "--to", loudSvg.toString()));
        assertEquals(Cli.OK, run("export", silenced.toString(), "--to", quietSvg.toString()));

        Pattern badge = Pattern.compile(">\\d+</text>");
        assertTrue(badge.matcher(Files.readString(loudSvg)).find(), "a badge with the default rules");
        assertFalse(badge.matcher(Files.readString(quietSvg)).find(), "no badge once the chart switches its rules off");
    }

    @Test
    void pngAtScaleTwoIsTwiceTheSizeOfScaleOne() throws Exception {
        Path one = folder.resolve("one.png");
        Path two = folder.resolve("two.png");
        assertEquals(Cli.OK, run("export", chartFile().toString(), "--to", one.toString()));
        assertEquals(Cli.OK, run("export", chartFile().toString(), "--to", two.toString(), "--scale", "2"));

        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertEquals(2 * a.getWidth(), b.getWidth());
        assertEquals(2 * a.getHeight(), b.getHeight());
    }

    @Test
    void mistakesAreNamedAndWriteNothing() throws Exception {
        Path chart = chartFile();
        CliRun gif = CliRun.of("export", chart.toString(), "--to", folder.resolve("a.gif").toString());
        CliRun subtree = CliRun.of("export", chart.toString(), "--to", folder.resolve("a.pdf").toString(), "--subtree", "cmo");
        CliRun scale = CliRun.of("export", chart.toString(), "--to", folder.resolve("a.svg").toString(), "--scale", "9");
        CliRun paper = CliRun.of("export", chart.toString(), "--to", folder.resolve("a.pdf").toString(), "--page", "B5");
        CliRun png = CliRun.of("export", chart.toString(), "--to", folder.resolve("a.png").toString());

        assertEquals(Cli.FAILED, gif.exitCode());
        assertTrue(gif.err().contains("*.png, *.svg, *.pdf, *.csv, *.xlsx or *.pptx"), gif.err());
        assertEquals(Cli.FAILED, subtree.exitCode());
        assertTrue(subtree.err().contains("no position with the id 'cmo'"), subtree.err());
        assertEquals(Cli.FAILED, scale.exitCode());
        assertTrue(scale.err().contains("from 0.1 to 4"), scale.err());
        assertEquals(Cli.FAILED, paper.exitCode());
        assertTrue(paper.err().contains("A4, A3 or Letter"), paper.err());
        assertEquals(Cli.FAILED, png.exitCode(), "without the launcher's PNG exporter");
        assertTrue(png.err().contains("PNG export needs JavaFX"), png.err());
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "only the chart file is there");
        }
    }

    private static int run(String... args) {
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err), FxPngExporter::new);
        assertEquals("", err.toString());
        return code;
    }

    @SuppressWarnings("unused")
    private static Chart unused() {
        return null;
    }
}
