package dev.orgwright.model;

import static dev.orgwright.model.ChartFixtures.assertUnchangedLeadershipTeam;
import static dev.orgwright.model.ChartFixtures.id;
import static dev.orgwright.model.ChartFixtures.ids;
import static dev.orgwright.model.ChartFixtures.leadershipTeam;
import static dev.orgwright.model.ChartFixtures.refusal;
import static dev.orgwright.model.ChartFixtures.root;
import static dev.orgwright.model.ChartFixtures.treeOrder;
import static dev.orgwright.model.ChartFixtures.under;
import static dev.orgwright.model.Templates.EXECUTIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The structural edits of {@link Edits}: add, remove, move, reorder, sequence. */
class EditsTest {

    private final Chart acme = leadershipTeam();

    // ---- add ----

    @Test
    void addPutsANewPositionAtItsPlaceAmongItsManagersReports() {
        Edit edit = Edits.add(under("coo", "sales", "Head of Sales", EXECUTIVE), 0);

        Chart after = edit.apply(acme);

        assertEquals("Add 'Head of Sales' under 'COO'", edit.label(acme));
        assertEquals(ids("sales", "ops"), after.childrenOf(id("coo")));
        assertEquals(id("coo"), after.position(id("sales")).reportsTo());
        assertEquals(10, after.size());
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void addWithMinusOneOrABigIndexPutsItLast() {
        Chart last = Edits.add(under("ceo", "cmo", "CMO", Templates.SENIOR), -1).apply(acme);
        Chart beyond = Edits.add(under("ceo", "cmo", "CMO", Templates.SENIOR), 99).apply(acme);

        assertEquals(ids("cfo", "cto", "coo", "cmo"), last.childrenOf(id("ceo")));
        assertEquals(last, beyond);
    }

    @Test
    void addWithoutAManagerMakesANewRoot() {
        Edit edit = Edits.add(root("advisor", "Advisor", null), 1);

        Chart after = edit.apply(acme);

        assertEquals("Add 'Advisor'", edit.label(acme));
        assertEquals(ids("ceo", "advisor", "board"), after.roots());
    }

    @Test
    void addKeepsTheDottedLinesOfTheNewPosition() {
        Position pmo = under("coo", "pmo", "Head of PMO", EXECUTIVE).withDottedLines(ids("cto", "cfo"));

        Chart after = Edits.add(pmo, -1).apply(acme);

        assertEquals(Set.of(id("pmo")), after.dottedReportsOf(id("cto")));
        assertEquals(Set.of(id("it"), id("pmo")), after.dottedReportsOf(id("cfo")));
    }

    @Test
    void addRefusesAnIdThatIsTaken() {
        assertEquals("There is already a position with id 'cfo' ('CFO'); choose another id.",
                refusal(Edits.add(under("ceo", "cfo", "Chief Financial Officer", null), -1), acme));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void addRefusesAnUnknownTierManagerOrDottedLine() {
        assertEquals("The chart has no tier with id 'board'.",
                refusal(Edits.add(under("ceo", "chair", "Chair", "board"), -1), acme));
        assertEquals("The chart has no position with id 'nobody'; it may have been removed.",
                refusal(Edits.add(under("nobody", "chair", "Chair", null), -1), acme));
        assertEquals("The chart has no position with id 'ghost'; it may have been removed.",
                refusal(Edits.add(root("chair", "Chair", null).withDottedLines(ids("ghost")), -1), acme));
    }

    // ---- remove with subtree ----

    @Test
    void removeWithSubtreeTakesEverythingBelow() {
        Edit edit = Edits.removeWithSubtree(id("cto"));

        Chart after = edit.apply(acme);

        assertEquals("Remove 'CTO' and the 2 positions below it", edit.label(acme));
        assertEquals(ids("ceo", "cfo", "fin", "coo", "ops", "board"), treeOrder(after));
        assertEquals(6, after.size());
        assertFalse(after.contains(id("eng")) || after.contains(id("it")) || after.contains(id("cto")));
        // 'it' was in the subtree; its dotted line to cfo goes with it.
        assertEquals(Set.of(), after.dottedReportsOf(id("cfo")));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void removeWithSubtreeNamesHowManyGoBelow() {
        assertEquals("Remove 'CFO' and the 1 position below it", Edits.removeWithSubtree(id("cfo")).label(acme));
        assertEquals("Remove 'Head of Finance'", Edits.removeWithSubtree(id("fin")).label(acme));
        assertEquals("Remove 'CEO' and the 7 positions below it", Edits.removeWithSubtree(id("ceo")).label(acme));
    }

    @Test
    void removeWithSubtreeCutsDottedLinesFromOutsideIntoTheRemovedTeam() {
        // ops (outside) has dotted lines to eng (inside) and cfo (outside); board to cto (inside).
        Chart chart = Edits.sequence("set up", List.of(
                Edits.addDottedLine(id("ops"), id("eng")),
                Edits.addDottedLine(id("ops"), id("cfo")),
                Edits.addDottedLine(id("board"), id("cto")))).apply(acme);

        Chart after = Edits.removeWithSubtree(id("cto")).apply(chart);

        assertEquals(ids("cfo"), after.position(id("ops")).dottedLines());
        assertEquals(List.of(), after.position(id("board")).dottedLines());
        assertEquals(Set.of(id("ops")), after.dottedReportsOf(id("cfo")));
        assertEquals(Set.of(), after.dottedReportsOf(id("eng")));
        assertEquals(Set.of(), after.dottedReportsOf(id("cto")));
    }

    @Test
    void removeWithSubtreeOfARootLeavesTheOtherRoots() {
        Chart after = Edits.removeWithSubtree(id("ceo")).apply(acme);

        assertEquals(ids("board"), after.roots());
        assertEquals(1, after.size());
    }

    @Test
    void removeRefusesAPositionThatIsNotThere() {
        assertEquals("The chart has no position with id 'cmo'; it may have been removed.",
                refusal(Edits.removeWithSubtree(id("cmo")), acme));
        assertEquals("The chart has no position with id 'cmo'; it may have been removed.",
                refusal(Edits.removeKeepingReports(id("cmo")), acme));
    }

    // ---- remove keeping reports ----

    @Test
    void removeKeepingReportsHandsThemToTheManagerInTheRemovedPositionsPlace() {
        Edit edit = Edits.removeKeepingReports(id("cto"));

        Chart after = edit.apply(acme);

        assertEquals("Remove 'CTO' and hand its reports to 'CEO'", edit.label(acme));
        // eng and it take cto's place, in their own order, between cfo and coo.
        assertEquals(ids("cfo", "eng", "it", "coo"), after.childrenOf(id("ceo")));
        assertEquals(id("ceo"), after.position(id("eng")).reportsTo());
        assertEquals(id("ceo"), after.position(id("it")).reportsTo());
        assertFalse(after.contains(id("cto")));
        assertEquals(List.of(), after.childrenOf(id("cto")));
        // it keeps its own dotted line to cfo.
        assertEquals(Set.of(id("it")), after.dottedReportsOf(id("cfo")));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void removeKeepingReportsOfTheLastReportAppendsThem() {
        Chart after = Edits.removeKeepingReports(id("coo")).apply(acme);
        assertEquals(ids("cfo", "cto", "ops"), after.childrenOf(id("ceo")));
    }

    @Test
    void removeKeepingReportsOfARootMakesItsReportsRootsInItsPlace() {
        Edit edit = Edits.removeKeepingReports(id("ceo"));

        Chart after = edit.apply(acme);

        assertEquals("Remove 'CEO' and make its reports top-level", edit.label(acme));
        assertEquals(ids("cfo", "cto", "coo", "board"), after.roots());
        assertNull(after.position(id("cfo")).reportsTo());
        assertEquals(ids("fin"), after.childrenOf(id("cfo")));
    }

    @Test
    void removeKeepingReportsOfALeafIsAPlainRemoval() {
        Edit edit = Edits.removeKeepingReports(id("fin"));

        assertEquals("Remove 'Head of Finance'", edit.label(acme));
        assertEquals(Edits.removeWithSubtree(id("fin")).apply(acme), edit.apply(acme));
    }

    @Test
    void removeKeepingReportsCutsDottedLinesToAndFromTheRemovedPosition() {
        Chart removedTarget = Edits.removeKeepingReports(id("cfo")).apply(acme);
        assertEquals(List.of(), removedTarget.position(id("it")).dottedLines());

        Chart removedSource = Edits.removeKeepingReports(id("it")).apply(acme);
        assertEquals(Set.of(), removedSource.dottedReportsOf(id("cfo")));
    }

    // ---- move ----

    @Test
    void moveTakesTheSubtreeAlongToItsPlaceUnderTheNewManager() {
        Edit edit = Edits.move(id("cfo"), id("cto"), 0);

        Chart after = edit.apply(acme);

        assertEquals("Move 'CFO' under 'CTO'", edit.label(acme));
        assertEquals(ids("cfo", "eng", "it"), after.childrenOf(id("cto")));
        assertEquals(ids("cto", "coo"), after.childrenOf(id("ceo")));
        assertEquals(ids("cfo", "cto", "ceo"), after.chainOfCommand(id("fin")));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void moveToTopLevelAndBackRestoresTheChart() {
        Edit toTop = Edits.move(id("cfo"), null, 0);
        Chart top = toTop.apply(acme);
        assertEquals("Make 'CFO' top-level", toTop.label(acme));
        assertEquals(ids("cfo", "ceo", "board"), top.roots());
        assertNull(top.position(id("cfo")).reportsTo());

        Edit back = Edits.move(id("cfo"), id("ceo"), 0);
        assertEquals("Move 'CFO' under 'CEO'", back.label(top));
        assertEquals(acme, back.apply(top));
    }

    @Test
    void moveUnderTheSameManagerChangesOnlyThePlace() {
        Chart after = Edits.move(id("cfo"), id("ceo"), -1).apply(acme);
        assertEquals(ids("cto", "coo", "cfo"), after.childrenOf(id("ceo")));
    }

    @Test
    void moveRefusesToPutAPositionUnderItself() {
        assertEquals("'CTO' cannot report to itself.", refusal(Edits.move(id("cto"), id("cto"), -1), acme));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void moveRefusesToPutAPositionUnderItsOwnTeam() {
        assertEquals("'CEO' cannot report to 'Head of IT', because 'Head of IT' is part of the team below 'CEO'.",
                refusal(Edits.move(id("ceo"), id("it"), -1), acme));
        assertEquals("'CTO' cannot report to 'Head of IT', because 'Head of IT' is part of the team below 'CTO'.",
                Edits.whyCannotReportTo(acme, id("cto"), id("it")));
        assertNull(Edits.whyCannotReportTo(acme, id("it"), id("cfo")));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void moveRefusesAPositionOrManagerThatIsNotThere() {
        assertEquals("The chart has no position with id 'cmo'; it may have been removed.",
                refusal(Edits.move(id("cmo"), id("ceo"), -1), acme));
        assertEquals("The chart has no position with id 'cmo'; it may have been removed.",
                refusal(Edits.move(id("cfo"), id("cmo"), -1), acme));
    }

    // ---- reorder ----

    @Test
    void reorderMovesAPositionAmongItsSiblings() {
        Edit edit = Edits.reorder(id("coo"), 0);

        Chart after = edit.apply(acme);

        assertEquals("Reorder 'COO'", edit.label(acme));
        assertEquals(ids("coo", "cfo", "cto"), after.childrenOf(id("ceo")));
        assertEquals(id("ceo"), after.position(id("coo")).reportsTo());
        assertEquals(ids("cfo", "cto", "coo"), acme.childrenOf(id("ceo")));
    }

    @Test
    void reorderWorksAmongRoots() {
        assertEquals(ids("board", "ceo"), Edits.reorder(id("board"), 0).apply(acme).roots());
    }

    @Test
    void reorderRefusesAPlaceOutsideTheSiblings() {
        assertEquals("Position 4 is outside the 3 places among the siblings of 'CFO'.",
                refusal(Edits.reorder(id("cfo"), 3), acme));
        assertEquals("Position 0 is outside the 3 places among the siblings of 'CFO'.",
                refusal(Edits.reorder(id("cfo"), -1), acme));
    }

    // ---- sequence ----

    @Test
    void aSequenceAppliesItsEditsInOrderUnderOneLabel() {
        Edit edit = Edits.sequence("Hire a CMO", List.of(
                Edits.add(under("ceo", "cmo", "CMO", Templates.SENIOR), -1),
                Edits.move(id("cmo"), id("ceo"), 0)));

        assertEquals("Hire a CMO", edit.label(acme));
        assertEquals(ids("cmo", "cfo", "cto", "coo"), edit.apply(acme).childrenOf(id("ceo")));
    }

    @Test
    void aSequenceWithARefusedStepIsRefusedAsAWhole() {
        Edit edit = Edits.sequence("Shuffle", List.of(
                Edits.move(id("cfo"), null, -1),
                Edits.move(id("ceo"), id("eng"), -1)));

        assertEquals("'CEO' cannot report to 'Head of Engineering', because 'Head of Engineering' is part of "
                + "the team below 'CEO'.", refusal(edit, acme));
        assertUnchangedLeadershipTeam(acme);
    }
}
