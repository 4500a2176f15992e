package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.document.DocumentSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart file named on the command line is read while the toolkit starts, and handed over as if read then. */
class StartupWarmUpTest {

    @TempDir
    Path folder;

    @Test
    void theFileReadAheadIsHandedOverOnceAndThenReadAfresh() throws Exception {
        Path file = folder.resolve("team.orgchart.json");
        Chart saved = SampleCharts.leadershipTeam();
        ChartFiles.save(file, saved);
        StartupWarmUp.begin(List.of(file.toString(), "--exit-after-first-frame"));
        DocumentSession.ChartLoader loader = StartupWarmUp.loader();

        assertEquals(saved, loader.load(Path.of(file.toString())));

        Chart edited = Edits.setHolder(PositionId.of("cfo"), "Someone Else").apply(saved);
        ChartFiles.save(file, edited);
        assertEquals(edited, loader.load(file), "a second open reads the file as it is now");
    }

    @Test
    void aFileThatDoesNotLoadIsRefusedWithTheSameMessage() throws Exception {
        Path file = folder.resolve("broken.orgchart.json");
        Files.writeString(file, "{\n  \"format\": \"orgwright.chart\",\n  \"version\": 1,\n  \"positions\": [\n");
        String direct = assertThrows(ChartFormatException.class, () -> ChartFiles.load(file)).getMessage();
        StartupWarmUp.begin(List.of(file.toString()));

        assertEquals(direct, assertThrows(ChartFormatException.class, () -> StartupWarmUp.loader().load(file)).getMessage());
    }
}
