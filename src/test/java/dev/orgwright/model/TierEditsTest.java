package dev.orgwright.model;

import static dev.orgwright.model.ChartFixtures.assertUnchangedLeadershipTeam;
import static dev.orgwright.model.ChartFixtures.id;
import static dev.orgwright.model.ChartFixtures.leadershipTeam;
import static dev.orgwright.model.ChartFixtures.refusal;
import static dev.orgwright.model.Templates.EXECUTIVE;
import static dev.orgwright.model.Templates.SENIOR;
import static dev.orgwright.model.Templates.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The edits of {@link TierEdits}: tiers and their catalog of responsibilities. */
class TierEditsTest {

    private final Chart acme = leadershipTeam();
    private final Tier board = Tier.of("board", "Board", 7, List.of("Chair"),
            List.of(Responsibility.of("oversight", "Oversee the senior management", "oversight")));

    @Test
    void addPutsATierAtItsPlaceAndRenumbersTheRanks() {
        Edit edit = TierEdits.add(board, 0);

        Chart after = edit.apply(acme);

        assertEquals("Add the tier 'Board'", edit.label(acme));
        assertEquals(List.of("board", SENIOR, EXECUTIVE, STAFF), tierIds(after));
        // The rank the tier came with does not matter: ranks run 1..n in list order.
        assertEquals(List.of(1, 2, 3, 4), ranks(after));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void addWithMinusOnePutsTheTierLowest() {
        Chart after = TierEdits.add(board, -1).apply(acme);
        assertEquals(List.of(SENIOR, EXECUTIVE, STAFF, "board"), tierIds(after));
        assertEquals(List.of(1, 2, 3, 4), ranks(after));
    }

    @Test
    void addRefusesATierIdThatIsTaken() {
        Tier senior2 = Tier.of(SENIOR, "Seniors", 3, List.of(), List.of());
        assertEquals("There is already a tier with id 'senior'.", refusal(TierEdits.add(senior2, -1), acme));
    }

    @Test
    void addRefusesAResponsibilityIdThatIsTaken() {
        Tier finance = Tier.of("finance", "Finance", 3, List.of(),
                List.of(Responsibility.of("budgets", "Prepare the budgets")));
        assertEquals("The responsibility id 'budgets' is already used in the tier 'Senior Management'.",
                refusal(TierEdits.add(finance, -1), acme));
    }

    @Test
    void addRefusesATierThatRepeatsAResponsibilityId() {
        // ChartBuilder refuses such a catalog, so a chart that took it could be saved but not opened.
        Tier twice = Tier.of("finance", "Finance", 3, List.of(),
                List.of(Responsibility.of("ledger", "Keep the ledger"), Responsibility.of("ledger", "Close the books")));
        assertEquals("The responsibility id 'ledger' is used twice in the tier 'Finance'.",
                refusal(TierEdits.add(twice, -1), acme));
    }

    @Test
    void renameKeepsIdAndRank() {
        Edit edit = TierEdits.rename(EXECUTIVE, "Department Heads");

        Chart after = edit.apply(acme);

        assertEquals("Rename the tier 'Executive Management' to 'Department Heads'", edit.label(acme));
        Tier renamed = after.tier(EXECUTIVE).orElseThrow();
        assertEquals("Department Heads", renamed.name());
        assertEquals(2, renamed.rank());
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void moveChangesTheRankOrder() {
        Edit edit = TierEdits.move(EXECUTIVE, 0);

        Chart after = edit.apply(acme);

        assertEquals("Move the tier 'Executive Management'", edit.label(acme));
        assertEquals(List.of(EXECUTIVE, SENIOR, STAFF), tierIds(after));
        assertEquals(1, after.tier(EXECUTIVE).orElseThrow().rank());
        assertEquals(2, after.tier(SENIOR).orElseThrow().rank());
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void moveRefusesAPlaceOutsideTheTiersOrAnUnknownTier() {
        assertEquals("Place 4 is outside the 3 tiers.", refusal(TierEdits.move(SENIOR, 3), acme));
        assertEquals("The chart has no tier with id 'board'.", refusal(TierEdits.move("board", 0), acme));
    }

    @Test
    void removeRefusesATierInUseAndSaysHowMany() {
        assertEquals("The tier 'Executive Management' cannot be removed: 4 positions are in it, such as "
                + "'Head of Finance'. Move them to another tier first.", refusal(TierEdits.remove(EXECUTIVE), acme));

        Chart oneLeft = TierEdits.add(board, 0).apply(acme);
        oneLeft = Edits.setTier(id("board"), "board").apply(oneLeft);
        assertEquals("The tier 'Board' cannot be removed: 1 position is in it, such as 'Board Observer'. "
                + "Move them to another tier first.", refusal(TierEdits.remove("board"), oneLeft));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void removeOfAnUnusedTierRenumbersTheRest() {
        Chart withBoard = TierEdits.add(board, 0).apply(acme);
        Edit edit = TierEdits.remove("board");

        Chart after = edit.apply(withBoard);

        assertEquals("Remove the tier 'Board'", edit.label(withBoard));
        assertEquals(acme.tiers(), after.tiers());
        assertEquals(List.of(1, 2, 3), ranks(after));
    }

    @Test
    void setTypicalTitles() {
        Edit edit = TierEdits.setTypicalTitles(SENIOR, List.of("CEO", "Managing Director"));

        Chart after = edit.apply(acme);

        assertEquals("Edit the typical titles of 'Senior Management'", edit.label(acme));
        assertEquals(List.of("CEO", "Managing Director"), after.tier(SENIOR).orElseThrow().typicalTitles());
    }

    @Test
    void addResponsibilityPutsItLastInTheCatalog() {
        Responsibility hiring = Responsibility.of("hiring", "Hire the department's staff", "hiring");
        Edit edit = TierEdits.addResponsibility(EXECUTIVE, hiring);

        Chart after = edit.apply(acme);

        assertEquals("Add a responsibility to 'Executive Management'", edit.label(acme));
        List<Responsibility> catalog = after.tier(EXECUTIVE).orElseThrow().responsibilities();
        assertEquals(5, catalog.size());
        assertEquals(hiring, catalog.get(4));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void addResponsibilityRefusesAnIdUsedInAnyTier() {
        assertEquals("The responsibility id 'budgets' is already used in the tier 'Senior Management'.",
                refusal(TierEdits.addResponsibility(EXECUTIVE, Responsibility.of("budgets", "Budgets")), acme));
        assertEquals("The chart has no tier with id 'board'.",
                refusal(TierEdits.addResponsibility("board", Responsibility.of("new", "New")), acme));
    }

    @Test
    void editResponsibilityReplacesTheOneWithTheSameId() {
        Responsibility budgets = Responsibility.of("budgets", "Approve the yearly budget", "budget");
        Edit edit = TierEdits.editResponsibility(SENIOR, budgets);

        Chart after = edit.apply(acme);

        assertEquals("Edit a responsibility of 'Senior Management'", edit.label(acme));
        assertEquals(budgets, after.tier(SENIOR).orElseThrow().responsibility("budgets").orElseThrow());
        assertEquals(2, after.tier(SENIOR).orElseThrow().responsibilities().indexOf(budgets));
        assertEquals("The tier 'Senior Management' has no responsibility 'hiring'.",
                refusal(TierEdits.editResponsibility(SENIOR, Responsibility.of("hiring", "Hire")), acme));
    }

    @Test
    void removeResponsibilityUnlinksDutiesAndKeepsTheirText() {
        Edit edit = TierEdits.removeResponsibility(EXECUTIVE, "operations");

        Chart after = edit.apply(acme);

        assertEquals("Remove a responsibility of 'Executive Management'", edit.label(acme));
        assertEquals(3, after.tier(EXECUTIVE).orElseThrow().responsibilities().size());
        Duty duty = after.position(id("ops")).duties().get(0);
        assertEquals("Run daily operations", duty.text());
        assertNull(duty.responsibilityId());
        // The original still has the link: undo restores catalog and duty together.
        assertEquals("operations", acme.position(id("ops")).duties().get(0).responsibilityId());
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void removeResponsibilityRefusesOneTheTierDoesNotHave() {
        assertEquals("The tier 'Senior Management' has no responsibility 'operations'.",
                refusal(TierEdits.removeResponsibility(SENIOR, "operations"), acme));
    }

    private static List<String> tierIds(Chart chart) {
        return chart.tiers().stream().map(Tier::id).toList();
    }

    private static List<Integer> ranks(Chart chart) {
        return chart.tiers().stream().map(Tier::rank).toList();
    }

    @Test
    void setGradesGivesATierItsGradesAndUndoesToNone() {
        Edit edit = TierEdits.setGrades(SENIOR, List.of("SCS3", "SCS4"));

        Chart after = edit.apply(acme);

        assertEquals("Edit the grades of 'Senior Management'", edit.label(acme));
        assertEquals(List.of("SCS3", "SCS4"), after.tier(SENIOR).orElseThrow().grades());
        assertEquals(List.of(), acme.tier(SENIOR).orElseThrow().grades());
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void setGradesRefusesABlankARepeatedOrAnotherTiersGrade() {
        Chart graded = TierEdits.setGrades(SENIOR, List.of("SCS3", "SCS4")).apply(acme);

        assertEquals("A grade cannot be blank.", refusal(TierEdits.setGrades(STAFF, List.of("A", " ")), graded));
        assertEquals("The grade 'a' is listed twice.", refusal(TierEdits.setGrades(STAFF, List.of("A", "a")), graded));
        assertEquals("The grade 'scs4' is already held by the tier 'Senior Management'; a grade belongs to one tier."
                + " Remove it there first.", refusal(TierEdits.setGrades(EXECUTIVE, List.of("SCS2", "scs4")), graded));
        // The tier itself may keep its own grades.
        assertEquals(List.of("SCS4"), TierEdits.setGrades(SENIOR, List.of("SCS4")).apply(graded)
                .tier(SENIOR).orElseThrow().grades());
    }
}
