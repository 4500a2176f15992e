package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aValidChartIsReportedWithItsPositionCount() throws Exception {
        Path file = TestCharts.save(dir.resolve("acme.orgchart.json"), TestCharts.company());

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(0, run.exitCode());
        String[] lines = run.out().strip().split("\n");
        assertTrue(lines[lines.length - 1].startsWith(file + ": 11 positions, 0 errors, "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineOnStandardErrorOnly() throws Exception {
        Path file = dir.resolve("broken.orgchart.json");
        Files.writeString(file, "{\n  \"format\": \"orgwright.chart\",\n  \"version\": 1,,\n  \"positions\": []\n}\n");

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("broken.orgchart.json, line 3, column "), run.err());
        assertTrue(run.err().contains("not valid JSON"), run.err());
    }

    @Test
    void everyStructuralProblemIsPrintedOnItsOwnLine() throws Exception {
        Path file = dir.resolve("dangling.orgchart.json");
        Files.writeString(file, """
                {
                  "format": "orgwright.chart",
                  "version": 1,
                  "positions": [
                    {"id": "ceo", "title": "CEO"},
                    {"id": "cto", "title": "CTO", "reportsTo": "nobody"},
                    {"id": "cfo", "title": "CFO", "reportsTo": "ghost"}
                  ]
                }
                """);

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        String[] lines = run.errLines();
        assertEquals(2, lines.length, run.err());
        assertTrue(lines[0].startsWith("dangling.orgchart.json, line 6") && lines[0].contains("'nobody'"), lines[0]);
        assertTrue(lines[1].startsWith("dangling.orgchart.json, line 7") && lines[1].contains("'ghost'"), lines[1]);
    }

    @Test
    void aMissingFileSaysSo() {
        CliRun run = CliRun.of("validate", dir.resolve("nowhere.orgchart.json").toString());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("nowhere.orgchart.json: The file does not exist"), run.err());
    }

    @Test
    void severalFilesAreAllCheckedAndTheWorstExitCodeWins() throws Exception {
        Path good = TestCharts.save(dir.resolve("good.orgchart.json"), TestCharts.company());
        Path missing = dir.resolve("missing.orgchart.json");

        CliRun run = CliRun.of("validate", missing.toString(), good.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.out().strip().endsWith("notes."), run.out());
        assertTrue(run.out().contains(good + ": 11 positions, 0 errors"), run.out());
        assertTrue(run.err().contains("missing.orgchart.json"), run.err());
    }

    @Test
    void helpSaysWhatIsChecked() {
        CliRun run = CliRun.of("validate", "--help");

        assertEquals(0, run.exitCode());
        String help = run.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("unique ids"), help);
        assertTrue(help.contains("tier rules"), help);
        assertTrue(help.contains("no circle of reporting lines"), help);
    }
}
