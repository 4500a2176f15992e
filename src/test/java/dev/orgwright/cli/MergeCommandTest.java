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

    /** The company with the scenarios "Lean" and "Growth", both made from the current state. */
    private static Chart withScenarios() throws Exception {
        return dev.orgwright.model.Scenarios.add(dev.orgwright.model.Scenarios.add(TestCharts.company(), "Lean",
                "Fewer heads", null), "Growth", "", null);
    }

    private static Chart inScenario(Chart chart, String id, dev.orgwright.model.Edit edit) {
        var s = dev.orgwright.model.Scenarios.find(chart, id).orElseThrow();
        return dev.orgwright.model.Scenarios.replace(chart, s.withChart(edit.apply(s.chart())));
    }

    @Test
    void editsOfDifferentScenariosOnTheTwoSidesBothSurvive() throws Exception {
        Chart base = withScenarios();
        Path b = save("base.orgchart.json", base);
        Path o = save("ours.orgchart.json", inScenario(base, "lean", Edits.removeWithSubtree(PositionId.of("head-mkt"))));
        Path t = save("theirs.orgchart.json", inScenario(base, "growth", Edits.setHolder(CFO, "Ana Diaz")));

        CliRun run = CliRun.of("merge", b.toString(), o.toString(), t.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        Chart merged = ChartFiles.load(o);
        var scenarios = merged.scenarios();
        assertEquals(java.util.List.of("lean", "growth"), scenarios.stream().map(s -> s.id()).toList());
        assertTrue(!scenarios.get(0).chart().contains(PositionId.of("head-mkt")));
        assertEquals("Ana Diaz", scenarios.get(1).chart().position(CFO).holder());
        assertTrue(merged.contains(PositionId.of("head-mkt")), "the current state keeps it");
        assertEquals("", merged.position(CFO).holder());
    }

    @Test
    void aConflictInAScenarioNamesTheScenarioOnItsLine() throws Exception {
        Chart base = withScenarios();
        Path b = save("base.orgchart.json", base);
        Path o = save("ours.orgchart.json", inScenario(base, "lean", Edits.setTitle(CFO, "Finance Director")));
        Path t = save("theirs.orgchart.json", inScenario(base, "lean", Edits.setTitle(CFO, "Chief Finance Officer")));

        CliRun run = CliRun.of("merge", b.toString(), o.toString(), t.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("conflict: In the scenario 'Lean': 'cfo' ('Finance Director'): title: OURS 'Finance Director',"
                + " THEIRS 'Chief Finance Officer'; kept OURS.", run.outLines()[1]);
        assertEquals("Finance Director", ChartFiles.load(o).scenarios().get(0).chart().position(CFO).title());
    }

    @Test
    void gitDiffListsEachScenarioWithItsPositionsAndItsChanges() throws Exception {
        Chart before = withScenarios();
        Chart after = inScenario(before, "growth", Edits.setHolder(CFO, "Ana Diaz"));
        Path old = save("old.orgchart.json", before);
        Path now = save("new.orgchart.json", after);

        CliRun outline = CliRun.of("git-diff", now.toString());
        CliRun external = CliRun.of("git-diff", "acme.orgchart.json", old.toString(), "0", "100644", now.toString(),
                "1", "100644");

        assertEquals(0, outline.exitCode(), outline.err());
        String text = outline.out();
        int growth = text.indexOf("\nscenario: Growth [growth]; based on the current state\n");
        assertTrue(text.indexOf("\nscenario: Lean [lean]; based on the current state\n  description: Fewer heads\n")
                > 0 && growth > 0, text);
        assertTrue(text.indexOf("\n    - Chief Financial Officer [cfo] Ana Diaz; tier senior\n") > growth, text);
        assertTrue(text.contains("\n  - Chief Financial Officer [cfo] vacant; tier senior\n"), "the current state: " + text);
        assertEquals(0, external.exitCode(), external.err());
        assertTrue(external.out().contains("\n  scenario 'Growth' [growth]:\n"), external.out());
        assertTrue(external.out().contains("'Chief Financial Officer' is now held by Ana Diaz (was vacant)."),
                external.out());
        assertTrue(!external.out().contains("scenario 'Lean'"), external.out());
    }

    @Test
    void conflictLinesFollowTheLanguageOfTheCommandLineWithOursAndTheirsKept() throws Exception {
        Chart base = TestCharts.company();
        Path b = save("base.orgchart.json", base);
        Path o = save("ours.orgchart.json", Edits.setTitle(CFO, "Finanzleitung").apply(base));
        Path t = save("theirs.orgchart.json", Edits.setTitle(CFO, "Finanzvorstand").apply(base));

        CliRun run = CliRun.of("merge", b.toString(), o.toString(), t.toString(), "--name", "acme.orgchart.json",
                "--language", "de");

        assertEquals(1, run.exitCode(), run.err());
        assertArrayEquals(new String[] {
            "acme.orgchart.json: 1 Konflikt; wo die Seiten in Konflikt stehen, bleiben die Werte von OURS:",
            "Konflikt: 'cfo' ('Finanzleitung'): Titel: OURS 'Finanzleitung', THEIRS 'Finanzvorstand'; OURS beibehalten."},
                run.outLines());
    }
}
