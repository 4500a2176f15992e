package dev.orgwright.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.panels.ChartPropertiesForm.FieldRow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What Chart → Properties does to a chart, without a window. */
class ChartPropertiesFormTest {

    private static final PositionId CFO = PositionId.of("cfo");

    private static Chart sampleWithEmail() {
        Chart c = SampleCharts.leadershipTeam();
        c = CustomFieldEdits.define(FieldDefinition.of("email", "E-mail", FieldType.TEXT, true)).apply(c);
        return CustomFieldEdits.setValue(CFO, "email", "cfo@acme.example").apply(c);
    }

    @Test
    void anUntouchedDraftChangesNothing() {
        assertEquals(Optional.empty(), new ChartPropertiesForm(sampleWithEmail()).edit());
    }

    @Test
    void titleCurrencyAndANewFieldBecomeOneEdit() {
        Chart chart = sampleWithEmail();
        ChartPropertiesForm form = new ChartPropertiesForm(chart);
        form.titleProperty().set("  Acme 2027  ");
        form.currencyProperty().set("eur");
        FieldRow office = form.addField();
        office.nameProperty().set("Office location");
        office.typeProperty().set(FieldType.CHOICE);
        office.choicesProperty().set("Leeds, Lisbon, , Leeds");

        Chart after = form.edit().orElseThrow().apply(chart);

        assertEquals("Acme 2027", after.title());
        assertEquals(Optional.of("EUR"), after.settings().currency());
        assertEquals(List.of(FieldDefinition.of("email", "E-mail", FieldType.TEXT, true),
                new FieldDefinition("office-location", "Office location", FieldType.CHOICE, false,
                        List.of("Leeds", "Lisbon"))), after.fields());
        assertEquals(Optional.of("cfo@acme.example"), after.position(CFO).fieldValues().get("email"),
                "a kept field keeps its values");
    }

    @Test
    void renamingKeepsTheIdAndTheValuesAndRemovingDropsThem() {
        Chart chart = sampleWithEmail();
        ChartPropertiesForm form = new ChartPropertiesForm(chart);
        form.fields().get(0).nameProperty().set("Work e-mail");
        form.fields().get(0).privateProperty().set(false);
        Chart renamed = form.edit().orElseThrow().apply(chart);
        assertEquals(List.of(FieldDefinition.of("email", "Work e-mail", FieldType.TEXT, false)), renamed.fields());
        assertEquals(Optional.of("cfo@acme.example"), renamed.position(CFO).fieldValues().get("email"));

        ChartPropertiesForm removing = new ChartPropertiesForm(renamed);
        removing.removeField(removing.fields().get(0));
        Chart removed = removing.edit().orElseThrow().apply(renamed);
        assertEquals(List.of(), removed.fields());
        assertTrue(removed.positionsById().values().stream().map(Position::fieldValues)
                .allMatch(v -> v.get("email").isEmpty()));
    }

    @Test
    void newFieldsGetFreeIdsMadeFromTheirNames() {
        ChartPropertiesForm form = new ChartPropertiesForm(sampleWithEmail());
        form.addField().nameProperty().set("E-mail");
        assertEquals(Optional.of("Two fields are called 'E-mail'; give each its own name."), form.problem());
        form.fields().get(1).nameProperty().set("Email");
        form.addField().nameProperty().set("開始日");
        assertEquals(List.of("email", "email-2", "field"), form.definitions().stream().map(FieldDefinition::id).toList());
    }

    @Test
    void problemsAreSaidAndStopTheEdit() {
        ChartPropertiesForm form = new ChartPropertiesForm(sampleWithEmail());
        form.currencyProperty().set("euro");
        assertEquals(Optional.of("'euro' is not a currency code; use three letters of ISO 4217, such as EUR, GBP or"
                + " USD, or leave it empty."), form.problem());
        assertThrows(IllegalStateException.class, form::edit);
        form.currencyProperty().set("");
        FieldRow grade = form.addField();
        grade.typeProperty().set(FieldType.CHOICE);
        assertEquals(Optional.of("The choice field 'Field 2' needs its choices, separated by commas."), form.problem());
        grade.choicesProperty().set("A, B");
        grade.nameProperty().set("  ");
        assertEquals(Optional.of("Field 2 needs a name."), form.problem());
        grade.nameProperty().set("Grade");
        assertEquals(Optional.empty(), form.problem());
    }

    @Test
    void fieldsMoveUpAndDownWithinTheList() {
        ChartPropertiesForm form = new ChartPropertiesForm(sampleWithEmail());
        FieldRow added = form.addField();
        form.moveField(added, -1);
        assertEquals(added, form.fields().get(0));
        form.moveField(added, -1);
        assertEquals(added, form.fields().get(0), "the first field cannot move further up");
        Chart chart = sampleWithEmail();
        assertEquals(List.of("field-2", "email"), form.definitions().stream().map(FieldDefinition::id).toList());
        assertEquals(List.of("field-2", "email"), form.edit().orElseThrow().apply(chart).fields().stream()
                .map(FieldDefinition::id).toList());
    }
}
