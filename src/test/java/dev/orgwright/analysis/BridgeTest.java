package dev.orgwright.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.ChartDiff;
import dev.orgwright.rules.RandomEdits;
import dev.orgwright.rules.RandomEdits.EditRecipe;
import dev.orgwright.rules.Validator;
import dev.orgwright.model.EditRefusedException;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The head count, FTE and cost bridge from a current chart to a proposal. */
class BridgeTest {

    private static PositionId id(String s) {
        return PositionId.of(s);
    }

    @Test
    void addedClosedMovedAndChangedWithTheirEffects() throws Exception {
        Chart current = HandChart.chart();
        Chart proposal = Edits.sequence("Proposal", List.of(
                Edits.removeWithSubtree(id("acc2")),
                Edits.add(new Position(id("an1"), "Analyst", "", null, List.of(), id("cfo"), List.of(), "", "",
                        false, new BigDecimal("1"), new BigDecimal("45000"), null, "", null), -1),
                Edits.add(new Position(id("an2"), "Analyst", "", null, List.of(), id("cfo"), List.of(), "", "",
                        false, new BigDecimal("0.5"), null, null, "", null), -1),
                Edits.move(id("lead"), id("cfo"), -1),
                Edits.setCost(id("cfo"), new BigDecimal("155000")))).apply(current);

        Bridge b = Bridge.of(ChartDiff.compare(current, proposal));

        assertEquals(new Bridge.Totals(9, new BigDecimal("8.5"), new BigDecimal("810000")), b.before());
        assertEquals(new Bridge.Totals(10, new BigDecimal("9"), new BigDecimal("810000")), b.after());
        assertEquals(2, b.added());
        assertEquals(1, b.closed());
        assertEquals(1, b.moved());
        assertEquals(1, b.changed(), "the CFO's cost");
        assertEquals(new BigDecimal("1.5"), b.fteAdded());
        assertEquals(BigDecimal.ONE, b.fteClosed());
        assertEquals(new BigDecimal("45000"), b.costAdded());
        assertEquals(new BigDecimal("50000"), b.costClosed());
        assertEquals(new BigDecimal("5000"), b.costChanged());
    }

    @Property(tries = 100)
    void beforePlusAddedMinusClosedPlusChangedIsAfter(@ForAll("charts") Chart start,
                                                       @ForAll("edits") List<EditRecipe> recipes) {
        Chart chart = start;
        Validator validator = Validator.withDefaultRules();
        for (EditRecipe r : recipes) {
            try {
                chart = RandomEdits.plan(chart, validator.validate(chart), r).apply(chart);
            } catch (EditRefusedException refused) {
                // the next edit is tried on the same chart
            }
        }
        Bridge b = Bridge.of(ChartDiff.compare(start, chart));
        assertEquals(b.after().positions(), b.before().positions() + b.added() - b.closed());
        assertEquals(0, b.before().fte().add(b.fteAdded()).subtract(b.fteClosed()).add(b.fteChanged())
                .compareTo(b.after().fte()));
        assertEquals(0, b.before().cost().add(b.costAdded()).subtract(b.costClosed()).add(b.costChanged())
                .compareTo(b.after().cost()));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Chart> charts() {
        return RandomEdits.charts(30);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<EditRecipe>> edits() {
        return RandomEdits.sequences(10);
    }
}
