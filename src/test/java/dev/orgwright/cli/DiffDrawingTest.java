package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.Rgba;
import dev.orgwright.ui.export.FxPngExporter;
import dev.orgwright.ui.export.HeadlessFx;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** {@code orgwright diff OLD NEW --to OUT.png}: the comparison drawn by JavaFX, as the launcher runs it. */
class DiffDrawingTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // TestFX owns the toolkit in this JVM; HeadlessFx then leaves it be
        HeadlessFx.start();
    }

    @Test
    void aPngOfTheComparisonHasTheColoursOfItsMarks() throws Exception {
        Chart company = TestCharts.company();
        Path current = TestCharts.save(dir.resolve("current.orgchart.json"), company);
        Chart proposed = Edits.move(PositionId.of("head-sales"), PositionId.of("ceo"), -1).apply(company);
        proposed = Edits.removeWithSubtree(PositionId.of("advisor")).apply(proposed);
        Path proposal = TestCharts.save(dir.resolve("proposal.orgchart.json"), proposed);
        Path png = dir.resolve("comparison.png");
        StringWriter err = new StringWriter();

        int code = Cli.run(new String[] {"diff", current.toString(), proposal.toString(), "--to", png.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err), FxPngExporter::new);

        assertEquals(Cli.NEEDS_ATTENTION, code, err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(has(image, ChangeMarks.Colours.LIGHT.moved()), "the moved card's ring");
        assertTrue(has(image, ChangeMarks.Colours.LIGHT.removed()), "the ghost's outline");
    }

    private static boolean has(BufferedImage image, Rgba colour) {
        int wanted = (colour.red() << 16) | (colour.green() << 8) | colour.blue();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == wanted) {
                    return true;
                }
            }
        }
        return false;
    }
}
