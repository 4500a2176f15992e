package dev.orgwright.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Edit;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the inspector shows of the chart's own fields and what typing or choosing there does. */
class CustomFieldInputsTest {

    private static final FieldDefinition EMAIL = FieldDefinition.of("email", "E-mail", FieldType.TEXT, true);
    private static final FieldDefinition GRADE = FieldDefinition.of("grade", "Grade", FieldType.NUMBER, false);
    private static final FieldDefinition START = FieldDefinition.of("start", "Start date", FieldType.DATE, false);
    private static final FieldDefinition OFFICE =
            new FieldDefinition("office", "Office", FieldType.CHOICE, false, List.of("Leeds", "Lisbon"));

    private final Chart chart = chart();
    private final Position cfo = chart.position(PositionId.of("cfo"));

    private static Chart chart() {
        try {
            return Chart.builder().fields(List.of(EMAIL, GRADE, START, OFFICE))
                    .add(Position.of("cfo", "CFO", null).withFieldValues(FieldValues.NONE
                            .with("grade", new BigDecimal("12")).with("office", "Leeds")))
                    .build();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Chart after(Optional<Edit> edit) {
        return edit.orElseThrow().apply(chart);
    }

    @Test
    void eachFieldIsARowInTheChartsOrderAndPrivateOnesSaySo() {
        List<CustomFieldInputs.Row> rows = CustomFieldInputs.rows(chart, cfo);
        assertEquals(List.of("email", "grade", "start", "office"), rows.stream().map(r -> r.field().id()).toList());
        assertEquals("E-mail, private", rows.get(0).caption());
        assertEquals("Grade (a number)", rows.get(1).caption());
        assertEquals("Start date (yyyy-mm-dd)", rows.get(2).caption());
        assertEquals(List.of("", "12", "", "Leeds"), rows.stream().map(CustomFieldInputs.Row::value).toList());
        assertTrue(CustomFieldInputs.rows(chart, null).isEmpty());
    }

    @Test
    void typedValuesBecomeOneEditEachAndUnchangedOnesNone() {
        assertEquals(Optional.of("cfo@acme.example"),
                after(CustomFieldInputs.commit(cfo, EMAIL, "cfo@acme.example")).position(cfo.id()).fieldValues().get("email"));
        assertEquals(Optional.of(new BigDecimal("12.5")),
                after(CustomFieldInputs.commit(cfo, GRADE, " 12.50 ")).position(cfo.id()).fieldValues().get("grade"));
        assertTrue(CustomFieldInputs.commit(cfo, GRADE, "12.0").isEmpty());
        assertTrue(CustomFieldInputs.commit(cfo, EMAIL, "").isEmpty());
        assertTrue(after(CustomFieldInputs.commit(cfo, GRADE, "")).position(cfo.id()).fieldValues().get("grade").isEmpty());
    }

    @Test
    void textThatIsNotAValueOfTheFieldIsNotAccepted() {
        assertFalse(CustomFieldInputs.accepts(GRADE, "12,5"));
        assertTrue(CustomFieldInputs.commit(cfo, GRADE, "twelve").isEmpty());
        assertFalse(CustomFieldInputs.accepts(START, "02/09/2024"));
        assertTrue(CustomFieldInputs.accepts(START, "2024-09-02"));
        assertTrue(CustomFieldInputs.accepts(EMAIL, "anything"));
        assertTrue(CustomFieldInputs.accepts(GRADE, ""));
    }

    @Test
    void choosingNoneClearsAndAChoiceSetsIt() {
        assertEquals(List.of(CustomFieldInputs.NO_CHOICE, "Leeds", "Lisbon"), CustomFieldInputs.choices(OFFICE));
        assertEquals(Optional.of("Lisbon"),
                after(CustomFieldInputs.choose(cfo, OFFICE, "Lisbon")).position(cfo.id()).fieldValues().get("office"));
        assertTrue(after(CustomFieldInputs.choose(cfo, OFFICE, CustomFieldInputs.NO_CHOICE))
                .position(cfo.id()).fieldValues().get("office").isEmpty());
        assertTrue(CustomFieldInputs.choose(cfo, OFFICE, "Leeds").isEmpty());
    }

    @Test
    void thePrivateFieldsEditLabelHoldsNoValue() {
        Edit edit = CustomFieldInputs.commit(cfo, EMAIL, "cfo@acme.example").orElseThrow();
        assertFalse(edit.label(chart).contains("acme"), edit.label(chart));
        assertEquals(CustomFieldEdits.setValue(cfo.id(), "email", "x").label(chart), edit.label(chart));
    }
}
