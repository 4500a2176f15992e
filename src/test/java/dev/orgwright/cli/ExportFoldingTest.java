package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --collapse ID} and {@code --depth N} fold teams in a drawing, as the window does. */
class ExportFoldingTest {

    @TempDir
    Path dir;

    private static String svgOf(CliRun run, Path svg) throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        return Files.readString(svg);
    }

    @Test
    void depthDrawsTheTopLevelsOnly() throws Exception {
        Chart chart = SampleCharts.leadershipTeam();
        Path file = TestCharts.save(dir.resolve("sample.orgchart.json"), chart);
        Path svg = dir.resolve("top.svg");

        String drawn = svgOf(CliRun.of("export", file.toString(), "--to", svg.toString(), "--depth", "2"), svg);

        for (Position p : chart.inTreeOrder()) {
            int level = chart.chainOfCommand(p.id()).size() + 1;
            assertEquals(level <= 2, drawn.contains(">" + p.title() + "<"), p.title() + " at level " + level);
        }
    }

    @Test
    void collapseFoldsOneTeamAndAnUnknownIdIsRefused() throws Exception {
        Chart chart = SampleCharts.leadershipTeam();
        Path file = TestCharts.save(dir.resolve("sample.orgchart.json"), chart);
        PositionId cto = chart.positionsById().values().stream()
                .filter(p -> p.title().equals("Chief Technology Officer")).findFirst().orElseThrow().id();
        Path svg = dir.resolve("folded.svg");

        String drawn = svgOf(CliRun.of("export", file.toString(), "--to", svg.toString(), "--collapse",
                cto.value()), svg);

        assertTrue(drawn.contains(">Chief Technology Officer<"));
        for (PositionId report : chart.childrenOf(cto)) {
            assertFalse(drawn.contains(">" + chart.position(report).title() + "<"), chart.position(report).title());
        }
        assertTrue(drawn.contains(">Chief Operating Officer<") && drawn.contains(">Head of Operations<"));

        Path none = dir.resolve("none.svg");
        CliRun unknown = CliRun.of("export", file.toString(), "--to", none.toString(), "--collapse", "nobody");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("has no position with the id 'nobody' to fold with --collapse."),
                unknown.err());
        assertFalse(Files.exists(none));
        assertEquals(2, CliRun.of("export", file.toString(), "--to", none.toString(), "--depth", "0").exitCode());
    }
}
