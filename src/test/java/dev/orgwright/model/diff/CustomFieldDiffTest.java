package dev.orgwright.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes of the chart's own fields and of their values; a private value is compared without it. */
class CustomFieldDiffTest {

    private static final PositionId CFO = PositionId.of("cfo");
    private static final FieldDefinition EMAIL = FieldDefinition.of("email", "E-mail", FieldType.TEXT, true);
    private static final FieldDefinition OFFICE =
            new FieldDefinition("office", "Office", FieldType.CHOICE, false, List.of("Leeds", "Lisbon"));

    private static Chart base() {
        try {
            return Chart.builder()
                    .fields(List.of(EMAIL, OFFICE))
                    .add(Position.of("ceo", "CEO", null))
                    .add(Position.of("cfo", "CFO", null).withReportsTo(PositionId.of("ceo"))
                            .withFieldValues(FieldValues.NONE.with("email", "old.cfo@acme.example").with("office", "Leeds")))
                    .build();
        } catch (InvalidChartException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Change> changes(Edit... edits) {
        Chart old = base();
        Chart proposal = Edits.sequence("proposal", List.of(edits)).apply(old);
        ChartDiff diff = ChartDiff.compare(old, proposal);
        Chart replayed = old;
        for (Change c : diff.changes()) {
            replayed = c.applyTo(replayed);
        }
        assertEquals(proposal, replayed, "the changes turn the old chart into the new one");
        return diff.changes();
    }

    private static Change only(List<Change> changes) {
        assertEquals(1, changes.size(), changes.toString());
        return changes.get(0);
    }

    @Test
    void aPublicValueChangeSaysFromWhatToWhat() {
        Change c = only(changes(CustomFieldEdits.setValue(CFO, "office", "Lisbon")));
        assertEquals(ChangeKind.FIELD_VALUE_CHANGED, c.kind());
        assertEquals("Leeds", c.before());
        assertEquals("Lisbon", c.after());
        assertEquals("The field 'Office' of 'CFO' is now 'Lisbon' (was 'Leeds').", c.description());
        assertFalse(c.kind().privateValues());
    }

    @Test
    void aPrivateValueChangeIsListedWithoutTheValues() {
        Change c = only(changes(CustomFieldEdits.setValue(CFO, "email", "new.cfo@acme.example")));
        assertEquals(ChangeKind.PRIVATE_FIELD_VALUE_CHANGED, c.kind());
        assertTrue(c.kind().privateValues());
        assertEquals("", c.before());
        assertEquals("", c.after());
        assertEquals("The field 'E-mail' of 'CFO' changed.", c.description());
        assertFalse(c.description().contains("acme"), c.description());
        assertFalse(c.edit().label(base()).contains("acme"));
    }

    @Test
    void aPrivateValueChangeShowsTheValuesOnlyWhenAskedFor() {
        Change c = only(changes(CustomFieldEdits.setValue(CFO, "email", "new.cfo@acme.example")));
        assertTrue(c.hidesPrivateValues());
        Change shown = c.withPrivateValues();
        assertEquals(ChangeKind.PRIVATE_FIELD_VALUE_CHANGED, shown.kind());
        assertEquals("new.cfo@acme.example", shown.after());
        assertEquals("The field 'E-mail' of 'CFO' is now 'new.cfo@acme.example' (was '" + shown.before() + "').",
                shown.description());
        assertFalse(shown.before().isEmpty());
        assertEquals(c.edit(), shown.edit());
        Change plain = only(changes(CustomFieldEdits.setValue(CFO, "office", "Lisbon")));
        assertFalse(plain.hidesPrivateValues());
        assertEquals(plain, plain.withPrivateValues());
    }

    @Test
    void aPrivateValueThatComesOrGoesSaysOnlyThat() {
        assertEquals("The field 'E-mail' of 'CFO' no longer has a value.",
                only(changes(CustomFieldEdits.clearValue(CFO, "email"))).description());
        assertEquals("The field 'E-mail' of 'CEO' now has a value.",
                only(changes(CustomFieldEdits.setValue(PositionId.of("ceo"), "email", "ceo@acme.example"))).description());
    }

    @Test
    void definitionsThatChangeAreOneChangeOfTheChartBeforeTheValues() {
        List<Change> all = changes(
                CustomFieldEdits.define(FieldDefinition.of("grade", "Grade", FieldType.NUMBER, false)),
                CustomFieldEdits.setValue(CFO, "grade", new BigDecimal("7")),
                CustomFieldEdits.rename("office", "Location"),
                CustomFieldEdits.remove("email"));
        assertEquals(ChangeKind.FIELDS_CHANGED, all.get(0).kind());
        assertEquals("The chart's fields changed: renamed 'Office' to 'Location'; added 'Grade'; removed 'E-mail'.",
                all.get(0).description());
        assertEquals(2, all.size(), all.toString());
        assertEquals("The field 'Grade' of 'CFO' is now '7' (was empty).", all.get(1).description());
    }

    @Test
    void anAddedPositionWithValuesOfANewFieldReplaysInOrder() {
        changes(CustomFieldEdits.define(FieldDefinition.of("grade", "Grade", FieldType.NUMBER, false)),
                Edits.add(Position.of("cto", "CTO", null).withReportsTo(PositionId.of("ceo"))
                        .withFieldValues(FieldValues.NONE.with("grade", new BigDecimal("9"))), -1));
    }
}
