package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Edits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.Change;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.Theme;
import dev.orgwright.ui.compare.CompareModel;
import dev.orgwright.ui.compare.ComparePane;
import dev.orgwright.ui.fx.CachedCardSizer;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison's "Show private values": off when the window opens, and only then does the list name the values. */
@ExtendWith(ApplicationExtension.class)
public class ComparePrivateValuesTest {

    private static final PositionId CTO = PositionId.of("cto");

    private Chart current;
    private Chart proposal;
    private ComparePane pane;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        current = Edits.sequence("Private data", List.of(Edits.setCurrency("EUR"),
                CustomFieldEdits.define(FieldDefinition.of("email", "E-mail", FieldType.TEXT, true)),
                Edits.setCost(CTO, new BigDecimal("180000")),
                CustomFieldEdits.setValue(CTO, "email", "old.cto@acme.example"))).apply(SampleCharts.leadershipTeam());
        proposal = Edits.sequence("Proposal", List.of(Edits.setCost(CTO, new BigDecimal("190000")),
                CustomFieldEdits.setValue(CTO, "email", "new.cto@acme.example"))).apply(current);
        pane = newPane();
        stage.setScene(new Scene(pane, 1400, 900));
        stage.show();
    }

    private ComparePane newPane() {
        return new ComparePane(new CompareModel(current, proposal,
                new CachedCardSizer(new CardSizing(new FxTextMeasure(), Theme.LIGHT))), new RecordingDialogs());
    }

    private static String listed(ListView<Change> list) {
        StringBuilder out = new StringBuilder();
        list.getItems().forEach(c -> out.append(c.description()).append('\n'));
        return out.toString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theToggleShowsAndHidesThePrivateValuesInTheChangeList(FxRobot robot) {
        CheckBox toggle = robot.lookup("#compare-show-private").queryAs(CheckBox.class);
        ListView<Change> list = robot.lookup("#change-list").queryAs(ListView.class);
        String cto = "'" + current.position(CTO).title() + "'";
        assertFalse(toggle.isSelected(), "private values are hidden when the comparison opens");
        String hidden = listed(list);
        assertTrue(hidden.contains("The cost of " + cto + " changed."), hidden);
        assertTrue(hidden.contains("The field 'E-mail' of " + cto + " changed."), hidden);
        assertFalse(hidden.contains("180000") || hidden.contains("acme.example"), hidden);

        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.model().showsPrivate());
        String shown = listed(list);
        assertTrue(shown.contains("The cost of " + cto + " is now 190000 EUR (was 180000 EUR)."), shown);
        assertTrue(shown.contains("The field 'E-mail' of " + cto + " is now 'new.cto@acme.example'"
                + " (was 'old.cto@acme.example')."), shown);

        // A change in focus stays in focus in its new wording.
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(toggle.isSelected());
        assertEquals(hidden, listed(list));
        assertEquals(list.getItems().get(0), pane.model().focused().orElseThrow());

        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        ComparePane[] again = new ComparePane[1];
        robot.interact(() -> again[0] = newPane());
        assertFalse(again[0].model().showsPrivate(), "a new comparison starts with private values hidden");
        assertTrue(again[0].model().changes().stream().noneMatch(c -> c.description().contains("acme.example")));
    }
}
