package dev.orgwright.ui.present;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import dev.orgwright.ui.fx.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The order a presentation walks through a chart: the whole chart, then each senior position's
 * part, then one level deeper (each senior position's reports that have teams of their own).
 * "Senior" is the highest-ranked tier; a chart without tiers uses the roots' direct reports.
 * A step that would show exactly what an earlier step showed is left out.
 */
public final class PresentationSteps {

    /**
     * One view of the presentation: what it is about, the part of the chart it shows (in the
     * whole chart's layout), and whose team it is; {@code team} is null for the whole chart.
     */
    public record Step(String caption, Box bounds, PositionId team) {
    }

    private PresentationSteps() {
    }

    static List<Step> of(Chart chart, ChartLayout layout) {
        List<Step> steps = new ArrayList<>();
        Set<Box> shown = new HashSet<>();
        add(steps, shown, new Step(chart.title().isBlank() ? Texts.t("present.presentationSteps.theWholeChart") : chart.title(), layout.bounds(),
                null));
        List<PositionId> senior = seniorPositions(chart);
        for (PositionId id : senior) {
            subtreeStep(chart, layout, id).ifPresent(s -> add(steps, shown, s));
        }
        for (PositionId id : senior) {
            for (PositionId report : chart.childrenOf(id)) {
                if (!chart.childrenOf(report).isEmpty()) {
                    subtreeStep(chart, layout, report).ifPresent(s -> add(steps, shown, s));
                }
            }
        }
        return List.copyOf(steps);
    }

    /** The positions of the highest-ranked tier in tree order, or the roots' reports when no position has a tier. */
    static List<PositionId> seniorPositions(Chart chart) {
        Optional<String> top = Optional.empty();
        int best = Integer.MAX_VALUE;
        Set<String> used = new HashSet<>();
        for (Position p : chart.inTreeOrder()) {
            if (p.tierId() != null) {
                used.add(p.tierId());
            }
        }
        for (Tier t : chart.tiers()) {
            if (used.contains(t.id()) && t.rank() < best) {
                best = t.rank();
                top = Optional.of(t.id());
            }
        }
        List<PositionId> out = new ArrayList<>();
        if (top.isPresent()) {
            for (Position p : chart.inTreeOrder()) {
                if (top.get().equals(p.tierId())) {
                    out.add(p.id());
                }
            }
        } else {
            for (PositionId root : chart.roots()) {
                out.addAll(chart.childrenOf(root));
            }
        }
        return out;
    }

    /** The step showing {@code id} and everything drawn below it; empty when its card is hidden. */
    private static Optional<Step> subtreeStep(Chart chart, ChartLayout layout, PositionId id) {
        if (layout.box(id).isEmpty()) {
            return Optional.empty();
        }
        return layout.boundsOf(chart.subtree(id)).map(b -> new Step(chart.position(id).title().strip(), b, id));
    }

    private static void add(List<Step> steps, Set<Box> shown, Step step) {
        if (shown.add(step.bounds())) {
            steps.add(step);
        }
    }
}
