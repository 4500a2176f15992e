package dev.orgwright.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes of FTE, cost, status and photo in the comparison; a cost is compared without its amounts. */
class TypedFieldDiffTest {

    private static final PositionId CFO = PositionId.of("cfo");

    private static Chart base() {
        try {
            return Chart.builder()
                .add(Position.of("ceo", "CEO", null))
                .add(Position.of("cfo", "CFO", null).withReportsTo(PositionId.of("ceo"))
                        .withCost(new BigDecimal("98000")))
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
    void anFteChangeSaysFromWhatToWhat() {
        Change c = only(changes(Edits.setFte(CFO, new BigDecimal("0.5"))));
        assertEquals(ChangeKind.FTE_CHANGED, c.kind());
        assertEquals("1", c.before());
        assertEquals("0.5", c.after());
        assertEquals("'CFO' is now 0.5 FTE (was 1).", c.description());
    }

    @Test
    void aCostChangeSaysThatItChangedButNotTheAmounts() {
        Change changed = only(changes(Edits.setCost(CFO, new BigDecimal("104500"))));
        assertEquals(ChangeKind.COST_CHANGED, changed.kind());
        assertTrue(changed.kind().privateValues());
        assertEquals("", changed.before());
        assertEquals("", changed.after());
        assertEquals("The cost of 'CFO' changed.", changed.description());
        assertFalse(changed.toString().contains("98000") || changed.toString().contains("104500"), changed.toString());

        assertEquals("'CFO' no longer has a cost.", only(changes(Edits.setCost(CFO, null))).description());
        assertEquals("'CEO' now has a cost.",
                only(changes(Edits.setCost(PositionId.of("ceo"), new BigDecimal("150000")))).description());
    }

    @Test
    void anEqualCostWrittenDifferentlyIsNoChange() {
        assertEquals(List.of(), changes(Edits.setCost(CFO, new BigDecimal("98000.00"))));
    }

    @Test
    void aStatusChangeNamesBothStatuses() {
        Change planned = only(changes(Edits.setStatus(CFO, PositionStatus.PLANNED)));
        assertEquals(ChangeKind.STATUS_CHANGED, planned.kind());
        assertEquals("", planned.before());
        assertEquals("planned", planned.after());
        assertEquals("'CFO' is now planned.", planned.description());

        Chart old = Edits.setStatus(CFO, PositionStatus.PLANNED).apply(base());
        Change closing = only(ChartDiff.compare(old, Edits.setStatus(CFO, PositionStatus.CLOSING).apply(old)).changes());
        assertEquals("'CFO' is now closing (was planned).", closing.description());
        Change cleared = only(ChartDiff.compare(old, Edits.setStatus(CFO, null).apply(old)).changes());
        assertEquals("'CFO' is no longer planned.", cleared.description());
    }

    @Test
    void aPhotoChangeIsListedWithoutTheImage() {
        Change c = only(changes(Edits.setPhoto(CFO, "data:image/png;base64,iVBORw0KGgo=")));
        assertEquals(ChangeKind.PHOTO_CHANGED, c.kind());
        assertEquals("'CFO' now has a photo.", c.description());
        assertEquals("", c.after());
    }

    @Test
    void theCurrencyIsASettingsChange() {
        Chart old = base();
        Change c = only(ChartDiff.compare(old, Edits.setCurrency("EUR").apply(old)).changes());
        assertEquals(ChangeKind.SETTINGS_CHANGED, c.kind());
    }
}
