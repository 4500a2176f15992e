package dev.orgwright.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Copying a position with everything below it, and pasting such a copy into a chart: the
 * clipboard of the editor, as pure functions. A copy is itself a chart (the subtree, its root
 * made top-level, with the source's tiers), so it can travel as an ordinary chart document
 * between windows and programs.
 */
public final class Subtrees {

    private Subtrees() {
    }

    /**
     * The position {@code id} and everything below it, as a chart of its own. Dotted lines
     * that leave the subtree are kept: pasting into a chart that has their targets keeps them.
     */
    public static Chart copy(Chart chart, PositionId id) {
        List<PositionId> ids = chart.subtree(id);
        List<Position> positions = new ArrayList<>(ids.size());
        for (PositionId each : ids) {
            Position p = chart.position(each);
            positions.add(each.equals(id) ? p.withReportsTo(null) : p);
        }
        try {
            return Chart.builder().title(chart.position(id).title()).tiers(chart.tiers()).settings(chart.settings())
                    .fields(chart.fields()).addAll(positions).build();
        } catch (InvalidChartException e) {
            // Dotted lines to positions outside the subtree are not part of a chart on their own.
            List<Position> trimmed = new ArrayList<>(positions.size());
            Set<PositionId> inside = new HashSet<>(ids);
            for (Position p : positions) {
                trimmed.add(p.withDottedLines(p.dottedLines().stream().filter(inside::contains).toList()));
            }
            try {
                return Chart.builder().title(chart.position(id).title()).tiers(chart.tiers())
                        .settings(chart.settings()).fields(chart.fields()).addAll(trimmed).build();
            } catch (InvalidChartException again) {
                throw new IllegalStateException("A subtree of a valid chart is a valid chart", again);
            }
        }
    }

    /**
     * Pastes every root of {@code copy} (with its reports) under {@code manager} (top-level when
     * null), last among its reports, as one edit. Ids that the chart already uses get a fresh
     * one ("cfo" becomes "cfo-2"); tiers the chart does not know are left empty for the user to
     * choose, values of fields it does not have (or of another type) are left out; dotted lines are kept where their target exists after the paste.
     */
    public static Edit paste(Chart copy, PositionId manager) {
        Objects.requireNonNull(copy, "copy");
        String what = copy.roots().size() == 1 ? "'" + copy.position(copy.roots().get(0)).title() + "'"
                : ModelTexts.t("model.paste.positions", copy.size());
        return Edits.of(c -> manager == null || !c.contains(manager) ? ModelTexts.t("model.paste", what)
                        : ModelTexts.t("model.paste.under", what, c.position(manager).title()),
                chart -> apply(chart, copy, manager));
    }

    private static Chart apply(Chart chart, Chart copy, PositionId manager) {
        if (manager != null && !chart.contains(manager)) {
            throw new EditRefusedException("The position to paste under no longer exists.");
        }
        Map<PositionId, PositionId> renamed = new HashMap<>();
        Set<PositionId> taken = new HashSet<>();
        for (Position p : copy.inTreeOrder()) {
            PositionId fresh = p.id();
            int n = 2;
            while (chart.contains(fresh) || taken.contains(fresh)) {
                fresh = PositionId.of(p.id().value() + "-" + n++);
            }
            taken.add(fresh);
            renamed.put(p.id(), fresh);
        }
        Chart result = chart;
        Map<PositionId, List<PositionId>> pendingDotted = new java.util.LinkedHashMap<>();
        for (Position p : copy.inTreeOrder()) {
            PositionId reportsTo = p.reportsTo() == null ? manager : renamed.get(p.reportsTo());
            List<PositionId> dotted = new ArrayList<>();
            for (PositionId target : p.dottedLines()) {
                PositionId t = renamed.getOrDefault(target, target);
                if (renamed.containsKey(target) || chart.contains(target)) {
                    dotted.add(t);
                }
            }
            String tier = p.tierId() != null && chart.tier(p.tierId()).isPresent() ? p.tierId() : null;
            // Like tiers: a value is kept where the chart has a field it fits, left out elsewhere.
            result = Edits.add(p.withId(renamed.get(p.id())).withTier(tier).withReportsTo(reportsTo)
                    .withFieldValues(CustomFieldEdits.fitting(chart, p.fieldValues()))
                    .withDottedLines(List.of()), -1).apply(result);
            pendingDotted.put(renamed.get(p.id()), dotted);
        }
        for (Map.Entry<PositionId, List<PositionId>> e : pendingDotted.entrySet()) {
            for (PositionId target : e.getValue()) {
                result = Edits.addDottedLine(e.getKey(), target).apply(result);
            }
        }
        return result;
    }
}
