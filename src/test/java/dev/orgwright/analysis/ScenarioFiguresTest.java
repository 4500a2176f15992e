package dev.orgwright.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The figures side by side name the current state in the language of the program. */
class ScenarioFiguresTest {

    @Test
    void theCurrentStateIsNamedInTheChosenLanguage() {
        ScenarioFigures.Findings none = new ScenarioFigures.Findings(0, 0);
        List<ScenarioFigures.Row> english = ScenarioFigures.rows(SampleCharts.leadershipTeam(), c -> none);
        assertEquals("Current state", english.get(0).name());
        assertEquals("", english.get(0).id());
        try {
            Messages.setLocale(Locale.GERMAN);
            assertEquals("Aktueller Stand", ScenarioFigures.rows(SampleCharts.leadershipTeam(), c -> none).get(0).name());
            Messages.setLocale(Locale.FRENCH);
            assertEquals("État actuel", ScenarioFigures.rows(SampleCharts.leadershipTeam(), c -> none).get(0).name());
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
    }
}
