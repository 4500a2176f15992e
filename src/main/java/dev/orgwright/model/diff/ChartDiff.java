package dev.orgwright.model.diff;

import static dev.orgwright.model.diff.ChangeEdits.quoted;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ModelTexts;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Replacements;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a chart: a pure function of the two values. Positions
 * are matched by id, and by confirmed pairs of old and new ids where a position was re-keyed
 * (see {@link #suggestedMatches()}). The changes are listed in an order in which they can be
 * applied to the old chart one after the other, ending exactly at the new chart: renames of
 * ids, the chart's title, settings and tiers, then placements in the new tree order, fields,
 * duties, dotted lines, removals and finally tiers that went.
 *
 * <p>Costs one pass over each chart plus work for what differs; positions shared between the
 * two versions (one made from the other by edits) are recognised by identity and skipped.
 */
public final class ChartDiff {

    private final Chart oldChart;
    private final Chart newChart;
    private final Map<PositionId, PositionId> matches;
    private final List<Change> changes;
    private final List<SuggestedMatch> suggestions;

    private ChartDiff(Chart oldChart, Chart newChart, Map<PositionId, PositionId> matches, List<Change> changes,
                      List<SuggestedMatch> suggestions) {
        this.oldChart = oldChart;
        this.newChart = newChart;
        this.matches = Collections.unmodifiableMap(new LinkedHashMap<>(matches));
        this.changes = List.copyOf(changes);
        this.suggestions = List.copyOf(suggestions);
    }

    /** Compares two charts, matching positions by id only. */
    public static ChartDiff compare(Chart oldChart, Chart newChart) {
        return compare(oldChart, newChart, Map.of());
    }

    /**
     * Compares two charts; {@code matches} pairs old ids with new ids that the user confirmed
     * are the same position (each old id absent from the new chart, each new id absent from the
     * old one).
     *
     * @throws IllegalArgumentException when a pair does not fit that description; the message says which
     */
    public static ChartDiff compare(Chart oldChart, Chart newChart, Map<PositionId, PositionId> matches) {
        Objects.requireNonNull(oldChart, "oldChart");
        Objects.requireNonNull(newChart, "newChart");
        List<Change> out = new ArrayList<>();
        Chart base = oldChart;
        for (Map.Entry<PositionId, PositionId> m : matches.entrySet()) {
            PositionId from = m.getKey();
            PositionId to = m.getValue();
            checkMatch(oldChart, newChart, from, to);
            Position p = oldChart.position(from);
            var edit = Replacements.renameId(from, to);
            base = edit.apply(base);
            out.add(new Change(ChangeKind.REIDENTIFIED, to, p.title(), from.value(), to.value(), from,
                    ModelTexts.t("model.diff.reidentified", quoted(p.title()), to.value(), from.value()), edit));
        }
        ChartIndex was = ChartIndex.of(base);
        ChartIndex now = ChartIndex.of(newChart);
        CatalogDiff catalog = new CatalogDiff(base, newChart);
        catalog.first(out);
        StructureDiff structure = new StructureDiff(base, newChart, was, now);
        structure.placements(out);

        FieldDiff fields = new FieldDiff(base, newChart);
        DutyDiff duties = new DutyDiff();
        List<Position[]> linesToCompare = new ArrayList<>();
        for (Position after : now.treeOrder) {
            Position before = was.find(after.id());
            if (before == after) {
                continue; // shared between versions: nothing of it changed
            }
            if (before == null) {
                if (!after.dottedLines().isEmpty()) {
                    linesToCompare.add(new Position[] {null, after});
                }
                continue;
            }
            fields.fields(before, after, out);
            if (!before.duties().equals(after.duties())) {
                duties.add(before, after);
            }
            if (!before.dottedLines().equals(after.dottedLines())) {
                linesToCompare.add(new Position[] {before, after});
            }
        }
        duties.changes(out);
        DottedLineDiff lines = new DottedLineDiff(base, newChart);
        for (Position[] pair : linesToCompare) {
            lines.lines(pair[0], pair[1], out);
        }
        structure.removals(out);
        catalog.last(out);
        return new ChartDiff(oldChart, newChart, matches, out, Suggestions.between(
                oldChart == base ? was : ChartIndex.of(oldChart), now, matches));
    }

    private static void checkMatch(Chart oldChart, Chart newChart, PositionId from, PositionId to) {
        if (!oldChart.contains(from)) {
            throw new IllegalArgumentException("The old chart has no position with id '" + from + "' to match.");
        }
        if (!newChart.contains(to)) {
            throw new IllegalArgumentException("The new chart has no position with id '" + to + "' to match.");
        }
        if (newChart.contains(from)) {
            throw new IllegalArgumentException("'" + from + "' is in both charts, so it is already matched by its id.");
        }
        if (oldChart.contains(to)) {
            throw new IllegalArgumentException("'" + to + "' is in both charts, so it is already matched by its id.");
        }
    }

    public Chart oldChart() {
        return oldChart;
    }

    public Chart newChart() {
        return newChart;
    }

    /**
     * This comparison with the private values of its changes shown ({@link Change#withPrivateValues()}):
     * the amounts of a changed cost, the values of a changed private field. Only for a user who
     * asked for private data; by default a change list says that such a value changed, not how.
     */
    public ChartDiff withPrivateValues() {
        if (changes.stream().noneMatch(Change::hidesPrivateValues)) {
            return this;
        }
        return new ChartDiff(oldChart, newChart, matches, changes.stream().map(Change::withPrivateValues).toList(),
                suggestions);
    }

    /** Every change, in an order in which they apply. */
    public List<Change> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The confirmed pairs of old and new ids this comparison was made with. */
    public Map<PositionId, PositionId> matches() {
        return matches;
    }

    /** The id a position of the old chart has in the new one (itself unless re-keyed by a match). */
    public PositionId newIdOf(PositionId oldId) {
        return matches.getOrDefault(oldId, oldId);
    }

    /**
     * Pairs of an old position and a new position with different ids but the same title and
     * holder, among the positions not matched yet: probably one position, for the user to confirm.
     */
    public List<SuggestedMatch> suggestedMatches() {
        return suggestions;
    }

    /** How many changes there are of each kind (kinds without changes are left out). */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    /** The changes about one position (by its id in the new chart, or in the old one if removed), in order. */
    public List<Change> changesFor(PositionId id) {
        return byPosition().getOrDefault(id, List.of());
    }

    private Map<PositionId, List<Change>> byPosition;

    private synchronized Map<PositionId, List<Change>> byPosition() {
        if (byPosition == null) {
            Map<PositionId, List<Change>> map = new HashMap<>();
            for (Change c : changes) {
                c.position().ifPresent(id -> map.computeIfAbsent(id, k -> new ArrayList<>()).add(c));
            }
            byPosition = map;
        }
        return byPosition;
    }

    /** Applies every change, in order, to {@code chart} (the old chart): the result is the new chart. */
    public Chart applyTo(Chart chart) {
        Chart result = chart;
        for (Change c : changes) {
            result = c.applyTo(result);
        }
        return result;
    }
}
