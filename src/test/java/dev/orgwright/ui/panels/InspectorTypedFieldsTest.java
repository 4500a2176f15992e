package dev.orgwright.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Edits;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import dev.orgwright.ui.panels.InspectorModel.Field;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inspector's FTE, cost and status, without a window. */
class InspectorTypedFieldsTest {

    private static final PositionId CFO = PositionId.of("cfo");

    private Chart chart;
    private final InspectorModel inspector = new InspectorModel();

    InspectorTypedFieldsTest() throws InvalidChartException {
        chart = Chart.builder().add(Position.of("cfo", "CFO", null)).build();
        inspector.show(chart, Optional.of(CFO));
    }

    private void apply(Optional<Edit> edit) {
        chart = edit.orElseThrow(() -> new AssertionError("the input made no edit")).apply(chart);
        inspector.show(chart, inspector.shown());
    }

    @Test
    void fteIsShownAndEditedAsANumber() {
        assertEquals("1", inspector.value(Field.FTE));
        assertTrue(inspector.commit(Field.FTE, "1.00").isEmpty(), "the same number is no edit");

        apply(inspector.commit(Field.FTE, " 0.5 "));
        assertEquals("0.5", inspector.value(Field.FTE));
        assertEquals(new BigDecimal("0.5"), chart.position(CFO).fte());

        apply(inspector.commit(Field.FTE, ""));
        assertEquals(Position.DEFAULT_FTE, chart.position(CFO).fte(), "empty is the default");
    }

    @Test
    void aBadFteIsRefusedWithTheReasonAndTextIsNoEdit() {
        assertFalse(InspectorModel.accepts(Field.FTE, "0"));
        assertFalse(InspectorModel.accepts(Field.FTE, "half"));
        assertFalse(InspectorModel.accepts(Field.FTE, "0,5"), "a decimal comma is not read as 5");
        assertTrue(inspector.commit(Field.FTE, "half").isEmpty());
        Edit zero = inspector.commit(Field.FTE, "0").orElseThrow();
        assertEquals("The FTE of position 'cfo' must be more than 0 and at most 1,000, not 0.",
                assertThrows(EditRefusedException.class, () -> zero.apply(chart)).getMessage());
    }

    @Test
    void costIsPrivateOptionalAndNamesTheCurrency() {
        assertEquals("", inspector.value(Field.COST));
        assertEquals("Annual cost, private", inspector.costCaption());

        apply(inspector.commit(Field.COST, "85000.50"));
        assertEquals("85000.5", inspector.value(Field.COST));
        assertTrue(inspector.commit(Field.COST, "85000.5").isEmpty());
        assertFalse(InspectorModel.accepts(Field.COST, "-1"));
        assertTrue(InspectorModel.accepts(Field.COST, ""));

        apply(inspector.commit(Field.COST, ""));
        assertNull(chart.position(CFO).cost());

        chart = Edits.setCurrency("EUR").apply(chart);
        inspector.show(chart, Optional.of(CFO));
        assertEquals("Annual cost (EUR), private", inspector.costCaption());
    }

    @Test
    void statusIsAChoice() {
        assertEquals(List.of("Exists", "Planned", "Closing"), InspectorModel.statusChoices());
        assertEquals("Exists", inspector.statusChoice());
        assertTrue(inspector.chooseStatus("Exists").isEmpty());
        assertTrue(inspector.chooseStatus("Open").isEmpty());

        apply(inspector.chooseStatus("Closing"));
        assertEquals(PositionStatus.CLOSING, chart.position(CFO).status());
        assertEquals("Closing", inspector.statusChoice());

        apply(inspector.chooseStatus("Exists"));
        assertNull(chart.position(CFO).status());
    }

    @Test
    void withNothingSelectedNothingIsEdited() {
        inspector.show(chart, Optional.empty());
        assertNull(inspector.statusChoice());
        assertEquals("", inspector.value(Field.FTE));
        assertTrue(inspector.commit(Field.FTE, "2").isEmpty());
        assertTrue(inspector.chooseStatus("Planned").isEmpty());
    }
}
