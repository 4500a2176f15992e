package dev.orgwright.model.merge;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import dev.orgwright.model.diff.RandomEdits;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random scenarios for the merge properties: charts that sometimes carry scenarios, and the
 * changes a side makes to them (add one, from the current state or another scenario; remove,
 * rename, describe, rebase one; edit its positions), beside its edits of the current state.
 */
public final class RandomScenarios {

    /** One change to the scenarios; {@code pick} chooses which and how, {@code edits} edit its positions. */
    record Step(int kind, int pick, List<RandomEdits.Recipe> edits) {
    }

    /** What one side does: its edits of the current state, then of the scenarios. */
    public record Side(List<RandomEdits.Recipe> current, List<Step> scenarios) {
        public Chart applyTo(Chart chart) {
            return RandomScenarios.apply(RandomEdits.apply(chart, current), scenarios);
        }
    }

    private RandomScenarios() {
    }

    /** Charts of up to {@code maxPositions} positions, about half of them with one to three scenarios. */
    public static Arbitrary<Chart> charts(int maxPositions) {
        Arbitrary<List<Step>> adds = Combinators.combine(Arbitraries.integers().between(0, 10_000),
                RandomEdits.recipes(4)).as((pick, edits) -> new Step(0, pick, edits)).list().ofMaxSize(3);
        return Combinators.combine(RandomEdits.charts(maxPositions), adds, Arbitraries.integers().between(0, 1))
                .as((chart, steps, with) -> with == 0 ? chart : apply(chart, steps));
    }

    public static Arbitrary<Side> sides(int maxEdits, int maxSteps) {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 10_000), RandomEdits.recipes(maxEdits)).as(Step::new);
        return Combinators.combine(RandomEdits.recipes(maxEdits), step.list().ofMaxSize(maxSteps)).as(Side::new);
    }

    static Chart apply(Chart chart, List<Step> steps) {
        Chart c = chart;
        for (Step s : steps) {
            c = apply(c, s);
        }
        return c;
    }

    private static Chart apply(Chart c, Step step) {
        List<Scenario> all = c.scenarios();
        int p = step.pick();
        if (step.kind() == 0 || all.isEmpty()) {
            String basedOn = all.isEmpty() || p % 2 == 0 ? null : all.get(p % all.size()).id();
            Chart added = Scenarios.add(c, "Option " + p % 4, p % 3 == 0 ? "" : "About " + p % 5, basedOn);
            return edited(added, added.scenarios().get(added.scenarios().size() - 1), step.edits());
        }
        Scenario s = all.get(p % all.size());
        try {
            return switch (step.kind()) {
                case 1 -> Scenarios.delete(c, s.id());
                case 2 -> Scenarios.replace(c, s.withName("Named " + p % 3));
                case 3 -> Scenarios.replace(c, s.withDescription("Described " + p % 3));
                case 4 -> Scenarios.replace(c, s.withBasedOn(p % 2 == 0 ? null : all.get(p / 2 % all.size()).id()));
                default -> edited(c, s, step.edits());
            };
        } catch (IllegalArgumentException refused) {
            return c; // a rebase into a circle, say: not made
        }
    }

    /** The scenario's positions edited as the window edits them: on the chart's own catalog. */
    private static Chart edited(Chart c, Scenario s, List<RandomEdits.Recipe> edits) {
        Chart positions = RandomEdits.applyToPositions(Scenarios.shown(c, s), edits);
        return Scenarios.replace(c, s.withChart(Scenarios.currentState(positions)));
    }
}
