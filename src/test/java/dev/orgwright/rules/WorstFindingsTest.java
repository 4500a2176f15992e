package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.rules.RandomEdits.EditRecipe;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The worst severities kept beside the findings must be exactly what the findings give: after
 * every edit of a random sequence, each built on the previous update, and after going back to the
 * first chart in one update, as undo does. A position left out, counted twice or kept with a
 * severity it no longer has would mark a team wrongly in a zoomed-out chart.
 */
class WorstFindingsTest {

    private final Validator validator = Validator.withDefaultRules();

    @Provide
    Arbitrary<Chart> charts() {
        return RandomCharts.charts(30);
    }

    @Provide
    Arbitrary<List<EditRecipe>> edits() {
        return RandomEdits.sequences(25);
    }

    @Property(tries = 100)
    void theWorstKeptAfterEveryEditEqualsTheWorstOfTheFindings(@ForAll("charts") Chart start,
                                                                @ForAll("edits") List<EditRecipe> recipes) {
        Chart chart = start;
        Validation previous = validator.validate(chart);
        assertEquals(recomputed(previous), kept(previous), "from scratch");
        int step = 0;
        for (EditRecipe recipe : recipes) {
            step++;
            Edit edit = RandomEdits.plan(chart, previous, recipe);
            Chart next;
            try {
                next = edit.apply(chart);
            } catch (EditRefusedException e) {
                continue;
            }
            Validation incremental = previous.update(next);
            String where = "after step " + step + " (" + recipe + ": " + edit.label(chart) + ")";
            assertEquals(recomputed(validator.validate(next)), kept(incremental), where);
            assertEquals(recomputed(incremental), kept(incremental), where);
            chart = next;
            previous = incremental;
        }
        Validation back = previous.update(start);
        assertEquals(recomputed(validator.validate(start)), kept(back), "back at the first chart");
    }

    /** A position whose warning goes away leaves the warnings (for a note, or for none). */
    @Example
    void aPositionLeavesTheWarningsWhenItsOnlyWarningGoes() {
        Chart chart = RuleFixtures.chart(
                RuleFixtures.pos("ceo", "CEO", Templates.SENIOR, null, Duty.of("Sets the company's strategy")),
                RuleFixtures.pos("hos", "Head of Sales", Templates.EXECUTIVE, "ceo",
                        Duty.of("Decides on restructuring the company")));
        Validation before = validator.validate(chart);
        PositionId sales = PositionId.of("hos");
        assertEquals(Severity.WARNING, kept(before).get(sales));
        assertEquals(recomputed(before), kept(before));

        Validation after = before.update(Edits.removeDuty(sales, 0).apply(chart));
        assertNotEquals(Severity.WARNING, kept(after).get(sales));
        assertEquals(recomputed(after), kept(after));
        assertEquals(recomputed(validator.validate(after.chart())), kept(after));
    }

    @Example
    void onlyTheSeveritiesAskedForAreHandedOver() {
        PositionId a = PositionId.of("a");
        PositionId b = PositionId.of("b");
        PositionId c = PositionId.of("c");
        Map<PositionId, Severity[]> changes = new HashMap<>();
        changes.put(a, new Severity[] {null, Severity.ERROR});
        changes.put(b, new Severity[] {null, Severity.WARNING});
        changes.put(c, new Severity[] {null, Severity.INFO});
        WorstFindings worst = WorstFindings.EMPTY.with(changes);
        Map<PositionId, Severity> seen = new HashMap<>();
        worst.forEachAtLeast(Severity.WARNING, seen::put);
        assertEquals(Map.of(a, Severity.ERROR, b, Severity.WARNING), seen);

        WorstFindings later = worst.with(Map.of(a, new Severity[] {Severity.ERROR, Severity.INFO},
                c, new Severity[] {Severity.INFO, null}));
        Map<PositionId, Severity> all = new HashMap<>();
        later.forEachAtLeast(Severity.INFO, all::put);
        assertEquals(Map.of(a, Severity.INFO, b, Severity.WARNING), all);
        assertEquals(0, later.count(Severity.ERROR));
        assertNull(seen.get(c));
    }

    /** Each position with findings and its worst severity, read from the findings themselves. */
    private static Map<PositionId, Severity> recomputed(Validation findings) {
        Map<PositionId, Severity> out = new HashMap<>();
        for (Position p : findings.chart().inTreeOrder()) {
            findings.worstFor(p.id()).ifPresent(s -> out.put(p.id(), s));
        }
        return out;
    }

    /** The worst severities as kept, checking that each position is handed over once and the counts agree. */
    private static Map<PositionId, Severity> kept(Validation findings) {
        Map<PositionId, Severity> out = new HashMap<>();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        List<PositionId> twice = new ArrayList<>();
        findings.forEachWorst((id, s) -> {
            if (out.put(id, s) != null) {
                twice.add(id);
            }
            counts.merge(s, 1, Integer::sum);
        });
        assertEquals(List.of(), twice, "handed over more than once");
        for (Severity s : Severity.values()) {
            assertEquals(counts.getOrDefault(s, 0), findings.worst().count(s), s + " positions");
        }
        return out;
    }
}
