package dev.orgwright.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.CardDrag;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import org.junit.jupiter.api.Test;

/** How the outline marks a row while a position is dragged, read from the drag the canvas uses too. */
class DropMarkTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId CTO = PositionId.of("cto");
    private static final PositionId COO = PositionId.of("coo");
    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId HEAD_OF_SALES = PositionId.of("head-sales");

    private final ChartWindowModel model = new ChartWindowModel(SampleCharts.leadershipTeam(), CardSizer.fixed(180, 64),
            ChartFiles::load, new RecordingDialogs());
    private final CardDrag drag = model.drag();

    @Test
    void thePointersHeightInARowIsHowFarAlongItIsClampedToTheRow() {
        assertEquals(0.0, DropMark.along(0, 20));
        assertEquals(0.875, DropMark.along(17.5, 20));
        assertEquals(0.0, DropMark.along(-3, 20), "just above the row, as the pointer leaves it");
        assertEquals(1.0, DropMark.along(21, 20));
        assertEquals(0.5, DropMark.along(4, 0), "a row not laid out yet counts as its middle");
    }

    @Test
    void theOuterQuartersOfASiblingsRowShowWhereTheRowWouldGo() {
        drag.begin(CTO);
        drag.hover(COO, DropMark.along(18, 20));
        assertEquals(DropMark.AFTER, DropMark.of(drag, COO));
        assertEquals(DropMark.NONE, DropMark.of(drag, CFO), "only the row under the pointer is marked");
        assertEquals(DropMark.NONE, DropMark.of(drag, CTO), "nor the dragged row");
        drag.hover(COO, DropMark.along(2, 20));
        assertEquals(DropMark.BEFORE, DropMark.of(drag, COO));
        drag.hover(COO, DropMark.along(10, 20));
        assertEquals(DropMark.TARGET, DropMark.of(drag, COO), "the middle: the CTO would report to the COO");
    }

    @Test
    void aRowOfAnotherTeamIsATargetWhereverThePointerIsAndOneBelowTheDraggedRowIsRefused() {
        drag.begin(CTO);
        drag.hover(HEAD_OF_SALES, DropMark.along(19, 20));
        assertEquals(DropMark.TARGET, DropMark.of(drag, HEAD_OF_SALES), "not a sibling: no reordering");
        drag.begin(CEO);
        drag.hover(CTO, 0.5);
        assertEquals(DropMark.REFUSED, DropMark.of(drag, CTO));
        drag.cancel();
        assertEquals(DropMark.NONE, DropMark.of(drag, CTO), "no drag, no marks");
    }

    @Test
    void eachMarkHasTheNameTheStyleSheetUses() {
        assertEquals("insert-after", DropMark.AFTER.pseudoClass());
        assertEquals("insert-before", DropMark.BEFORE.pseudoClass());
        assertEquals("drop-target", DropMark.TARGET.pseudoClass());
        assertEquals("drop-refused", DropMark.REFUSED.pseudoClass());
    }
}
