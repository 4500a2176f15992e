package dev.orgwright.model.diff;

import static dev.orgwright.model.diff.ChangeEdits.edit;
import static dev.orgwright.model.diff.ChangeEdits.indexAfter;
import static dev.orgwright.model.diff.ChangeEdits.place;
import static dev.orgwright.model.diff.ChangeEdits.quoted;
import static dev.orgwright.model.diff.ChangeEdits.titleOf;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.ModelTexts;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where positions sit: added, moved to a new manager, reordered among their siblings, removed.
 *
 * <p>The order of the changes is what makes them applicable. Placements (add, move, reorder)
 * follow the new chart's tree order, each position going right after its new previous sibling:
 * by then every manager above it and every sibling before it is in its final place, so a move
 * never meets its own team (no cycle) and siblings end in the new order. Removals come last,
 * deepest first, once the positions that survive have moved out from under them.
 */
final class StructureDiff {

    private final Chart base;
    private final Chart target;
    private final ChartIndex was;
    private final ChartIndex now;

    StructureDiff(Chart base, Chart target, ChartIndex was, ChartIndex now) {
        this.base = base;
        this.target = target;
        this.was = was;
        this.now = now;
    }

    /** Adds, moves and reorders, in the new chart's tree order. */
    void placements(List<Change> out) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(frame(null, target.roots()));
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.next >= f.list.size()) {
                stack.pop();
                continue;
            }
            PositionId id = f.list.get(f.next);
            PositionId predecessor = f.next == 0 ? null : f.list.get(f.next - 1);
            f.next++;
            placement(id, f.manager, predecessor, f, out);
            List<PositionId> below = now.reportsOf(id);
            if (!below.isEmpty()) {
                stack.push(frame(id, below));
            }
        }
    }

    private void placement(PositionId id, PositionId manager, PositionId predecessor, Frame f, List<Change> out) {
        Position now = this.now.find(id);
        Position was = this.was.find(id);
        if (was == null) {
            Position added = now.withDottedLines(List.of()); // its dotted lines follow once all positions exist
            out.add(new Change(ChangeKind.ADDED, id, now.title(), "", titleOf(target, manager), manager,
                    ModelTexts.t("model.diff.added", quoted(now.title()), place(target, manager)),
                    edit(ModelTexts.t("model.diff.add", quoted(now.title())), c -> Edits.add(added, indexAfter(c, manager, predecessor, id))
                            .apply(c))));
        } else if (!Objects.equals(was.reportsTo(), manager)) {
            out.add(new Change(ChangeKind.MOVED, id, now.title(), titleOf(base, was.reportsTo()),
                    titleOf(target, manager), was.reportsTo(),
                    ModelTexts.t("model.diff.moved", quoted(now.title()), place(base, was.reportsTo()),
                            place(target, manager)),
                    edit(ModelTexts.t("model.diff.move", quoted(now.title())), c -> Edits.move(id, manager,
                            indexAfter(c, manager, predecessor, id)).apply(c))));
        } else if (f.reordered != null && f.reordered.containsKey(id)) {
            int oldPlace = f.reordered.get(id);
            int newPlace = f.next; // already advanced: 1-based
            out.add(new Change(ChangeKind.REORDERED, id, now.title(), ModelTexts.t("model.diff.place", oldPlace),
                    ModelTexts.t("model.diff.place", newPlace), manager, ModelTexts.t("model.diff.reordered",
                            quoted(now.title()), oldPlace, newPlace, place(target, manager)),
                    edit(ModelTexts.t("model.diff.reorder", quoted(now.title())), c -> Edits.reorder(id,
                            indexAfter(c, manager, predecessor, id)).apply(c))));
        }
    }

    /** Positions of the old chart that the new one lacks, deepest first, each a leaf when removed. */
    void removals(List<Change> out) {
        List<Position> order = was.treeOrder;
        for (int i = order.size() - 1; i >= 0; i--) {
            Position p = order.get(i);
            if (!now.contains(p.id())) {
                PositionId id = p.id();
                out.add(new Change(ChangeKind.REMOVED, id, p.title(), titleOf(base, p.reportsTo()), "", p.reportsTo(),
                        ModelTexts.t("model.diff.removed", quoted(p.title()), place(base, p.reportsTo())),
                        edit(ModelTexts.t("model.diff.remove", quoted(p.title())), c -> Edits.removeWithSubtree(id).apply(c))));
            }
        }
    }

    /**
     * A sibling list of the new chart being walked; when it differs from the old one, the
     * siblings that kept their manager but must change place (outside a longest run that kept
     * its order), with their old 1-based place.
     */
    private static final class Frame {
        final PositionId manager;
        final List<PositionId> list;
        final Map<PositionId, Integer> reordered;
        int next;

        Frame(PositionId manager, List<PositionId> list, Map<PositionId, Integer> reordered) {
            this.manager = manager;
            this.list = list;
            this.reordered = reordered;
        }
    }

    private Frame frame(PositionId manager, List<PositionId> list) {
        List<PositionId> old = manager == null ? base.roots() : was.reportsOf(manager);
        if (old == list || old.equals(list)) {
            return new Frame(manager, list, null);
        }
        Map<PositionId, Integer> oldIndex = new HashMap<>();
        for (int i = 0; i < old.size(); i++) {
            oldIndex.put(old.get(i), i);
        }
        List<PositionId> stayers = new ArrayList<>();
        for (PositionId id : list) {
            if (oldIndex.containsKey(id)) {
                stayers.add(id);
            }
        }
        int[] seq = new int[stayers.size()];
        for (int i = 0; i < seq.length; i++) {
            seq[i] = oldIndex.get(stayers.get(i));
        }
        boolean[] keep = LongestIncreasing.members(seq);
        Map<PositionId, Integer> reordered = new HashMap<>();
        for (int i = 0; i < seq.length; i++) {
            if (!keep[i]) {
                reordered.put(stayers.get(i), seq[i] + 1);
            }
        }
        return new Frame(manager, list, reordered.isEmpty() ? null : reordered);
    }
}
