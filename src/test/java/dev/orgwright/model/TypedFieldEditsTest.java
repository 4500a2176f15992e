package dev.orgwright.model;

import static dev.orgwright.model.ChartFixtures.assertUnchangedLeadershipTeam;
import static dev.orgwright.model.ChartFixtures.id;
import static dev.orgwright.model.ChartFixtures.leadershipTeam;
import static dev.orgwright.model.ChartFixtures.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** FTE, cost, status and photo of a position, and the chart's currency: values and edits. */
class TypedFieldEditsTest {

    private final Chart acme = leadershipTeam();
    private final PositionId cfo = id("cfo");

    @Test
    void aNewPositionIsOneFteWithoutCostStatusOrPhoto() {
        Position p = Position.of("x", "Analyst", null);
        assertSame(Position.DEFAULT_FTE, p.fte());
        assertNull(p.cost());
        assertFalse(p.hasCost());
        assertNull(p.status());
        assertEquals("", p.photo());
    }

    @Test
    void equalNumbersGiveEqualPositions() {
        Position p = Position.of("x", "Analyst", null);
        assertEquals(p.withFte(new BigDecimal("0.5")), p.withFte(new BigDecimal("0.500")));
        assertEquals(p.withCost(new BigDecimal("8.5E+4")), p.withCost(new BigDecimal("85000.00")));
        assertEquals(p, p.withFte(new BigDecimal("1.0")));
        assertEquals("85000", p.withCost(new BigDecimal("8.5E+4")).cost().toPlainString());
    }

    @Test
    void setFteChangesOnlyTheFte() {
        Edit edit = Edits.setFte(cfo, new BigDecimal("0.60"));

        Chart after = edit.apply(acme);

        assertEquals("Set the FTE of 'CFO' to 0.6", edit.label(acme));
        assertEquals(new BigDecimal("0.6"), after.position(cfo).fte());
        assertEquals(acme.position(cfo).withFte(new BigDecimal("0.6")), after.position(cfo));
        assertEquals(Position.DEFAULT_FTE, Edits.setFte(cfo, null).apply(after).position(cfo).fte());
        assertUnchangedLeadershipTeam(acme);
    }

    @Test
    void setFteRefusesWhatNoPositionCanBe() {
        assertEquals("The FTE of position 'cfo' must be more than 0 and at most 1,000, not 0.",
                refusal(Edits.setFte(cfo, BigDecimal.ZERO), acme));
        assertEquals("The FTE of position 'cfo' must be more than 0 and at most 1,000, not 1001.",
                refusal(Edits.setFte(cfo, new BigDecimal("1001")), acme));
        assertEquals("The FTE of position 'cfo' may have at most 4 decimals, not 0.33333.",
                refusal(Edits.setFte(cfo, new BigDecimal("0.33333")), acme));
        assertEquals(new BigDecimal("1000"), Edits.setFte(cfo, new BigDecimal("1000")).apply(acme).position(cfo).fte());
    }

    @Test
    void setCostKeepsTheAmountOutOfTheLabel() {
        Edit edit = Edits.setCost(cfo, new BigDecimal("120000"));

        Chart after = edit.apply(acme);

        assertEquals("Set the cost of 'CFO'", edit.label(acme));
        assertEquals(new BigDecimal("120000"), after.position(cfo).cost());
        Edit clear = Edits.setCost(cfo, null);
        assertEquals("Clear the cost of 'CFO'", clear.label(after));
        assertNull(clear.apply(after).position(cfo).cost());
        assertEquals(BigDecimal.ZERO, Edits.setCost(cfo, BigDecimal.ZERO).apply(acme).position(cfo).cost());
    }

    @Test
    void setCostRefusesANegativeOrOverPreciseAmount() {
        assertEquals("The cost of position 'cfo' must be at least 0 and below 1,000,000,000,000, not -1.",
                refusal(Edits.setCost(cfo, new BigDecimal("-1")), acme));
        assertEquals("The cost of position 'cfo' may have at most 3 decimals, not 0.0001.",
                refusal(Edits.setCost(cfo, new BigDecimal("0.0001")), acme));
    }

    @Test
    void setStatusMarksAPositionPlannedOrClosingOrNeither() {
        Edit plan = Edits.setStatus(cfo, PositionStatus.PLANNED);
        Chart planned = plan.apply(acme);
        assertEquals("Mark 'CFO' planned", plan.label(acme));
        assertEquals(PositionStatus.PLANNED, planned.position(cfo).status());
        assertEquals("Mark 'CFO' closing", Edits.setStatus(cfo, PositionStatus.CLOSING).label(acme));
        Edit clear = Edits.setStatus(cfo, null);
        assertEquals("Clear the status of 'CFO'", clear.label(planned));
        assertNull(clear.apply(planned).position(cfo).status());
    }

    @Test
    void setPhotoKeepsTheReferenceAsText() {
        Edit edit = Edits.setPhoto(cfo, "photos/cfo.jpg");
        Chart after = edit.apply(acme);
        assertEquals("Set the photo of 'CFO'", edit.label(acme));
        assertEquals("photos/cfo.jpg", after.position(cfo).photo());
        assertEquals("Remove the photo of 'CFO'", Edits.setPhoto(cfo, null).label(after));
        assertEquals("", Edits.setPhoto(cfo, null).apply(after).position(cfo).photo());
    }

    @Test
    void statusKeysAreExactlyTheDocumentValues() {
        assertEquals(Optional.of(PositionStatus.PLANNED), PositionStatus.ofKey("planned"));
        assertEquals(Optional.of(PositionStatus.CLOSING), PositionStatus.ofKey("closing"));
        assertEquals(Optional.empty(), PositionStatus.ofKey("Planned"));
        assertEquals(Optional.empty(), PositionStatus.ofKey("open"));
    }

    @Test
    void setCurrencyNamesAnIsoCodeAndKeepsTheOtherSettings() {
        Chart ruled = Edits.setSettings(Settings.NONE.with("rules.duty-tier.enabled", false)).apply(acme);
        Edit edit = Edits.setCurrency("GBP");

        Chart after = edit.apply(ruled);

        assertEquals("Set the chart's currency to GBP", edit.label(ruled));
        assertEquals(Optional.of("GBP"), after.settings().currency());
        assertFalse(after.settings().flag("rules.duty-tier.enabled", true));
        Chart cleared = Edits.setCurrency(null).apply(after);
        assertEquals(Optional.empty(), cleared.settings().currency());
        assertEquals(ruled.settings(), cleared.settings());
        assertEquals("'pounds' is not a currency code; use three capital letters of ISO 4217, such as EUR, GBP or USD.",
                refusal(Edits.setCurrency("pounds"), acme));
        assertEquals("'gbp' is not a currency code; use three capital letters of ISO 4217, such as EUR, GBP or USD.",
                refusal(Edits.setCurrency("gbp"), acme));
    }

    @Test
    void copiesOfAPositionKeepItsFacts() {
        Chart rich = Edits.sequence("facts", java.util.List.of(
                Edits.setFte(cfo, new BigDecimal("0.5")), Edits.setCost(cfo, new BigDecimal("90000")),
                Edits.setStatus(cfo, PositionStatus.PLANNED), Edits.setPhoto(cfo, "photos/cfo.jpg"))).apply(acme);
        Position original = rich.position(cfo);

        Position renamed = Replacements.renameId(cfo, id("finance")).apply(rich).position(id("finance"));
        Chart pasted = Subtrees.paste(Subtrees.copy(rich, cfo), id("ceo")).apply(rich);
        Position copy = java.util.stream.StreamSupport.stream(pasted.inTreeOrder().spliterator(), false)
                .filter(p -> !p.id().equals(cfo) && p.title().equals(original.title())).findFirst().orElseThrow();

        for (Position p : java.util.List.of(renamed, copy)) {
            assertEquals(original.fte(), p.fte());
            assertEquals(original.cost(), p.cost());
            assertEquals(original.status(), p.status());
            assertEquals(original.photo(), p.photo());
        }
    }

    @Test
    void aHugeExponentIsRefusedWithoutWritingTheNumberOut() {
        Edit huge = Edits.setFte(cfo, new BigDecimal("1E+999999999"));
        assertEquals("Set the FTE of 'CFO' to 1E+999999999", huge.label(acme));
        assertEquals("The FTE of position 'cfo' must be more than 0 and at most 1,000, not 1E+999999999.",
                refusal(huge, acme));
        assertEquals("The cost of position 'cfo' must be at least 0 and below 1,000,000,000,000, not 1E+999999999.",
                refusal(Edits.setCost(cfo, new BigDecimal("1E+999999999")), acme));
        assertEquals("The FTE of position 'cfo' may have at most 4 decimals, not 1E-999999999.",
                refusal(Edits.setFte(cfo, new BigDecimal("1E-999999999")), acme));
    }

    @Test
    void theConstructorRefusesBadValuesToo() {
        Position p = Position.of("x", "Analyst", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.withCost(new BigDecimal("-5")));
        assertTrue(e.getMessage().startsWith("The cost of position 'x'"), e.getMessage());
    }
}
