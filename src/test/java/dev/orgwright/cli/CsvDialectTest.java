package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV Orgwright writes has one dialect: UTF-8 with a byte order mark (so that Excel on
 * Windows shows "Zoë", not "ZoÃ«"), CRLF line ends, and no cell a spreadsheet would run as a
 * formula.
 */
class CsvDialectTest {

    @TempDir
    Path dir;

    @Test
    void exportDiffAndAnalyzeWriteTheSameDialect() throws Exception {
        Chart before = TestCharts.company();
        Chart after = Edits.setTitle(PositionId.of("cfo"), "=HYPERLINK(\"x\") Zoë").apply(before);
        after = Edits.setHolder(PositionId.of("cfo"), "@Zoë").apply(after);
        Path old = TestCharts.save(dir.resolve("old.orgchart.json"), before);
        Path now = TestCharts.save(dir.resolve("new.orgchart.json"), after);
        Path exported = dir.resolve("chart.csv");

        Map<String, byte[]> written = new LinkedHashMap<>();
        CliRun export = CliRun.of("export", now.toString(), "--to", exported.toString());
        assertEquals(Cli.OK, export.exitCode(), export.err());
        written.put("export --to chart.csv", Files.readAllBytes(exported));
        written.put("diff --format csv", CliRun.of("diff", old.toString(), now.toString(), "--format", "csv").out()
                .getBytes(StandardCharsets.UTF_8));
        written.put("analyze --format csv", CliRun.of("analyze", now.toString(), "--format", "csv").out()
                .getBytes(StandardCharsets.UTF_8));

        for (Map.Entry<String, byte[]> e : written.entrySet()) {
            byte[] b = e.getValue();
            String what = e.getKey();
            assertTrue(b.length > 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF,
                    what + " starts with a byte order mark");
            String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\r\n"), what + " ends its last line with CRLF");
            assertFalse(text.replace("\r\n", "").contains("\n"), what + " has no bare LF line end:\n" + text);
            assertTrue(text.contains("Zoë"), what + " holds the text as UTF-8");
            for (String line : text.split("\r\n")) {
                for (String cell : line.split(",")) {
                    String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertFalse(!bare.isEmpty() && "=+@".indexOf(bare.charAt(0)) >= 0,
                            what + " has a cell a spreadsheet would run: " + cell);
                }
            }
        }
    }
}
