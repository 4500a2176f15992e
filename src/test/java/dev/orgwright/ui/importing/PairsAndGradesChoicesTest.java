package dev.orgwright.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.ImportOptions;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The import dialog's second file, without a toolkit: what it says under the file's name. */
class PairsAndGradesChoicesTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(PairsAndGradesChoicesTest.class.getResource("/dev/orgwright/io/csv/organograms/" + name).toURI());
    }

    @Test
    void theStatusOfTheCabinetOfficeJuniorFileSaysHowManyPostsAreAssistants() throws Exception {
        PairsAndGradesChoices choices = new PairsAndGradesChoices();
        Path junior = fixture("cabinet-office-2013-09-junior.csv");
        choices.staffRead(junior, CsvImport.read(junior));
        choices.update(Optional.of(CsvImport.importFile(fixture("cabinet-office-2013-09-senior.csv"),
                ImportOptions.titled("Cabinet Office"))));
        int assistants = choices.outcome().orElseThrow().assistants();
        assertTrue(assistants > 0);
        String[] lines = choices.staffStatus().split("\n");
        assertEquals(2, lines.length, choices.staffStatus());
        assertTrue(lines[0].contains("763 attached"), lines[0]);
        assertEquals(choices.outcome().orElseThrow().assistantSummary(), lines[1]);
        assertTrue(lines[1].startsWith(assistants + " "), lines[1]);
    }
}
