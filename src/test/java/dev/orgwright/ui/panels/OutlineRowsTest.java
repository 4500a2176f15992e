package dev.orgwright.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.panels.OutlineRows.Row;
import dev.orgwright.ui.panels.OutlineRows.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outline's rows, what is open and how an edit changes them, without a window. */
class OutlineRowsTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId ASSISTANT = PositionId.of("ceo-assistant");
    private static final PositionId CTO = PositionId.of("cto");
    private static final PositionId COO = PositionId.of("coo");
    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId HEAD_OF_ENGINEERING = PositionId.of("head-eng");
    private static final PositionId HEAD_OF_IT = PositionId.of("head-it");
    private static final PositionId HEAD_OF_SALES = PositionId.of("head-sales");

    private Chart chart = SampleCharts.leadershipTeam();
    private final OutlineRows rows = new OutlineRows();

    private Update edit(Edit edit) {
        chart = edit.apply(chart);
        return rows.show(chart);
    }

    private List<PositionId> shownIds() {
        return rows.visibleRows().stream().map(Row::id).toList();
    }

    /** What the rows must show: every open row lists exactly the chart's reports, in order. */
    private List<Row> expectedRows() {
        List<Row> out = new ArrayList<>();
        for (PositionId root : chart.roots()) {
            addRows(root, 0, out);
        }
        return out;
    }

    private void addRows(PositionId id, int depth, List<Row> out) {
        out.add(new Row(id, depth));
        if (rows.isExpanded(id)) {
            for (PositionId report : chart.childrenOf(id)) {
                addRows(report, depth + 1, out);
            }
        }
    }

    @Test
    void theFirstChartShowsItsRootsOpen() {
        assertTrue(rows.show(chart).relistedAll());
        assertEquals(List.of(new Row(CEO, 0), new Row(ASSISTANT, 1), new Row(CTO, 1), new Row(COO, 1), new Row(CFO, 1)),
                rows.visibleRows());
        assertTrue(rows.isExpanded(CEO));
        assertFalse(rows.isExpanded(CTO));
    }

    @Test
    void openingARowShowsItsReportsBelowIt() {
        rows.show(chart);
        rows.setExpanded(CTO, true);
        List<PositionId> shown = shownIds();
        int cto = shown.indexOf(CTO);
        assertEquals(chart.childrenOf(CTO), shown.subList(cto + 1, cto + 4));
        assertEquals(new Row(HEAD_OF_ENGINEERING, 2), rows.visibleRows().get(cto + 1));
        rows.setExpanded(CTO, false);
        assertFalse(shownIds().contains(HEAD_OF_ENGINEERING));
    }

    @Test
    void aRowSaysTitleAndHolderVacanciesAndHowManyReportsAClosedRowHides() {
        rows.show(chart);
        assertEquals("Chief Technology Officer — Daniel Reyes  (3)", rows.text(CTO));
        rows.setExpanded(CTO, true);
        assertEquals("Chief Technology Officer — Daniel Reyes", rows.text(CTO), "open: its reports are in view");
        assertEquals("Head of IT — vacant", rows.text(HEAD_OF_IT));
        assertTrue(rows.isVacant(HEAD_OF_IT));
        assertTrue(rows.isLeaf(HEAD_OF_IT));
        assertFalse(rows.isLeaf(CTO));
    }

    @Test
    void reportsAreListedOnlyBelowRowsThatWereAskedForThem() {
        rows.show(chart);
        rows.visibleRows();
        assertTrue(rows.isListed(CEO));
        assertFalse(rows.isListed(CTO), "closed: its reports have no rows yet");
        assertEquals(chart.childrenOf(CTO), rows.reportsOf(CTO));
        assertTrue(rows.isListed(CTO));
    }

    @Test
    void revealingASelectionOpensTheWayDownToItsRow() {
        rows.show(chart);
        assertEquals(List.of(CEO, COO, HEAD_OF_SALES), rows.reveal(HEAD_OF_SALES));
        assertTrue(rows.isExpanded(COO));
        assertTrue(shownIds().contains(HEAD_OF_SALES));
        assertEquals(List.of(), rows.reveal(PositionId.of("nobody")));

        assertEquals(Optional.of(HEAD_OF_SALES), rows.selectedRow(Optional.of(HEAD_OF_SALES)));
        assertEquals(Optional.empty(), rows.selectedRow(Optional.empty()));
        edit(Edits.removeWithSubtree(HEAD_OF_SALES));
        assertEquals(Optional.empty(), rows.selectedRow(Optional.of(HEAD_OF_SALES)), "a removed selection has no row");
    }

    @Test
    void anEditRelistsOnlyTheListedRowsItTouched() {
        rows.show(chart);
        rows.setExpanded(COO, true);
        rows.visibleRows();

        Update update = edit(Edits.move(HEAD_OF_SALES, CFO, 0));
        assertFalse(update.relistedAll());
        assertEquals(List.of(COO), update.relisted(), "the CFO's reports were never listed: nothing to redo there");
        assertEquals(Set.of(HEAD_OF_SALES), update.unlisted(), "the sales row left the COO");
        assertEquals(expectedRows(), rows.visibleRows());

        rows.setExpanded(CFO, true);
        assertEquals(HEAD_OF_SALES, rows.reportsOf(CFO).get(0));
        Update rename = edit(Edits.setTitle(CFO, "Finance Director"));
        assertFalse(rename.relistedAll());
        assertEquals(List.of(), rename.relisted(), "a new title lists nothing again");
        assertEquals("Finance Director — Hannah Mercer", rows.text(CFO));
        assertSame(Update.UNCHANGED, rows.show(chart));
    }

    @Test
    void aReorderRelistsTheManagersRowInTheNewOrder() {
        rows.show(chart);
        rows.visibleRows();
        Update update = edit(Edits.reorder(CTO, 2));
        assertEquals(List.of(CEO), update.relisted());
        assertEquals(Set.of(), update.unlisted(), "every report stays: their rows are kept");
        assertEquals(List.of(CEO, ASSISTANT, COO, CTO, CFO), shownIds());
    }

    @Test
    void aMovedOrRemovedRowForgetsWhatItListedButKeepsWhatWasOpen() {
        rows.show(chart);
        rows.reveal(HEAD_OF_SALES);
        rows.visibleRows();
        assertTrue(rows.isListed(COO));

        edit(Edits.move(COO, CFO, -1));
        assertFalse(rows.isListed(COO), "its rows are made again in the new place");
        assertTrue(rows.isExpanded(COO), "and open as before");
        rows.setExpanded(CFO, true);
        assertEquals(expectedRows(), rows.visibleRows());

        Chart beforeRemoval = chart;
        Update removal = edit(Edits.removeWithSubtree(COO));
        assertTrue(removal.unlisted().contains(COO));
        assertEquals(expectedRows(), rows.visibleRows());

        chart = beforeRemoval; // undo: the chart from before, known to the newer one
        Update undo = rows.show(chart);
        assertFalse(undo.relistedAll());
        assertEquals(List.of(CFO), undo.relisted());
        assertTrue(shownIds().contains(HEAD_OF_SALES), "the COO came back open");
        assertEquals(expectedRows(), rows.visibleRows());
    }

    @Test
    void aChartFromElsewhereIsListedAfreshKeepingOpenWhatItStillHas() {
        rows.show(chart);
        rows.setExpanded(CTO, true);
        rows.visibleRows();
        Update update = rows.show(SampleCharts.leadershipTeam()); // read again: no history links the two
        assertTrue(update.relistedAll());
        assertFalse(rows.isListed(CEO));
        assertTrue(rows.isExpanded(CTO));
        assertEquals(expectedRows(), rows.visibleRows());
    }

    @Test
    void anEditTouchingManyPositionsListsEverythingAfresh() {
        rows.show(chart);
        rows.visibleRows();
        List<Edit> hires = new ArrayList<>();
        for (int i = 0; i <= OutlineRows.MOST_RELISTED; i++) {
            hires.add(Edits.add(Position.of("analyst-" + i, "Analyst " + i, "executive").withReportsTo(HEAD_OF_IT), -1));
        }
        Update update = edit(Edits.sequence("Hire analysts", hires));
        assertTrue(update.relistedAll());
        assertEquals(expectedRows(), rows.visibleRows());
    }
}
