package dev.orgwright.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import dev.orgwright.ui.panels.InspectorModel.Field;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inspector's values and what its input turns into, without a window. */
class InspectorModelTest {

    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId COO = PositionId.of("coo");
    private static final PositionId HEAD_OF_IT = PositionId.of("head-it");

    private Chart chart = SampleCharts.leadershipTeam();
    private final InspectorModel inspector = new InspectorModel();

    private void select(PositionId id) {
        inspector.show(chart, Optional.ofNullable(id));
    }

    /** Applies the edit the input made, as the window would, and shows the chart after it. */
    private void apply(Optional<Edit> edit) {
        chart = edit.orElseThrow(() -> new AssertionError("the input made no edit")).apply(chart);
        inspector.show(chart, inspector.shown());
    }

    @Test
    void withNothingSelectedTheFieldsAreEmptyAndInputMakesNoEdit() {
        select(null);
        assertEquals(InspectorModel.NOTHING_SELECTED, inspector.heading());
        assertTrue(inspector.shown().isEmpty());
        assertEquals("", inspector.value(Field.TITLE));
        assertNull(inspector.tierChoice());
        assertEquals(List.of(), inspector.duties());
        assertEquals("", inspector.dottedLines());
        assertTrue(inspector.commit(Field.HOLDER, "Someone").isEmpty());
        assertTrue(inspector.addDuty().isEmpty());
        assertTrue(inspector.chooseTier("Senior Management").isEmpty());
    }

    @Test
    void aHolderWhoIsNotDisclosedIsShownAsSuchAndCanBeNamedOrMadeVacant() {
        select(CFO);
        assertFalse(inspector.isHolderUndisclosed());
        assertEquals("", inspector.holderPrompt());
        apply(inspector.setHolderUndisclosed(true));
        assertTrue(chart.position(CFO).isHolderUndisclosed());
        assertTrue(inspector.isHolderUndisclosed());
        assertEquals("", inspector.value(Field.HOLDER), "never a name");
        assertEquals("Not disclosed", inspector.holderPrompt());
        assertTrue(inspector.setHolderUndisclosed(true).isEmpty());
        assertTrue(inspector.commit(Field.HOLDER, "").isEmpty(), "leaving the empty field keeps the state");
        apply(inspector.commit(Field.HOLDER, "Omar Haddad"));
        assertFalse(chart.position(CFO).isHolderUndisclosed());
        apply(inspector.setHolderUndisclosed(true));
        apply(inspector.setHolderUndisclosed(false));
        assertTrue(chart.position(CFO).isVacant());
        assertEquals("Vacant", inspector.holderPrompt());
    }

    @Test
    void theSelectedPositionsFieldsAreShown() {
        select(CFO);
        assertEquals("Chief Financial Officer", inspector.heading());
        assertEquals("Chief Financial Officer", inspector.value(Field.TITLE));
        assertEquals("Hannah Mercer", inspector.value(Field.HOLDER));
        assertEquals("Finance", inspector.value(Field.DEPARTMENT));
        assertEquals(List.of(InspectorModel.NO_TIER, "Senior Management", "Executive Management"), inspector.tierChoices());
        assertEquals("Senior Management", inspector.tierChoice());
        assertFalse(inspector.isAssistant());
        assertEquals(chart.position(CFO).duties(), inspector.duties());
        assertEquals(InspectorModel.NO_DOTTED_LINES, inspector.dottedLines());
    }

    @Test
    void showingAnotherPositionIsToldApartFromShowingAnEditOfTheSameOne() {
        assertTrue(inspector.show(chart, Optional.of(CFO)), "another position: fields being typed in are overwritten");
        apply(inspector.commit(Field.HOLDER, "Ines Duarte"));
        assertFalse(inspector.show(chart, Optional.of(CFO)), "the same position after an edit");
        assertTrue(inspector.show(chart, Optional.of(COO)));
        assertTrue(inspector.show(chart, Optional.empty()));
        assertFalse(inspector.show(chart, Optional.of(PositionId.of("gone"))), "a selection not in the chart shows nothing");
        assertTrue(inspector.shown().isEmpty());
    }

    @Test
    void aCommittedTextBecomesOneEditOfThatField() {
        select(CFO);
        Optional<Edit> rename = inspector.commit(Field.TITLE, "  Finance Director ");
        assertEquals("Rename 'Chief Financial Officer' to 'Finance Director'", rename.orElseThrow().label(chart));
        apply(rename);
        assertEquals("Finance Director", chart.position(CFO).title(), "the text is committed without its outer spaces");
        assertEquals("Finance Director", inspector.heading());

        apply(inspector.commit(Field.HOLDER, ""));
        assertTrue(chart.position(CFO).isVacant(), "an empty holder makes a vacancy");
        apply(inspector.commit(Field.DEPARTMENT, "Finance and Legal"));
        assertEquals("Finance and Legal", chart.position(CFO).department());
        apply(inspector.commit(Field.NOTES, "Hiring in Q3"));
        assertEquals("Hiring in Q3", chart.position(CFO).notes());
    }

    @Test
    void aBlankTitleIsRefusedAndAnUnchangedTextMakesNoEdit() {
        select(CFO);
        assertFalse(InspectorModel.accepts(Field.TITLE, "   "));
        assertTrue(InspectorModel.accepts(Field.HOLDER, ""), "an empty holder is a vacancy, not an error");
        assertTrue(inspector.commit(Field.TITLE, "   ").isEmpty());
        assertTrue(inspector.commit(Field.TITLE, "Chief Financial Officer ").isEmpty(), "unchanged: no undo step");
        assertTrue(inspector.commit(Field.HOLDER, null).isPresent(), "a cleared field empties the holder");
    }

    @Test
    void choosingATierPutsThePositionInItOrInNone() {
        select(CFO);
        apply(inspector.chooseTier("Executive Management"));
        assertEquals("executive", chart.position(CFO).tierId());
        assertEquals("Executive Management", inspector.tierChoice());
        apply(inspector.chooseTier(InspectorModel.NO_TIER));
        assertNull(chart.position(CFO).tierId());
        assertEquals(InspectorModel.NO_TIER, inspector.tierChoice());
        assertTrue(inspector.chooseTier(InspectorModel.NO_TIER).isEmpty(), "already in no tier");
        assertTrue(inspector.chooseTier("Board").isEmpty(), "not a tier of the chart");
        assertTrue(inspector.chooseTier(null).isEmpty());
    }

    @Test
    void theAssistantBoxMakesOrStopsMakingAnAssistant() {
        select(CFO);
        assertTrue(inspector.setAssistant(false).isEmpty(), "not an assistant already");
        apply(inspector.setAssistant(true));
        assertTrue(chart.position(CFO).assistant());
        assertTrue(inspector.isAssistant());
    }

    @Test
    void dutiesAreAddedRemovedAndMovedOneEditEach() {
        select(CFO);
        List<Duty> before = chart.position(CFO).duties();
        apply(inspector.addDuty());
        assertEquals(before.size() + 1, inspector.duties().size());
        assertEquals("New duty", inspector.duties().get(before.size()).text(), "a new duty goes last");

        apply(inspector.moveDuty(0, 1));
        assertEquals(before.get(1), inspector.duties().get(0));
        assertEquals(before.get(0), inspector.duties().get(1));
        assertTrue(inspector.moveDuty(0, -1).isEmpty(), "the first duty cannot move up");
        assertTrue(inspector.moveDuty(inspector.duties().size() - 1, 1).isEmpty(), "the last cannot move down");

        apply(inspector.removeDuty(inspector.duties().size() - 1));
        assertEquals(List.of(before.get(1), before.get(0)), inspector.duties().subList(0, 2));
        assertEquals(before.size(), inspector.duties().size());
        assertTrue(inspector.removeDuty(-1).isEmpty(), "no duty selected");
        assertTrue(inspector.removeDuty(before.size()).isEmpty());
    }

    @Test
    void aDutyEditedInPlaceKeepsItsLinkWhateverTheRowShowedAfterItsText() {
        select(CFO);
        Duty linked = inspector.duties().get(0);
        assertEquals("budgets", linked.responsibilityId());
        String row = inspector.dutyLabel(linked);
        String link = " — R: Review the budgets and keep the company's spending in check";
        assertEquals(linked.text() + link, row);

        apply(inspector.editDuty(0, "Approves every function's budget" + link));
        assertEquals(Duty.linked("Approves every function's budget", "budgets"), inspector.duties().get(0));
        assertTrue(inspector.editDuty(0, "   ").isEmpty(), "a blank duty changes nothing: removing is its own button");
        assertTrue(inspector.editDuty(0, inspector.dutyLabel(inspector.duties().get(0))).isEmpty(), "unchanged");
        apply(inspector.editDuty(0, "Sets the budget — with the board"));
        assertEquals(Duty.linked("Sets the budget — with the board", "budgets"), inspector.duties().get(0),
                "a dash of the duty's own words stays");
    }

    @Test
    void aLinkedDutysRoleIsShownAndChangedAsOneEditKeepingTextAndLink() {
        select(CFO);
        Duty linked = inspector.duties().get(0);
        assertEquals(List.of("R — Responsible", "A — Accountable", "C — Consulted", "I — Informed"),
                InspectorModel.roleChoices());
        assertEquals("R — Responsible", inspector.roleChoice(0));

        Edit edit = inspector.setDutyRole(0, "A — Accountable").orElseThrow();
        assertEquals("Make 'Chief Financial Officer' accountable for 'Review the budgets and keep the company's spending"
                + " in check'", edit.label(chart));
        apply(Optional.of(edit));
        assertEquals(Duty.linked(linked.text(), "budgets", RaciRole.ACCOUNTABLE), inspector.duties().get(0));
        assertEquals("A — Accountable", inspector.roleChoice(0));
        assertTrue(inspector.dutyLabel(inspector.duties().get(0)).endsWith(" — A: Review the budgets and keep the"
                + " company's spending in check"), inspector.dutyLabel(inspector.duties().get(0)));
        assertTrue(inspector.setDutyRole(0, "A").isEmpty(), "the role it has already");
        apply(inspector.setDutyRole(0, "c"));
        assertEquals(RaciRole.CONSULTED, inspector.duties().get(0).role(), "a letter is enough");
        assertTrue(inspector.setDutyRole(0, "Z — Zealous").isEmpty(), "no such role");

        select(HEAD_OF_IT);
        assertNull(inspector.roleChoice(0), "a free duty has no role");
        assertTrue(inspector.setDutyRole(0, "A — Accountable").isEmpty(), "a free duty cannot take a role");
        assertTrue(inspector.setDutyRole(99, "A — Accountable").isEmpty());
    }

    @Test
    void aDutyIsLinkedToAResponsibilityOfTheCatalogByChoiceOrById() {
        select(HEAD_OF_IT);
        assertEquals(Duty.of("Keeps laptops, accounts and the office network working"), inspector.duties().get(0));
        assertEquals(InspectorModel.NO_LINK, inspector.linkChoice(0));
        List<String> choices = inspector.linkChoices();
        assertEquals(InspectorModel.NO_LINK, choices.get(0));
        String operations = choices.stream().filter(c -> c.startsWith("operations — ")).findFirst().orElseThrow();

        apply(inspector.linkDuty(0, operations));
        assertEquals("operations", inspector.duties().get(0).responsibilityId());
        assertEquals(operations, inspector.linkChoice(0));

        apply(inspector.linkDuty(0, " delivery "));
        assertEquals("delivery", inspector.duties().get(0).responsibilityId(), "typing the id is enough");

        assertTrue(inspector.linkDuty(0, "catering").isEmpty(), "not in the catalog: refused");
        assertTrue(inspector.linkDuty(0, "delivery").isEmpty(), "linked there already");
        apply(inspector.linkDuty(0, InspectorModel.NO_LINK));
        assertNull(inspector.duties().get(0).responsibilityId());
        assertNull(inspector.linkChoice(-1), "no duty selected: no link shown");
    }

    @Test
    void typedLettersSuggestTheResponsibilitiesContainingThem() {
        select(HEAD_OF_IT);
        assertEquals(List.of(), inspector.linkSuggestions("  "));
        List<String> budgets = inspector.linkSuggestions("BUDG");
        assertEquals(1, budgets.size(), budgets.toString());
        assertTrue(budgets.get(0).startsWith("budgets — "));
    }

    @Test
    void dottedLinesAreNamedByTheirManagersTitles() {
        chart = Edits.addDottedLine(CFO, COO).apply(chart);
        select(CFO);
        assertEquals("Chief Operating Officer", inspector.dottedLines());
    }
}
