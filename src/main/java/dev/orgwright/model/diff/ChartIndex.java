package dev.orgwright.model.diff;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One walk over a chart, kept for the comparison: its positions in tree order, by id, and each
 * manager's reports. A lookup in the chart's persistent maps is a descent through a tree (cache
 * misses at 100,000 positions); the comparison looks every position up several times, so it
 * copies the maps once, by walking them, into plain hash maps and asks those.
 */
final class ChartIndex {

    final List<Position> treeOrder;
    final Map<PositionId, Position> byId;
    final Map<PositionId, List<PositionId>> reports;

    private ChartIndex(Chart chart) {
        int n = chart.size();
        treeOrder = new ArrayList<>(n);
        byId = new HashMap<>(chart.positionsById());
        reports = new HashMap<>(chart.reportsByManager());
        Deque<Iterator<PositionId>> stack = new ArrayDeque<>();
        stack.push(chart.roots().iterator());
        while (!stack.isEmpty()) {
            Iterator<PositionId> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            Position p = byId.get(it.next());
            treeOrder.add(p);
            List<PositionId> below = reports.get(p.id());
            if (below != null) {
                stack.push(below.iterator());
            }
        }
    }

    static ChartIndex of(Chart chart) {
        return new ChartIndex(chart);
    }

    Position find(PositionId id) {
        return byId.get(id);
    }

    boolean contains(PositionId id) {
        return byId.containsKey(id);
    }

    List<PositionId> reportsOf(PositionId id) {
        return reports.getOrDefault(id, List.of());
    }
}
