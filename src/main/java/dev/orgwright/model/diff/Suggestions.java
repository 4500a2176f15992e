package dev.orgwright.model.diff;

import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds positions that lost their id between two charts but kept their title and holder. */
final class Suggestions {

    private Suggestions() {
    }

    static List<SuggestedMatch> between(ChartIndex oldChart, ChartIndex newChart,
                                        Map<PositionId, PositionId> confirmed) {
        Map<String, Deque<Position>> unmatchedOld = new HashMap<>();
        for (Position p : oldChart.treeOrder) {
            if (!newChart.contains(p.id()) && !confirmed.containsKey(p.id())) {
                unmatchedOld.computeIfAbsent(key(p), k -> new ArrayDeque<>()).add(p);
            }
        }
        List<SuggestedMatch> out = new ArrayList<>();
        if (unmatchedOld.isEmpty()) {
            return out;
        }
        for (Position p : newChart.treeOrder) {
            if (oldChart.contains(p.id()) || confirmed.containsValue(p.id())) {
                continue;
            }
            Deque<Position> candidates = unmatchedOld.get(key(p));
            if (candidates != null && !candidates.isEmpty()) {
                Position old = candidates.poll();
                out.add(new SuggestedMatch(old.id(), p.id(), p.title(), FieldDiff.holderCell(p)));
            }
        }
        return out;
    }

    private static String key(Position p) {
        return p.title().strip().toLowerCase(Locale.ROOT) + "\u0000" + FieldDiff.holderCell(p).strip().toLowerCase(Locale.ROOT);
    }
}
