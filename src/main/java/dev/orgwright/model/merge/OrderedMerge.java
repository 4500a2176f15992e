package dev.orgwright.model.merge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The order of a list of distinct items (a manager's reports, a position's dotted lines, the
 * tiers) after a three-way merge, once the caller has decided which items are in it.
 *
 * <p>Items that were in the list in BASE and still are on both sides ("stayers") keep the
 * relative order one side gave them: the side that changed it, or OURS' when both changed it
 * differently (a conflict). Every other item is placed by the side that put it there, right
 * after the item that precedes it on that side; two items placed by different sides right after
 * the same item are put in the order of {@code tieBreak}, so that the result does not depend on
 * which side is called OURS. The whole is walked without recursion: a list may be 100,000 long.
 */
final class OrderedMerge<T> {

    /** Why an order could not follow both sides: the stayers were reordered differently, or an item placed twice differently. */
    interface Clash<T> {
        void bothReordered(List<T> ours, List<T> theirs);

        void placedDifferently(T item, T afterOurs, T afterTheirs);
    }

    private static final Object START = new Object();

    private final Comparator<T> tieBreak;

    OrderedMerge(Comparator<T> tieBreak) {
        this.tieBreak = tieBreak;
    }

    List<T> order(List<T> base, List<T> ours, List<T> theirs, Set<T> members, Clash<T> clash) {
        if (base.equals(ours) && base.equals(theirs) && members.size() == base.size()
                && members.containsAll(base)) {
            return base;
        }
        Set<T> inBase = new HashSet<>(base);
        Set<T> inOurs = new HashSet<>(ours);
        Set<T> inTheirs = new HashSet<>(theirs);
        Set<T> stayers = new HashSet<>();
        for (T t : members) {
            if (inBase.contains(t) && inOurs.contains(t) && inTheirs.contains(t)) {
                stayers.add(t);
            }
        }
        List<T> baseStay = filter(base, stayers);
        List<T> oursStay = filter(ours, stayers);
        List<T> theirsStay = filter(theirs, stayers);
        List<T> stay = Conflicts.pick(baseStay, oursStay, theirsStay,
                () -> clash.bothReordered(oursStay, theirsStay));

        Map<T, Object> afterInOurs = predecessors(ours, members);
        Map<T, Object> afterInTheirs = predecessors(theirs, members);
        Map<Object, List<T>> placedAfter = new HashMap<>();
        for (T t : members) {
            if (stayers.contains(t)) {
                continue;
            }
            Object anchor;
            if (inOurs.contains(t)) {
                anchor = afterInOurs.get(t);
                if (inTheirs.contains(t) && !Objects.equals(anchor, afterInTheirs.get(t))) {
                    clash.placedDifferently(t, item(anchor), item(afterInTheirs.get(t)));
                }
            } else if (inTheirs.contains(t)) {
                anchor = afterInTheirs.get(t);
            } else {
                anchor = afterInBase(base, t, members);
            }
            placedAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(t);
        }
        placedAfter.values().forEach(list -> list.sort(tieBreak));

        Map<Object, T> nextStayer = new HashMap<>();
        Object previous = START;
        for (T t : stay) {
            nextStayer.put(previous, t);
            previous = t;
        }
        List<T> out = new ArrayList<>(members.size());
        Deque<Iterator<T>> stack = new ArrayDeque<>();
        stack.push(followers(START, placedAfter, nextStayer));
        while (!stack.isEmpty()) {
            Iterator<T> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            T t = it.next();
            out.add(t);
            stack.push(followers(t, placedAfter, nextStayer));
        }
        if (out.size() != members.size()) {
            throw new IllegalStateException("The merged order lost items: " + out + " of " + members + ".");
        }
        return out;
    }

    /** What comes right after {@code node}: the items placed after it, then the next stayer. */
    private Iterator<T> followers(Object node, Map<Object, List<T>> placedAfter, Map<Object, T> nextStayer) {
        List<T> placed = placedAfter.getOrDefault(node, List.of());
        T next = nextStayer.get(node);
        if (next == null) {
            return placed.iterator();
        }
        List<T> all = new ArrayList<>(placed.size() + 1);
        all.addAll(placed);
        all.add(next);
        return all.iterator();
    }

    /** For each member of {@code list}, the member before it in {@code list} (START for the first). */
    private static <T> Map<T, Object> predecessors(List<T> list, Set<T> members) {
        Map<T, Object> out = new HashMap<>();
        Object previous = START;
        for (T t : list) {
            if (members.contains(t)) {
                out.put(t, previous);
                previous = t;
            }
        }
        return out;
    }

    /** Only for an item kept although both sides left the list (restored by a conflict): its place in BASE. */
    private static <T> Object afterInBase(List<T> base, T item, Set<T> members) {
        Object previous = START;
        for (T t : base) {
            if (t.equals(item)) {
                return previous;
            }
            if (members.contains(t)) {
                previous = t;
            }
        }
        return START;
    }

    @SuppressWarnings("unchecked")
    private static <T> T item(Object anchor) {
        return anchor == START ? null : (T) anchor;
    }

    private static <T> List<T> filter(List<T> list, Set<T> keep) {
        List<T> out = new ArrayList<>(keep.size());
        for (T t : list) {
            if (keep.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
