package dev.orgwright.model;

import static dev.orgwright.model.ChartFixtures.assertUnchangedLeadershipTeam;
import static dev.orgwright.model.ChartFixtures.id;
import static dev.orgwright.model.ChartFixtures.leadershipTeam;
import static dev.orgwright.model.ChartFixtures.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A chart's own fields and the positions' values of them: definitions, values and edits. */
class CustomFieldEditsTest {

    private static final FieldDefinition EMAIL = FieldDefinition.of("email", "E-mail", FieldType.TEXT, true);
    private static final FieldDefinition START = FieldDefinition.of("start", "Start date", FieldType.DATE, false);
    private static final FieldDefinition GRADE = FieldDefinition.of("grade", "Grade", FieldType.NUMBER, false);
    private static final FieldDefinition OFFICE =
            new FieldDefinition("office", "Office", FieldType.CHOICE, false, List.of("Leeds", "Lisbon"));

    private final Chart acme = leadershipTeam();
    private final PositionId cfo = id("cfo");

    private Chart withFields() {
        Chart c = acme;
        for (FieldDefinition f : List.of(EMAIL, START, GRADE, OFFICE)) {
            c = CustomFieldEdits.define(f).apply(c);
        }
        return c;
    }

    @Test
    void definingFieldsKeepsTheirOrderAndLeavesTheOldChartAsItWas() {
        Chart c = withFields();
        assertEquals(List.of(EMAIL, START, GRADE, OFFICE), c.fields());
        assertEquals("Add the field 'E-mail'", CustomFieldEdits.define(EMAIL).label(acme));
        assertTrue(acme.fields().isEmpty());
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void aFieldIdCanBeDefinedOnlyOnce() {
        assertEquals("There is already a field with id 'email' ('E-mail'); choose another id.",
                refusal(CustomFieldEdits.define(FieldDefinition.of("email", "Work e-mail", FieldType.TEXT, false)), withFields()));
    }

    @Test
    void aDefinitionIsCheckedWhenMade() {
        assertThrows(IllegalArgumentException.class, () -> FieldDefinition.of("e mail", "E-mail", FieldType.TEXT, false));
        assertThrows(IllegalArgumentException.class, () -> FieldDefinition.of("email", " ", FieldType.TEXT, false));
        assertThrows(IllegalArgumentException.class,
                () -> new FieldDefinition("office", "Office", FieldType.CHOICE, false, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new FieldDefinition("office", "Office", FieldType.TEXT, false, List.of("Leeds")));
        assertThrows(IllegalArgumentException.class,
                () -> new FieldDefinition("office", "Office", FieldType.CHOICE, false, List.of("Leeds", "Leeds")));
    }

    @Test
    void renamingKeepsTheValues() {
        Chart c = CustomFieldEdits.setValue(cfo, "start", "2021-09-01").apply(withFields());
        Edit rename = CustomFieldEdits.rename("start", "First day");
        assertEquals("Rename the field 'Start date' to 'First day'", rename.label(c));
        Chart renamed = rename.apply(c);
        assertEquals("First day", renamed.field("start").orElseThrow().name());
        assertEquals(Optional.of("2021-09-01"), renamed.position(cfo).fieldValues().get("start"));
        assertTrue(refusal(CustomFieldEdits.rename("start", ""), c).contains("needs a name"));
    }

    @Test
    void removingAFieldDropsEveryValueOfItAndTellsWhichPositionsChanged() {
        Chart c = withFields();
        c = CustomFieldEdits.setValue(cfo, "email", "cfo@acme.example").apply(c);
        c = CustomFieldEdits.setValue(id("ceo"), "email", "ceo@acme.example").apply(c);
        c = CustomFieldEdits.setValue(id("ceo"), "grade", new BigDecimal("12")).apply(c);
        Chart removed = CustomFieldEdits.remove("email").apply(c);

        assertTrue(removed.field("email").isEmpty());
        assertTrue(removed.position(cfo).fieldValues().isEmpty());
        assertEquals(Optional.of(new BigDecimal("12")), removed.position(id("ceo")).fieldValues().get("grade"));
        assertEquals(Set.of(cfo, id("ceo")), removed.changesSince(c).orElseThrow().positions());
        assertEquals("Remove the field 'E-mail'", CustomFieldEdits.remove("email").label(c));
    }

    @Test
    void valuesOfEachTypeAreSetAndCleared() {
        Chart c = withFields();
        c = CustomFieldEdits.setValue(cfo, "start", "2021-09-01").apply(c);
        c = CustomFieldEdits.setValue(cfo, "grade", new BigDecimal("10.50")).apply(c);
        c = CustomFieldEdits.setValue(cfo, "office", "Lisbon").apply(c);
        FieldValues values = c.position(cfo).fieldValues();
        assertEquals(Optional.of("2021-09-01"), values.get("start"));
        assertEquals(Optional.of(new BigDecimal("10.5")), values.get("grade"));
        assertEquals(Optional.of("Lisbon"), values.get("office"));

        Chart cleared = CustomFieldEdits.clearValue(cfo, "office").apply(c);
        assertTrue(cleared.position(cfo).fieldValues().get("office").isEmpty());
        assertTrue(CustomFieldEdits.setValue(cfo, "start", "").apply(c).position(cfo).fieldValues().get("start").isEmpty());
    }

    @Test
    void settingTheSameValueAgainChangesNothing() {
        Chart c = CustomFieldEdits.setValue(cfo, "grade", new BigDecimal("3")).apply(withFields());
        assertSame(c, CustomFieldEdits.setValue(cfo, "grade", new BigDecimal("3.00")).apply(c));
    }

    @Test
    void aValueOfTheWrongKindIsRefusedWithASentence() {
        Chart c = withFields();
        assertEquals("The field 'Grade' of 'CFO' must be a number, not \"ten\".",
                refusal(CustomFieldEdits.setValue(cfo, "grade", "ten"), c));
        assertEquals("The field 'Start date' of 'CFO' must be a date written yyyy-mm-dd,"
                + " such as 2025-03-01, not \"2021-02-29\".", refusal(CustomFieldEdits.setValue(cfo, "start", "2021-02-29"), c));
        assertEquals("The field 'Office' of 'CFO' must be one of \"Leeds\" or \"Lisbon\", not \"Paris\".",
                refusal(CustomFieldEdits.setValue(cfo, "office", "Paris"), c));
        assertEquals("The chart has no field with id 'phone'; it may have been removed.",
                refusal(CustomFieldEdits.setValue(cfo, "phone", "123"), c));
        assertTrue(refusal(CustomFieldEdits.setValue(cfo, "grade", new BigDecimal("1E+20")), c).contains("below"));
        assertTrue(refusal(CustomFieldEdits.setValue(cfo, "grade", new BigDecimal("0.1234567")), c).contains("6 decimals"));
    }

    @Test
    void theLabelOfAPrivateFieldNeverShowsTheValue() {
        Chart c = withFields();
        assertEquals("Set the field 'E-mail' of 'CFO'",
                CustomFieldEdits.setValue(cfo, "email", "cfo@acme.example").label(c));
        assertFalse(refusal(CustomFieldEdits.setValue(cfo, "email", new BigDecimal("42")), c).contains("42"));
        assertEquals("Set the field 'Office' of 'CFO' to Leeds",
                CustomFieldEdits.setValue(cfo, "office", "Leeds").label(c));
        assertEquals("Clear the field 'E-mail' of 'CFO'", CustomFieldEdits.clearValue(cfo, "email").label(c));
    }

    @Test
    void aPositionAddedWithValuesOfFieldsTheChartLacksIsRefused() {
        Position p = Position.of("cio", "Chief Information Officer", "senior")
                .withFieldValues(FieldValues.NONE.with("phone", "+44 113 496 0000"));
        assertTrue(refusal(Edits.add(p, -1), withFields()).contains("no field with id 'phone'"));
    }

    @Test
    void pasteKeepsValuesTheTargetChartHasAFieldForAndLeavesOutTheRest() {
        Chart source = CustomFieldEdits.setValue(cfo, "email", "cfo@acme.example").apply(withFields());
        source = CustomFieldEdits.setValue(cfo, "grade", new BigDecimal("9")).apply(source);
        Chart copy = Subtrees.copy(source, cfo);
        assertEquals(source.fields(), copy.fields());

        Chart target = CustomFieldEdits.define(GRADE).apply(acme);
        Chart pasted = Subtrees.paste(copy, null).apply(target);
        Position pastedCfo = pasted.position(id("cfo-2"));
        assertEquals(Optional.of(new BigDecimal("9")), pastedCfo.fieldValues().get("grade"));
        assertTrue(pastedCfo.fieldValues().get("email").isEmpty());
    }

    @Test
    void theBuilderRefusesValuesThatDoNotFitTheirFields() {
        Position p = Position.of("ceo", "CEO", null).withFieldValues(FieldValues.NONE.with("start", "tomorrow"));
        InvalidChartException e = assertThrows(InvalidChartException.class,
                () -> Chart.builder().fields(List.of(START)).add(p).build());
        assertEquals("The field 'Start date' of position 'ceo' ('CEO') must be a date written yyyy-mm-dd,"
                + " such as 2025-03-01, not \"tomorrow\".", e.problems().get(0).message());
    }
}
