package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF whose text has a character no font draws is still written, the loss listed, and the exit code 1. */
class UndrawnTextExportTest {

    @TempDir
    Path folder;

    @Test
    void exportWritesThePdfListsEachPositionWhoseTextLostCharactersAndExitsOne() throws Exception {
        String unassigned = "\u0378";
        Chart chart = Chart.builder().title("Board").tiers(Templates.leadershipTeam())
                .add(Position.of("ceo", "Chief Executive Officer", Templates.SENIOR).withHolder("山田 太郎"))
                .add(Position.of("cfo", "Chief Financial Officer " + unassigned, null).withHolder("Ola Nowak")
                        .withReportsTo(PositionId.of("ceo")))
                .build();
        Path file = TestCharts.save(folder.resolve("board.orgchart.json"), chart);
        Path out = folder.resolve("board.pdf");

        CliRun run = CliRun.of("export", file.toString(), "--to", out.toString());

        assertEquals(Cli.NEEDS_ATTENTION, run.exitCode(), run.err());
        assertTrue(run.err().contains("position cfo: \"Chief Financial Officer " + unassigned + "\" lost"), run.err());
        assertTrue(run.err().contains("U+0378"), run.err());
        assertTrue(!run.err().contains("position ceo"), "the Japanese name was drawn: " + run.err());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("山田 太郎") && text.contains("Ola Nowak"), text);
        }
    }

    @Test
    void aPdfWhoseTextIsAllDrawnExitsZero() throws Exception {
        Chart chart = Chart.builder().title("Board").tiers(Templates.leadershipTeam())
                .add(Position.of("ceo", "مدير المالية", Templates.SENIOR).withHolder("محمد علي")).build();
        Path file = TestCharts.save(folder.resolve("board.orgchart.json"), chart);

        CliRun run = CliRun.of("export", file.toString(), "--to", folder.resolve("board.pdf").toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
    }
}
