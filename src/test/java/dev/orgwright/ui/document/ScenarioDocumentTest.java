package dev.orgwright.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Scenarios;
import dev.orgwright.model.Templates;
import dev.orgwright.model.TierEdits;
import dev.orgwright.rules.Validator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's scenarios without a window: histories per design, the shared catalog, what a save writes. */
class ScenarioDocumentTest {

    private static final Validator VALIDATOR = Validator.withDefaultRules();

    @TempDir
    Path folder;

    private static Chart threePositions() throws Exception {
        return Chart.builder().title("Acme")
                .add(Position.of("ceo", "CEO", Templates.SENIOR))
                .add(Position.of("cfo", "CFO", Templates.SENIOR).withReportsTo(PositionId.of("ceo")))
                .add(Position.of("ops", "Head of Operations", Templates.EXECUTIVE).withReportsTo(PositionId.of("ceo")))
                .build();
    }

    @Test
    void theTitleAndTiersCannotBeChangedFromAScenario() throws Exception {
        ChartDocument document = new ChartDocument(threePositions(), null, VALIDATOR);
        document.newScenario("Lean", "", null);
        EditRefusedException e = assertThrows(EditRefusedException.class,
                () -> document.apply(TierEdits.rename(Templates.SENIOR, "Board")));
        assertTrue(e.getMessage().contains("switch to the current state"), e.getMessage());
        assertThrows(EditRefusedException.class, () -> document.apply(Edits.setChartTitle("Other")));
    }

    @Test
    void aTierAScenarioStillUsesCannotBeRemovedFromTheCurrentState() throws Exception {
        ChartDocument document = new ChartDocument(threePositions(), null, VALIDATOR);
        document.newScenario("Keeps operations", "", null);
        document.show(null);
        document.apply(Edits.removeWithSubtree(PositionId.of("ops")));

        EditRefusedException e = assertThrows(EditRefusedException.class,
                () -> document.apply(TierEdits.remove(Templates.EXECUTIVE)));
        assertTrue(e.getMessage().startsWith("This change does not fit the scenario 'Keeps operations': "),
                e.getMessage());
        assertEquals(3, document.whole().tiers().size(), "nothing changed");
    }

    @Test
    void aTierChangeOfTheCurrentStateReachesTheScenarioWhenItIsShown() throws Exception {
        ChartDocument document = new ChartDocument(threePositions(), null, VALIDATOR);
        document.newScenario("Lean", "", null);
        document.show(null);
        document.apply(TierEdits.rename(Templates.SENIOR, "Board"));
        document.show("lean");
        assertEquals("Board", document.chart().tiers().get(0).name());
        assertEquals("Board", document.validation().chart().tiers().get(0).name(), "the findings see it too");
    }

    @Test
    void aSaveWritesEveryScenarioAndNothingChangedGivesTheSameWholeChart() throws Exception {
        ChartDocument document = new ChartDocument(threePositions(), null, VALIDATOR);
        document.newScenario("Lean", "", null);
        document.apply(Edits.removeWithSubtree(PositionId.of("ops")));
        Chart whole = document.whole();
        assertSame(whole, document.whole(), "no change, the same value: the autosave writes nothing");

        Path file = folder.resolve("acme.orgchart.json");
        document.saveAs(file);
        assertFalse(document.isDirty());
        Chart saved = ChartFiles.load(file);
        assertEquals(3, saved.size());
        assertEquals(2, Scenarios.find(saved, "Lean").orElseThrow().chart().size());

        ChartDocument reopened = new ChartDocument(saved, file, VALIDATOR);
        reopened.show("lean");
        assertEquals(2, reopened.chart().size());
        assertFalse(reopened.isDirty(), "showing a scenario changes nothing");
    }
}
