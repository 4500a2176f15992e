package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.render.export.PngSize;
import dev.orgwright.ui.export.FxPngExporter;
import dev.orgwright.ui.export.HeadlessFx;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * PNG scales from a tenth to four times full size, and a chart larger than image programs open:
 * written at the largest scale that fits when no scale was asked for, refused with one that works
 * when the one asked for is too large.
 */
class PngScaleExportTest {

    private static final Pattern REDUCED = Pattern.compile("The chart is ([\\d,]+) × ([\\d,]+) pixels at full size; the PNG"
            + " was written at ([\\d.]+) of it, ([\\d,]+) × ([\\d,]+) pixels, the largest PNG that image programs open\\."
            + " Use --scale to choose, or export to PDF or SVG for a drawing at any size\\.");
    private static final Pattern NAMED = Pattern.compile("Use --scale ([\\d.]+) or less \\(([\\d,]+) × ([\\d,]+) pixels\\)");

    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // TestFX owns the toolkit in this JVM; HeadlessFx then leaves it be
        HeadlessFx.start();
    }

    /** One manager over {@code reports} side by side, each card as wide as its long title makes it. */
    private Path wideChart(int reports) throws Exception {
        var builder = Chart.builder().title("Wide").tiers(dev.orgwright.model.Templates.leadershipTeam())
                .add(TestCharts.position("ceo", "Chief Executive Officer", "Maya Lindqvist", "senior", null, false));
        for (int i = 0; i < reports; i++) {
            builder.add(TestCharts.position("r" + i, "Regional Director of Customer Operations and Field Service " + i,
                    "Holder " + i, "executive", "ceo", false));
        }
        return TestCharts.save(folder.resolve("wide" + reports + ".orgchart.json"), builder.build());
    }

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), FxPngExporter::new);
        return new CliRun(code, out.toString(), err.toString());
    }

    private static int figure(String digits) {
        return Integer.parseInt(digits.replace(",", ""));
    }

    @Test
    void aChartTooLargeAtFullSizeIsWrittenAtTheLargestScaleThatFitsAndTheCommandSaysSo() throws Exception {
        Path png = folder.resolve("wide.png");
        CliRun run = run("export", wideChart(160).toString(), "--to", png.toString(), "--layout", "tidy");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        Matcher said = REDUCED.matcher(run.out());
        assertTrue(said.find(), run.out());
        assertTrue(run.out().startsWith(png + ": "), run.out());
        int fullWidth = figure(said.group(1));
        double scale = Double.parseDouble(said.group(3));
        assertTrue(fullWidth > PngSize.MAX_SIDE, "too wide at full size: " + fullWidth);
        assertTrue(scale < 1, "written smaller: " + scale);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(figure(said.group(4)), image.getWidth(), "the width said is the file's");
        assertEquals(figure(said.group(5)), image.getHeight(), "the height said is the file's");
        assertTrue(image.getWidth() <= PngSize.MAX_SIDE, "an image programs open: " + image.getWidth());
        assertTrue(Math.ceil((fullWidth - 1) * (scale + 0.01)) > PngSize.MAX_SIDE,
                "the largest scale in hundredths: " + (scale + 0.01) + " would be too wide");
        assertEquals(Math.round(figure(said.group(2)) * scale), image.getHeight(), 1.0, "both sides at that scale");
    }

    @Test
    void aScaleAskedForThatIsTooLargeIsRefusedWithTheLargestThatFitsWhichThenWorks() throws Exception {
        Path chart = wideChart(160);
        Path png = folder.resolve("asked.png");
        CliRun refused = run("export", chart.toString(), "--to", png.toString(), "--layout", "tidy", "--scale", "2");

        assertEquals(Cli.FAILED, refused.exitCode());
        assertFalse(Files.exists(png), "nothing written");
        assertTrue(refused.err().contains("more than image programs open (at most 32,767 pixels a side and 400"
                + " million in all)"), refused.err());
        assertTrue(refused.err().contains("export to PDF or SVG for a drawing at any size"), refused.err());
        assertFalse(refused.err().contains("compact"), refused.err());
        Matcher named = NAMED.matcher(refused.err());
        assertTrue(named.find(), refused.err());

        CliRun again = run("export", chart.toString(), "--to", png.toString(), "--layout", "tidy", "--scale", named.group(1));

        assertEquals(Cli.OK, again.exitCode(), again.err());
        assertFalse(again.out().contains("full size"), "a scale asked for is not changed: " + again.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(figure(named.group(2)), image.getWidth());
        assertEquals(figure(named.group(3)), image.getHeight());
        assertTrue(image.getWidth() <= PngSize.MAX_SIDE);
    }

    @Test
    void aChartTooLargeEvenAtATenthIsRefusedAndSentToPdfOrSvg() throws Exception {
        Path png = folder.resolve("huge.png");
        CliRun run = run("export", wideChart(1_600).toString(), "--to", png.toString(), "--layout", "tidy");

        assertEquals(Cli.FAILED, run.exitCode(), run.out());
        assertTrue(run.err().contains("pixels at the smallest scale, 0.1: more than image programs open"), run.err());
        assertTrue(run.err().contains("export to PDF or SVG for a drawing at any size"), run.err());
        assertFalse(Files.exists(png), "nothing written");
    }

    @Test
    void halfSizeIsHalfTheImageOfFullSize() throws Exception {
        Path chart = TestCharts.save(folder.resolve("acme.orgchart.json"), TestCharts.company());
        Path full = folder.resolve("full.png");
        Path half = folder.resolve("half.png");

        CliRun one = run("export", chart.toString(), "--to", full.toString());
        CliRun run = run("export", chart.toString(), "--to", half.toString(), "--scale", "0.5");

        assertEquals(Cli.OK, one.exitCode(), one.err());
        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals("", run.out() + run.err(), "a chart that fits is written without a word");
        BufferedImage a = ImageIO.read(full.toFile());
        BufferedImage b = ImageIO.read(half.toFile());
        assertEquals(a.getWidth() / 2.0, b.getWidth(), 1.0);
        assertEquals(a.getHeight() / 2.0, b.getHeight(), 1.0);
    }

    @Test
    void scalesOutsideATenthToFourAreRefusedWithTheRangeAndWriteNothing() throws Exception {
        Path chart = TestCharts.save(folder.resolve("acme.orgchart.json"), TestCharts.company());
        for (String scale : new String[] {"0", "0.05", "5", "-1", "half"}) {
            Path png = folder.resolve("bad.png");
            CliRun run = run("export", chart.toString(), "--to", png.toString(), "--scale", scale);

            assertEquals(Cli.FAILED, run.exitCode(), scale);
            assertTrue(run.err().contains("--scale wants a number from 0.1 to 4, such as 0.5 for half size or 2 for"
                    + " twice the size, not '" + scale + "'. Nothing was written."), run.err());
            assertFalse(Files.exists(png), "nothing written for --scale " + scale);
        }
        assertEquals(Cli.OK, run("export", chart.toString(), "--to", folder.resolve("tenth.png").toString(),
                "--scale", "0.1").exitCode(), "a tenth is the smallest scale");
        assertEquals(Cli.OK, run("export", chart.toString(), "--to", folder.resolve("four.png").toString(),
                "--scale", "4").exitCode(), "four times is the largest");
    }
}
