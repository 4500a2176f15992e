package dev.orgwright.model.diff;

import static dev.orgwright.model.diff.ChartDiffPropertiesTest.assertSameChart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Hand-built pairs of charts, one for each kind of change, with what the comparison must say. */
class ChartDiffTest {

    private static final String SENIOR = Templates.SENIOR;
    private static final String EXECUTIVE = Templates.EXECUTIVE;

    /**
     * ceo: CEO (Ada)
     * ├── cfo: CFO (Ben)          duties: Own the budget
     * │   └── fin: Head of Finance
     * ├── cto: CTO (Cy)           duties: Set the technology strategy, Hire engineers
     * │   ├── eng: Head of Engineering
     * │   └── it: Head of IT      - - dotted line to cfo
     * └── coo: COO (Dee)
     *     └── ops: Head of Operations
     */
    private static List<Position> current() {
        return List.of(
                p("ceo", "CEO", "Ada", SENIOR, null),
                p("cfo", "CFO", "Ben", SENIOR, "ceo").withDuties(List.of(Duty.of("Own the budget"))),
                p("fin", "Head of Finance", "", EXECUTIVE, "cfo"),
                p("cto", "CTO", "Cy", SENIOR, "ceo").withDuties(List.of(Duty.of("Set the technology strategy"),
                        Duty.of("Hire engineers"))),
                p("eng", "Head of Engineering", "", EXECUTIVE, "cto"),
                p("it", "Head of IT", "", EXECUTIVE, "cto").withDottedLines(List.of(id("cfo"))),
                p("coo", "COO", "Dee", SENIOR, "ceo"),
                p("ops", "Head of Operations", "", EXECUTIVE, "coo"));
    }

    private static Position p(String id, String title, String holder, String tier, String manager) {
        return new Position(id(id), title, holder, tier, List.of(), manager == null ? null : id(manager), List.of(),
                "", "", false, null);
    }

    private static PositionId id(String value) {
        return PositionId.of(value);
    }

    private static Chart chart(List<Position> positions) {
        try {
            return Chart.builder().title("Acme").tiers(Templates.leadershipTeam()).addAll(positions).build();
        } catch (InvalidChartException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    /** The current chart with some positions replaced (by id), dropped (mapped to null) or added. */
    private static Chart proposed(UnaryOperator<Position> change, Position... added) {
        List<Position> out = new ArrayList<>();
        for (Position p : current()) {
            Position q = change.apply(p);
            if (q != null) {
                out.add(q);
            }
        }
        out.addAll(List.of(added));
        return chart(out);
    }

    private static ChartDiff diffTo(Chart proposed) {
        Chart old = chart(current());
        ChartDiff diff = ChartDiff.compare(old, proposed);
        assertSameChart(proposed, diff.applyTo(old));
        return diff;
    }

    private static List<String> described(ChartDiff diff) {
        return diff.changes().stream().map(c -> c.kind() + ": " + c.description()).toList();
    }

    @Test
    void equalChartsHaveNoChanges() {
        ChartDiff diff = ChartDiff.compare(chart(current()), chart(current()));
        assertTrue(diff.isEmpty());
        assertTrue(diff.suggestedMatches().isEmpty());
    }

    @Test
    void aNewPositionAndOneBelowItAreAddedInTreeOrder() {
        ChartDiff diff = diffTo(proposed(p -> p, p("cpo", "CPO", "", SENIOR, "ceo"),
                p("design", "Head of Design", "Eve", EXECUTIVE, "cpo")));
        assertEquals(List.of("ADDED: 'CPO' added under 'CEO'.", "ADDED: 'Head of Design' added under 'CPO'."),
                described(diff));
    }

    @Test
    void aRemovedManagerWhoseTeamMovesElsewhereIsRemovedAfterTheMove() {
        ChartDiff diff = diffTo(proposed(p -> p.id().equals(id("coo")) ? null
                : p.id().equals(id("ops")) ? p.withReportsTo(id("ceo")) : p));
        assertEquals(List.of("MOVED: 'Head of Operations' moved from under 'COO' to under 'CEO'.",
                "REMOVED: 'COO' removed (it was under 'CEO')."), described(diff));
    }

    @Test
    void aRemovedTeamIsRemovedDeepestFirst() {
        ChartDiff diff = diffTo(proposed(p -> p.id().equals(id("cfo")) || p.id().equals(id("fin")) ? null
                : p.id().equals(id("it")) ? p.withDottedLines(List.of()) : p));
        assertEquals(List.of("DOTTED_LINE_REMOVED: The dotted line from 'Head of IT' to 'CFO' removed.",
                "REMOVED: 'Head of Finance' removed (it was under 'CFO').",
                "REMOVED: 'CFO' removed (it was under 'CEO')."), described(diff));
    }

    @Test
    void aManagerAndReportSwappingPlacesDoNotMakeACircleOnTheWay() {
        // cto moves under eng, eng takes cto's place under the CEO.
        ChartDiff diff = diffTo(proposed(p -> switch (p.id().value()) {
            case "cto" -> p.withReportsTo(id("eng"));
            case "eng" -> p.withReportsTo(id("ceo"));
            default -> p;
        }));
        assertEquals(List.of("MOVED: 'Head of Engineering' moved from under 'CTO' to under 'CEO'.",
                "MOVED: 'CTO' moved from under 'CEO' to under 'Head of Engineering'."), described(diff));
    }

    @Test
    void aSiblingPutFirstIsOneReorderNotThree() {
        Chart old = chart(current());
        List<Position> positions = new ArrayList<>(current());
        Position coo = positions.remove(6);
        Position ops = positions.remove(6);
        positions.add(1, coo);
        positions.add(2, ops);
        ChartDiff diff = ChartDiff.compare(old, chart(positions));
        assertSameChart(chart(positions), diff.applyTo(old));
        assertEquals(List.of("REORDERED: 'COO' moved from place 3 to place 1 among the positions under 'CEO'."),
                described(diff));
    }

    @Test
    void fieldsOfAPositionAreEachOneChange() {
        ChartDiff diff = diffTo(proposed(p -> !p.id().equals(id("cfo")) ? p
                : p.withTitle("Chief Financial Officer").withHolder("").withTier(EXECUTIVE)
                        .withDepartment("Finance").withNotes("Hire in Q3").withAssistant(true)));
        assertEquals(List.of(
                "RETITLED: 'CFO' retitled 'Chief Financial Officer'.",
                "HOLDER_CHANGED: 'Chief Financial Officer' is now vacant (was held by Ben).",
                "TIER_CHANGED: 'Chief Financial Officer' moved from Senior Management to Executive Management.",
                "DEPARTMENT_CHANGED: 'Chief Financial Officer' is now in the department 'Finance' (was none).",
                "NOTES_CHANGED: The notes of 'Chief Financial Officer' changed.",
                "ASSISTANT_CHANGED: 'Chief Financial Officer' is now an assistant to its manager."), described(diff));
        Change holder = diff.changes().get(1);
        assertEquals("Ben", holder.before());
        assertEquals("", holder.after());
    }

    @Test
    void aDutyHandedToAnotherPositionIsAMoveAndOthersAreAddedOrRemoved() {
        ChartDiff diff = diffTo(proposed(p -> switch (p.id().value()) {
            case "cto" -> p.withDuties(List.of(Duty.of("Hire engineers"), Duty.of("Run the platform")));
            case "ceo" -> p.withDuties(List.of(Duty.of("Set the technology strategy")));
            case "cfo" -> p.withDuties(List.of());
            default -> p;
        }));
        assertEquals(List.of(
                "DUTY_REMOVED: Duty 'Own the budget' removed from 'CFO'.",
                "DUTY_MOVED: Duty 'Set the technology strategy' moved from 'CTO' to 'CEO'.",
                "DUTY_ADDED: Duty 'Run the platform' added to 'CTO'."), described(diff));
        Change moved = diff.changes().get(1);
        assertEquals(id("ceo"), moved.position().orElseThrow());
        assertEquals(id("cto"), moved.related().orElseThrow());
    }

    @Test
    void dutiesInAnotherOrderAreOneChange() {
        ChartDiff diff = diffTo(proposed(p -> !p.id().equals(id("cto")) ? p
                : p.withDuties(List.of(Duty.of("Hire engineers"), Duty.of("Set the technology strategy")))));
        assertEquals(List.of("DUTIES_REORDERED: The duties of 'CTO' are in another order."), described(diff));
    }

    @Test
    void dottedLinesAddedAndRemoved() {
        ChartDiff diff = diffTo(proposed(p -> switch (p.id().value()) {
            case "it" -> p.withDottedLines(List.of(id("coo")));
            case "ops" -> p.withDottedLines(List.of(id("cfo")));
            default -> p;
        }));
        assertEquals(List.of(
                "DOTTED_LINE_REMOVED: The dotted line from 'Head of IT' to 'CFO' removed.",
                "DOTTED_LINE_ADDED: A dotted line from 'Head of IT' to 'COO' added.",
                "DOTTED_LINE_ADDED: A dotted line from 'Head of Operations' to 'CFO' added."), described(diff));
    }

    @Test
    void aReKeyedPositionIsSuggestedByTitleAndHolderAndOnceConfirmedIsOnlyANewId() {
        Chart old = chart(current());
        Chart rekeyed = proposed(p -> p.id().equals(id("cfo")) ? null
                : p.id().equals(id("fin")) ? p.withReportsTo(id("finance-chief"))
                : p.id().equals(id("it")) ? p.withDottedLines(List.of(id("finance-chief"))) : p,
                new Position(id("finance-chief"), "cfo ", "Ben", SENIOR, List.of(Duty.of("Own the budget")), id("ceo"),
                        List.of(), "", "", false, null));
        ChartDiff byId = ChartDiff.compare(old, rekeyed);
        assertEquals(List.of(new SuggestedMatch(id("cfo"), id("finance-chief"), "cfo ", "Ben")),
                byId.suggestedMatches());
        assertTrue(byId.counts().containsKey(ChangeKind.REMOVED));

        ChartDiff confirmed = ChartDiff.compare(old, rekeyed, Map.of(id("cfo"), id("finance-chief")));
        assertSameChart(rekeyed, confirmed.applyTo(old));
        assertEquals(List.of(
                "REIDENTIFIED: 'CFO' has the id 'finance-chief' (was 'cfo').",
                "REORDERED: 'cfo' moved from place 1 to place 3 among the positions under 'CEO'.",
                "RETITLED: 'CFO' retitled 'cfo'."), described(confirmed));
        assertTrue(confirmed.suggestedMatches().isEmpty());
        assertEquals(id("finance-chief"), confirmed.newIdOf(id("cfo")));
    }

    @Test
    void aMatchThatDoesNotFitIsRefusedWithTheReason() {
        Chart old = chart(current());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartDiff.compare(old, old, Map.of(id("cfo"), id("cto"))));
        assertEquals("'cfo' is in both charts, so it is already matched by its id.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ChartDiff.compare(old, old, Map.of(id("nobody"), id("cto"))));
        assertEquals("The old chart has no position with id 'nobody' to match.", e.getMessage());
    }

    @Test
    void chartTitleAndTiersChangeBeforeThePositionsAndARemovedTierGoesLast() {
        Chart old = chart(current());
        Chart renamed = dev.orgwright.model.TierEdits.rename(EXECUTIVE, "Heads").apply(
                dev.orgwright.model.Edits.setChartTitle("Acme 2027").apply(old));
        ChartDiff diff = ChartDiff.compare(old, renamed);
        assertSameChart(renamed, diff.applyTo(old));
        assertEquals(List.of("CHART_RETITLED: The chart is now called 'Acme 2027' (was 'Acme').",
                "TIERS_CHANGED: Tiers: 'Executive Management' renamed 'Heads'."), described(diff));
    }
}
