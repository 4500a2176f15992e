package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {

    /** Valid, but compact, with keys out of order and fields Orgwright does not know. */
    private static final String COMPACT = "{\"positions\":[{\"title\":\"Head of Sales\",\"reportsTo\":\"ceo\","
            + "\"x-colour\":\"#ff8800\",\"id\":\"sales\",\"tier\":\"executive\"},"
            + "{\"tier\":\"senior\",\"id\":\"ceo\",\"holder\":\"Maya Lindqvist\",\"title\":\"Chief Executive Officer\"}],"
            + "\"version\":1,\"reviewedBy\":{\"name\":\"Ola\",\"on\":\"2025-01-31\"},\"title\":\"Acme\","
            + "\"format\":\"orgwright.chart\"}";

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    @TempDir
    Path dir;

    @Test
    void formatRewritesIntoCanonicalBytesAndKeepsUnknownFields() throws Exception {
        Path file = write("acme.orgchart.json", COMPACT);

        CliRun run = CliRun.of("format", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ": formatted", run.out().strip());
        byte[] after = Files.readAllBytes(file);
        assertArrayEquals(ChartWriter.toBytes(ChartFiles.load(file)), after);
        String text = new String(after, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\": \"orgwright.chart\",\n  \"version\": 1,\n"), text);
        assertTrue(text.contains("\"x-colour\": \"#ff8800\""), text);
        assertTrue(text.contains("\"reviewedBy\": {"), text);
        assertTrue(text.indexOf("\"id\": \"ceo\"") < text.indexOf("\"id\": \"sales\""), "manager first: " + text);
    }

    @Test
    void aCanonicalFileIsNotRewritten() throws Exception {
        Path file = TestCharts.save(dir.resolve("acme.orgchart.json"), TestCharts.company());
        Files.setLastModifiedTime(file, LONG_AGO);
        byte[] before = Files.readAllBytes(file);

        CliRun run = CliRun.of("format", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ": already canonical", run.out().strip());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file));
    }

    @Test
    void checkPassesOnACanonicalFile() throws Exception {
        Path file = TestCharts.save(dir.resolve("acme.orgchart.json"), TestCharts.company());

        CliRun run = CliRun.of("format", "--check", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ": canonical", run.out().strip());
        assertEquals("", run.err());
    }

    @Test
    void checkFailsOnANonCanonicalFileAndLeavesItAlone() throws Exception {
        Path file = write("acme.orgchart.json", COMPACT);
        Files.setLastModifiedTime(file, LONG_AGO);

        CliRun run = CliRun.of("format", "--check", file.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(file + ": not in canonical form; run 'orgwright format " + file + "'", run.out().strip());
        assertEquals(COMPACT, Files.readString(file));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
    }

    @Test
    void checkOnAnUnreadableFileExitsWithTwoAndLeavesItAlone() throws Exception {
        Path broken = write("broken.orgchart.json", "{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": [");
        Files.setLastModifiedTime(broken, LONG_AGO);

        CliRun run = CliRun.of("format", "--check", broken.toString());
        CliRun missing = CliRun.of("format", "--check", dir.resolve("missing.orgchart.json").toString());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("broken.orgchart.json, line 1"), run.err());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(broken));
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void aFileThatDoesNotLoadIsNeverRewritten() throws Exception {
        String dangling = "{\"format\":\"orgwright.chart\",\"version\":1,"
                + "\"positions\":[{\"id\":\"a\",\"title\":\"A\",\"reportsTo\":\"gone\"}]}";
        Path file = write("dangling.orgchart.json", dangling);

        CliRun run = CliRun.of("format", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'gone'"), run.err());
        assertEquals(dangling, Files.readString(file));
    }

    @Test
    void severalFilesGiveTheWorstExitCode() throws Exception {
        Path canonical = TestCharts.save(dir.resolve("a.orgchart.json"), TestCharts.company());
        Path compact = write("b.orgchart.json", COMPACT);

        CliRun check = CliRun.of("format", "--check", canonical.toString(), compact.toString());
        CliRun format = CliRun.of("format", canonical.toString(), compact.toString());
        CliRun after = CliRun.of("format", "--check", canonical.toString(), compact.toString());

        assertEquals(1, check.exitCode());
        assertEquals(2, check.outLines().length, check.out());
        assertEquals(0, format.exitCode(), format.err());
        assertEquals(canonical + ": already canonical", format.outLines()[0]);
        assertEquals(compact + ": formatted", format.outLines()[1]);
        assertEquals(0, after.exitCode(), after.out());
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
