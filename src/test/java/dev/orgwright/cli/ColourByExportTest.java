package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --colour-by}: the cards coloured, and the legend, as asked on the command line. */
class ColourByExportTest {

    @TempDir
    Path folder;

    private Path chartFile() throws Exception {
        Chart chart = TestCharts.company();
        int i = 0;
        for (Position p : chart.inTreeOrder()) {
            chart = Edits.setDepartment(p.id(), i++ % 2 == 0 ? "Finance" : "Operations").apply(chart);
        }
        return TestCharts.save(folder.resolve("acme.orgchart.json"), chart);
    }

    @Test
    void colourByDepartmentPutsTheDepartmentsInTheLegend() throws Exception {
        Path out = folder.resolve("acme.svg");
        CliRun run = CliRun.of("export", chartFile().toString(), "--to", out.toString(), "--colour-by", "department");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains(">Finance</text>") && svg.contains(">Operations</text>"), svg);
    }

    @Test
    void withoutTheOptionTheLegendExplainsTheTiers() throws Exception {
        Path out = folder.resolve("acme.svg");
        CliRun run = CliRun.of("export", chartFile().toString(), "--to", out.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertFalse(Files.readString(out).contains(">Operations</text>"));
    }

    @Test
    void anUnknownColouringIsRefusedWithTheChoicesAndWritesNothing() throws Exception {
        Path out = folder.resolve("acme.svg");
        CliRun run = CliRun.of("export", chartFile().toString(), "--to", out.toString(), "--colour-by", "salary");

        assertEquals(Cli.FAILED, run.exitCode());
        assertTrue(run.err().contains("\"department\"") && run.err().contains("\"salary\""), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFieldTheChartDoesNotHaveIsRefused() throws Exception {
        Path out = folder.resolve("acme.svg");
        CliRun run = CliRun.of("export", chartFile().toString(), "--to", out.toString(), "--colour-by", "field:Grade");

        assertEquals(Cli.FAILED, run.exitCode());
        assertTrue(run.err().contains("no field \"Grade\""), run.err());
        assertFalse(Files.exists(out));
    }
}
