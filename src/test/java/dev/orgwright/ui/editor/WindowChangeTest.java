package dev.orgwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.document.EditResult;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's typed notifications, one per gesture, and its one command path for edits. */
class WindowChangeTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId COO = PositionId.of("coo");
    private static final PositionId HEAD_OF_SALES = PositionId.of("head-sales");

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Chart sample = SampleCharts.leadershipTeam();
    private final ChartWindowModel model = new ChartWindowModel(sample, CardSizer.fixed(180, 64), ChartFiles::load, dialogs);
    private final List<WindowChange> heard = new ArrayList<>();

    @BeforeEach
    void listen() {
        model.view().resize(1000, 700);
        model.listen(Aspect.all(), heard::add);
    }

    @Test
    void aPanIsOneViewChangeAndReachesNoListenerOfTheChartOrTheSelection() {
        List<WindowChange> panels = new ArrayList<>();
        model.listen(EnumSet.of(Aspect.CHART, Aspect.SELECTION), panels::add);

        model.view().panBy(5, 0);

        assertEquals(1, heard.size());
        assertEquals(EnumSet.of(Aspect.VIEW), heard.get(0).aspects());
        assertFalse(heard.get(0).chartChanged());
        assertEquals(List.of(), panels, "a pan rebuilds no inspector and no outline");
    }

    @Test
    void aDropIsOneChangeCarryingTheChartBeforeAndAfterAndWhatChanged() {
        model.drag().begin(HEAD_OF_SALES);
        model.drag().hover(CFO);
        heard.clear();

        assertTrue(model.drag().drop(false));

        assertEquals(1, heard.size(), "one gesture, one notification: " + heard);
        WindowChange change = heard.get(0);
        assertTrue(change.touches(Aspect.CHART));
        assertTrue(change.touches(Aspect.MARKS), "the drop target's mark goes");
        assertSame(sample, change.oldChart());
        assertSame(model.chart(), change.newChart());
        assertEquals(CFO, change.newChart().position(HEAD_OF_SALES).reportsTo());
        assertTrue(change.what().orElseThrow().positions().contains(HEAD_OF_SALES));
    }

    @Test
    void eachHoverOfADragIsOneChangeOfTheMarksOnly() {
        model.drag().begin(HEAD_OF_SALES);
        model.drag().hover(CFO);
        model.drag().hover(HEAD_OF_SALES); // its own card: no target

        assertEquals(2, heard.size());
        heard.forEach(c -> assertEquals(EnumSet.of(Aspect.MARKS), c.aspects()));
    }

    @Test
    void aRefusedDropChangesNothingAndLeavesItsReasonInTheStatusBarNotADialog() {
        model.drag().begin(CEO);
        model.drag().hover(COO); // into its own team
        assertTrue(model.decorations().dropRefused());
        heard.clear();

        assertFalse(model.drag().drop(false));

        assertSame(sample, model.chart());
        assertEquals(1, heard.size());
        assertFalse(heard.get(0).touches(Aspect.CHART));
        assertTrue(model.selectionText().contains("is part of the team below"), model.selectionText());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void applyReturnsTheRefusalWithItsReasonAndTheCallerChoosesWhereToTellIt() {
        EditResult refused = model.apply(Edits.move(CEO, COO, -1));

        assertFalse(refused.isApplied());
        assertTrue(refused.refusal().orElseThrow().length() > 10, refused.toString());
        assertSame(sample, model.chart());
        assertEquals(List.of(), dialogs.errors, "apply itself shows nothing");
        assertEquals(List.of(), heard, "a refused edit changes nothing, so nobody is told");

        assertFalse(model.applyOrExplain(Edits.move(CEO, COO, -1)));
        assertEquals(1, dialogs.errors.size(), "a menu command's refusal is shown in a dialog");
    }

    @Test
    void anEditMadeFromInsideAListenerIsRefusedAndTheFirstEditStands() {
        List<EditResult> fromListener = new ArrayList<>();
        model.listen(EnumSet.of(Aspect.CHART), change -> {
            if (fromListener.isEmpty()) {
                fromListener.add(model.apply(Edits.setHolder(CEO, "Someone in a listener")));
            }
        });

        EditResult first = model.apply(Edits.setHolder(CFO, "Ada"));

        assertTrue(first.isApplied());
        assertEquals(1, fromListener.size());
        assertFalse(fromListener.get(0).isApplied(), "the listener's edit is refused");
        assertEquals(ChartWindowModel.EDIT_DURING_CHANGE, fromListener.get(0).refusal().orElseThrow());
        assertEquals("Ada", model.chart().position(CFO).holder());
        assertFalse("Someone in a listener".equals(model.chart().position(CEO).holder()));
        model.undo();
        assertSame(sample, model.chart(), "one undo step: the refused edit left none");
    }

    @Test
    void selectingIsOneSelectionChangeThatKnowsBothEnds() {
        model.select(CFO);
        model.select(COO);

        assertEquals(2, heard.size());
        WindowChange second = heard.get(1);
        assertTrue(second.touches(Aspect.SELECTION));
        assertFalse(second.touches(Aspect.CHART));
        assertEquals(CFO, second.selectionBefore());
        assertEquals(COO, second.selectionAfter());
    }

    @Test
    void foldingATeamChangesTheLayoutNotTheChart() {
        model.toggleCollapsed(CEO);

        assertEquals(1, heard.size());
        assertEquals(EnumSet.of(Aspect.LAYOUT), heard.get(0).aspects());
        assertNotSame(heard.get(0).before().layout(), heard.get(0).after().layout());
        assertSame(heard.get(0).before().chart(), heard.get(0).after().chart());
    }

    @Test
    void undoAfterRemovingTheSelectionIsOneChangeOfChartAndSelection() {
        model.select(HEAD_OF_SALES);
        heard.clear();

        model.apply(Edits.removeWithSubtree(HEAD_OF_SALES));

        assertEquals(1, heard.size());
        assertTrue(heard.get(0).touches(Aspect.CHART));
        assertTrue(heard.get(0).touches(Aspect.SELECTION), "the removed position was selected");
        assertEquals(null, heard.get(0).selectionAfter());
    }
}
