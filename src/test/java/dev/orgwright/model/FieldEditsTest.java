package dev.orgwright.model;

import static dev.orgwright.model.ChartFixtures.assertUnchangedLeadershipTeam;
import static dev.orgwright.model.ChartFixtures.id;
import static dev.orgwright.model.ChartFixtures.ids;
import static dev.orgwright.model.ChartFixtures.leadershipTeam;
import static dev.orgwright.model.ChartFixtures.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The edits of {@link Edits} that change a position's fields, duties and dotted lines, or the chart's. */
class FieldEditsTest {

    private final Chart acme = leadershipTeam();
    private final PositionId cfo = id("cfo");
    private final PositionId ops = id("ops");

    // ---- fields ----

    @Test
    void setTitleRenamesAndKeepsThePlace() {
        Edit edit = Edits.setTitle(cfo, "Chief Financial Officer");

        Chart after = edit.apply(acme);

        assertEquals("Rename 'CFO' to 'Chief Financial Officer'", edit.label(acme));
        assertEquals("Chief Financial Officer", after.position(cfo).title());
        assertEquals(acme.childrenOf(id("ceo")), after.childrenOf(id("ceo")));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void setTitleRefusesABlankTitle() {
        assertEquals("Position 'cfo' needs a title.", refusal(Edits.setTitle(cfo, "  "), acme));
    }

    @Test
    void setHolderFillsOrVacatesAPosition() {
        Edit fill = Edits.setHolder(cfo, "Dana Ruiz");
        Chart filled = fill.apply(acme);
        assertEquals("Set the holder of 'CFO' to 'Dana Ruiz'", fill.label(acme));
        assertEquals("Dana Ruiz", filled.position(cfo).holder());
        assertFalse(filled.position(cfo).isVacant());

        Edit vacate = Edits.setHolder(cfo, "");
        assertEquals("Mark 'CFO' vacant", vacate.label(filled));
        assertEquals("Mark 'CFO' vacant", Edits.setHolder(cfo, null).label(filled));
        assertTrue(vacate.apply(filled).position(cfo).isVacant());
        assertTrue(acme.position(cfo).isVacant());
    }

    @Test
    void setTierPutsAPositionInATierOrClearsIt() {
        Edit put = Edits.setTier(id("board"), Templates.SENIOR);
        assertEquals("Put 'Board Observer' in Senior Management", put.label(acme));
        assertEquals(Templates.SENIOR, put.apply(acme).position(id("board")).tierId());

        Edit clear = Edits.setTier(cfo, null);
        assertEquals("Clear the tier of 'CFO'", clear.label(acme));
        assertNull(clear.apply(acme).position(cfo).tierId());
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void setTierRefusesATierTheChartDoesNotHave() {
        assertEquals("The chart has no tier with id 'board'.", refusal(Edits.setTier(cfo, "board"), acme));
    }

    @Test
    void setDepartmentNotesAndAssistant() {
        Edit department = Edits.setDepartment(ops, "Operations");
        Edit notes = Edits.setNotes(ops, "Hiring in Q3");
        Edit assistant = Edits.setAssistant(ops, true);

        Chart after = Edits.sequence("all", List.of(department, notes, assistant)).apply(acme);

        assertEquals("Set the department of 'Head of Operations'", department.label(acme));
        assertEquals("Edit the notes of 'Head of Operations'", notes.label(acme));
        assertEquals("Make 'Head of Operations' an assistant", assistant.label(acme));
        assertEquals("Stop making 'Head of Operations' an assistant", Edits.setAssistant(ops, false).label(after));
        Position p = after.position(ops);
        assertEquals("Operations", p.department());
        assertEquals("Hiring in Q3", p.notes());
        assertTrue(p.assistant());
        assertFalse(Edits.setAssistant(ops, false).apply(after).position(ops).assistant());
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void fieldEditsRefuseAPositionThatIsNotThere() {
        String gone = "The chart has no position with id 'cmo'; it may have been removed.";
        assertEquals(gone, refusal(Edits.setTitle(id("cmo"), "CMO"), acme));
        assertEquals(gone, refusal(Edits.setHolder(id("cmo"), "Kim"), acme));
        assertEquals(gone, refusal(Edits.setTier(id("cmo"), null), acme));
        assertEquals(gone, refusal(Edits.addDuty(id("cmo"), Duty.of("Brand"), -1), acme));
    }

    // ---- duties ----

    @Test
    void addDutyAtAPlaceOrLast() {
        Edit first = Edits.addDuty(ops, Duty.of("Own the shift plan"), 0);
        Edit last = Edits.addDuty(ops, Duty.linked("Weekly stand-up", "team-communication"), -1);

        assertEquals("Add a duty to 'Head of Operations'", first.label(acme));
        assertEquals(List.of("Own the shift plan", "Run daily operations", "Hit the quarterly targets"),
                texts(first.apply(acme), ops));
        Chart after = last.apply(acme);
        assertEquals(List.of("Run daily operations", "Hit the quarterly targets", "Weekly stand-up"),
                texts(after, ops));
        assertEquals("team-communication", after.position(ops).duties().get(2).responsibilityId());
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void removeDutyTakesTheOneAtTheIndex() {
        Edit edit = Edits.removeDuty(ops, 0);

        assertEquals("Remove a duty of 'Head of Operations'", edit.label(acme));
        assertEquals(List.of("Hit the quarterly targets"), texts(edit.apply(acme), ops));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void replaceDutyChangesTextAndLink() {
        Edit edit = Edits.replaceDuty(ops, 1, Duty.linked("Meet the delivery deadlines", "delivery"));

        Chart after = edit.apply(acme);

        assertEquals("Edit a duty of 'Head of Operations'", edit.label(acme));
        assertEquals(List.of(Duty.linked("Run daily operations", "operations"),
                Duty.linked("Meet the delivery deadlines", "delivery")), after.position(ops).duties());
    }

    @Test
    void moveDutyReorders() {
        Edit edit = Edits.moveDuty(ops, 0, 1);

        assertEquals("Reorder the duties of 'Head of Operations'", edit.label(acme));
        assertEquals(List.of("Hit the quarterly targets", "Run daily operations"), texts(edit.apply(acme), ops));
    }

    @Test
    void dutyEditsRefuseAnIndexOutOfRange() {
        String message = "'Head of Operations' has 2 duties; there is no duty number 3.";
        assertEquals(message, refusal(Edits.removeDuty(ops, 2), acme));
        assertEquals(message, refusal(Edits.replaceDuty(ops, 2, Duty.of("x")), acme));
        assertEquals(message, refusal(Edits.moveDuty(ops, 0, 2), acme));
        assertEquals("'Head of Operations' has 2 duties; there is no duty number 0.",
                refusal(Edits.removeDuty(ops, -1), acme));
        assertEquals("'CFO' has 0 duties; there is no duty number 1.", refusal(Edits.removeDuty(cfo, 0), acme));
        assertUnchangedLeadershipTeam(acme);
    }

    // ---- dotted lines ----

    @Test
    void addDottedLineShowsUpOnBothEnds() {
        Edit edit = Edits.addDottedLine(id("eng"), cfo);

        Chart after = edit.apply(acme);

        assertEquals("Add a dotted line from 'Head of Engineering' to 'CFO'", edit.label(acme));
        assertEquals(ids("cfo"), after.position(id("eng")).dottedLines());
        assertEquals(Set.of(id("it"), id("eng")), after.dottedReportsOf(cfo));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void addDottedLineRefusesADuplicateItselfOrAnAbsentManager() {
        assertEquals("'Head of IT' already has a dotted line to 'CFO'.",
                refusal(Edits.addDottedLine(id("it"), cfo), acme));
        assertEquals("'CFO' cannot have a dotted line to itself.", refusal(Edits.addDottedLine(cfo, cfo), acme));
        assertEquals("The chart has no position with id 'cmo'; it may have been removed.",
                refusal(Edits.addDottedLine(cfo, id("cmo")), acme));
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void removeDottedLineShowsUpOnBothEnds() {
        Edit edit = Edits.removeDottedLine(id("it"), cfo);

        Chart after = edit.apply(acme);

        assertEquals("Remove the dotted line from 'Head of IT' to 'CFO'", edit.label(acme));
        assertEquals(List.of(), after.position(id("it")).dottedLines());
        assertEquals(Set.of(), after.dottedReportsOf(cfo));
        assertUnchangedLeadershipTeam(acme);
    }

    // ---- the chart ----

    @Test
    void setChartTitleAndSettings() {
        Edit title = Edits.setChartTitle("Acme 2026");
        Settings settings = Settings.NONE.with("rules.duty-tier.enabled", false);
        Edit change = Edits.setSettings(settings);

        assertEquals("Rename the chart to 'Acme 2026'", title.label(acme));
        assertEquals("Acme 2026", title.apply(acme).title());
        assertEquals("Change the chart's settings", change.label(acme));
        Chart after = change.apply(acme);
        assertEquals(settings, after.settings());
        assertFalse(after.settings().flag("rules.duty-tier.enabled", true));
        assertEquals(Map.of(), acme.settings().asMap());
        assertUnchangedLeadershipTeam(acme);
    }

    private static List<String> texts(Chart chart, PositionId id) {
        return chart.position(id).duties().stream().map(Duty::text).toList();
    }
}
