package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {

    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId COO = PositionId.of("coo");

    @TempDir
    Path dir;

    private Path save(String name, Chart chart) throws Exception {
        return TestCharts.save(dir.resolve(name), chart);
    }

    @Test
    void aCleanMergeIsWrittenOverOursAndExitsZero() throws Exception {
        Chart base = TestCharts.company();
        Path b = save("base.orgchart.json", base);
        Path o = save("ours.orgchart.json", Edits.setHolder(CFO, "Ana Diaz").apply(base));
        Path t = save("theirs.orgchart.json", Edits.setDepartment(COO, "Operations").apply(base));

        CliRun run = CliRun.of("merge", b.toString(), o.toString(), t.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(o + ": merged without conflicts.", run.out().strip());
        Chart merged = ChartFiles.load(o);
        assertEquals("Ana Diaz", merged.position(CFO).holder());
        assertEquals("Operations", merged.position(COO).department());
    }

    @Test
    void conflictsAreListedOneALineAndTheResultWrittenToOutWithOursValues() throws Exception {
        Chart base = TestCharts.company();
        Path b = save("base.orgchart.json", base);
        Path o = save("ours.orgchart.json", Edits.setTitle(CFO, "Finance Director").apply(base));
        Path t = save("theirs.orgchart.json", Edits.sequence("two", java.util.List.of(
                Edits.setTitle(CFO, "Chief Finance Officer"), Edits.setHolder(COO, "Ida Moe"))).apply(base));
        byte[] oursBefore = Files.readAllBytes(o);
        Path out = dir.resolve("merged.orgchart.json");

        CliRun run = CliRun.of("merge", b.toString(), o.toString(), t.toString(), "--out", out.toString(),
                "--name", "charts/acme.orgchart.json");

        assertEquals(1, run.exitCode(), run.err());
        assertArrayEquals(new String[] {
            "charts/acme.orgchart.json: 1 conflict; written to " + out + "; OURS' values are kept where the sides conflict:",
            "conflict: 'cfo' ('Finance Director'): title: OURS 'Finance Director', THEIRS 'Chief Finance Officer';"
                    + " kept OURS."}, run.outLines());
        Chart merged = ChartFiles.load(out);
        assertEquals("Finance Director", merged.position(CFO).title());
        assertEquals("Ida Moe", merged.position(COO).holder());
        assertArrayEquals(oursBefore, Files.readAllBytes(o), "--out leaves OURS alone");
    }

    @Test
    void anUnreadableFileExitsTwoNamingTheFileAndWritesNothing() throws Exception {
        Chart base = TestCharts.company();
        Path b = save("base.orgchart.json", base);
        Path o = save("ours.orgchart.json", base);
        Path t = Files.writeString(dir.resolve("theirs.orgchart.json"), "{\"format\": \"orgwright.chart\", \"version\": 1,");
        byte[] oursBefore = Files.readAllBytes(o);

        CliRun run = CliRun.of("merge", b.toString(), o.toString(), t.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("orgwright merge: THEIRS (" + t + ") is not a chart that can be read:"), run.err());
        assertTrue(run.err().contains("theirs.orgchart.json"), run.err());
        assertArrayEquals(oursBefore, Files.readAllBytes(o));
    }

    @Test
    void anEmptyBaseMergesTwoAddedFilesAsFromAnEmptyChart() throws Exception {
        Chart chart = TestCharts.company();
        Path b = Files.writeString(dir.resolve("base"), "");
        Path o = save("ours.orgchart.json", chart);
        Path t = save("theirs.orgchart.json", Edits.setHolder(CFO, "Ana Diaz").apply(chart));

        CliRun run = CliRun.of("merge", b.toString(), o.toString(), t.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(2, run.outLines().length, run.out());
        assertTrue(run.outLines()[1].startsWith("conflict: 'cfo' ('Chief Financial Officer'): holder (both added the"
                + " position): OURS (none), THEIRS 'Ana Diaz'"), run.out());
        assertEquals(chart, ChartFiles.load(o));
    }

    @Test
    void gitDiffWithOneFileIsAnOutlineWithoutPrivateValues() throws Exception {
        Path file = save("acme.orgchart.json", Edits.setCost(CFO, new java.math.BigDecimal("123456")).apply(
                TestCharts.company()));

        CliRun run = CliRun.of("git-diff", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("chart: Acme leadership", run.outLines()[0]);
        assertTrue(run.out().contains("\n  - Chief Financial Officer [cfo] vacant; tier senior\n"), run.out());
        assertTrue(run.out().contains("\n      - Account Executive [sales-rep] Kim Park; tier staff\n"), run.out());
        assertTrue(!run.out().contains("123456"), run.out());
    }
}
