package dev.orgwright.model.diff;

import static dev.orgwright.model.diff.ChangeEdits.quoted;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.ModelTexts;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Duties of positions in both charts: added, removed, moved from one position to another, put
 * in another order. Duties have no ids, so equal duties are paired in order, and a duty that
 * leaves one position and appears, equal, on another is a move.
 *
 * <p>Each duty occurrence is followed as a token through the changes while they are worked out,
 * so every change carries the exact index it has when applied in its place: removals first,
 * then reorders of the duties that stay, then arrivals (added or moved in), each right after
 * the duty that precedes it in the new list.
 */
final class DutyDiff {

    /** One occurrence of a duty; compared by identity, so equal duties stay apart. */
    private static final class Token {
        final Duty duty;

        Token(Duty duty) {
            this.duty = duty;
        }
    }

    private record Owned(PositionId owner, Token token) {
    }

    private final Map<PositionId, Position> before = new LinkedHashMap<>();
    private final Map<PositionId, Position> after = new LinkedHashMap<>();

    /** Registers a position of both charts whose duties differ; call in the new chart's tree order. */
    void add(Position was, Position now) {
        before.put(now.id(), was);
        after.put(now.id(), now);
    }

    void changes(List<Change> out) {
        Map<PositionId, List<Token>> old = new HashMap<>();
        Map<PositionId, List<Token>> sim = new HashMap<>();
        Map<PositionId, Token[]> wanted = new HashMap<>();
        Map<PositionId, Set<Token>> kept = new HashMap<>();
        Map<Duty, Deque<Owned>> orphans = new LinkedHashMap<>();
        for (PositionId id : after.keySet()) {
            List<Token> tokens = new ArrayList<>();
            Map<Duty, Deque<Token>> available = new HashMap<>();
            for (Duty d : before.get(id).duties()) {
                Token t = new Token(d);
                tokens.add(t);
                available.computeIfAbsent(d, k -> new ArrayDeque<>()).add(t);
            }
            old.put(id, tokens);
            sim.put(id, new ArrayList<>(tokens));
            List<Duty> now = after.get(id).duties();
            Token[] target = new Token[now.size()];
            Set<Token> stays = new HashSet<>();
            for (int j = 0; j < target.length; j++) {
                Deque<Token> q = available.get(now.get(j));
                if (q != null && !q.isEmpty()) {
                    target[j] = q.poll();
                    stays.add(target[j]);
                }
            }
            wanted.put(id, target);
            kept.put(id, stays);
            for (Token t : tokens) {
                if (!stays.contains(t)) {
                    orphans.computeIfAbsent(t.duty, k -> new ArrayDeque<>()).add(new Owned(id, t));
                }
            }
        }
        Map<Token, PositionId> movedFrom = new HashMap<>();
        for (PositionId id : after.keySet()) {
            Token[] target = wanted.get(id);
            List<Duty> now = after.get(id).duties();
            for (int j = 0; j < target.length; j++) {
                if (target[j] == null) {
                    Deque<Owned> q = orphans.get(now.get(j));
                    Owned source = q == null ? null : q.poll();
                    target[j] = source == null ? new Token(now.get(j)) : source.token();
                    if (source != null) {
                        movedFrom.put(source.token(), source.owner());
                    }
                }
            }
        }
        for (PositionId id : after.keySet()) {
            removals(id, old.get(id), sim.get(id), kept.get(id), movedFrom, out);
        }
        for (PositionId id : after.keySet()) {
            reorder(id, wanted.get(id), sim.get(id), kept.get(id), out);
        }
        for (PositionId id : after.keySet()) {
            arrivals(id, wanted.get(id), sim, kept.get(id), movedFrom, out);
        }
    }

    private void removals(PositionId id, List<Token> old, List<Token> sim, Set<Token> stays,
                          Map<Token, PositionId> movedFrom, List<Change> out) {
        String name = quoted(after.get(id).title());
        for (int i = old.size() - 1; i >= 0; i--) {
            Token t = old.get(i);
            if (stays.contains(t) || movedFrom.containsKey(t)) {
                continue;
            }
            int at = sim.indexOf(t);
            sim.remove(at);
            out.add(new Change(ChangeKind.DUTY_REMOVED, id, after.get(id).title(), t.duty.text(), "", null,
                    ModelTexts.t("model.diff.dutyRemoved", quoted(t.duty.text()), name), Edits.removeDuty(id, at)));
        }
    }

    private void reorder(PositionId id, Token[] target, List<Token> sim, Set<Token> stays, List<Change> out) {
        List<Token> order = new ArrayList<>();
        for (Token t : target) {
            if (stays.contains(t)) {
                order.add(t);
            }
        }
        int[] places = new int[order.size()];
        for (int i = 0; i < places.length; i++) {
            places[i] = sim.indexOf(order.get(i));
        }
        boolean[] inPlace = LongestIncreasing.members(places);
        List<Edit> steps = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (inPlace[i]) {
                continue;
            }
            Token t = order.get(i);
            int from = sim.indexOf(t);
            sim.remove(from);
            int to = i == 0 ? firstStaying(sim, stays) : sim.indexOf(order.get(i - 1)) + 1;
            sim.add(to, t);
            steps.add(Edits.moveDuty(id, from, to));
        }
        if (!steps.isEmpty()) {
            String name = quoted(after.get(id).title());
            out.add(new Change(ChangeKind.DUTIES_REORDERED, id, after.get(id).title(), "", "", null,
                    ModelTexts.t("model.diff.dutiesReordered", name),
                    Edits.sequence(ModelTexts.t("model.diff.reorderDuties", name), steps)));
        }
    }

    private static int firstStaying(List<Token> sim, Set<Token> stays) {
        for (int i = 0; i < sim.size(); i++) {
            if (stays.contains(sim.get(i))) {
                return i;
            }
        }
        return 0;
    }

    private void arrivals(PositionId id, Token[] target, Map<PositionId, List<Token>> sim, Set<Token> stays,
                          Map<Token, PositionId> movedFrom, List<Change> out) {
        String title = after.get(id).title();
        List<Token> list = sim.get(id);
        for (int j = 0; j < target.length; j++) {
            Token t = target[j];
            if (stays.contains(t)) {
                continue;
            }
            int to = j == 0 ? 0 : list.indexOf(target[j - 1]) + 1;
            PositionId source = movedFrom.get(t);
            if (source == null) {
                list.add(to, t);
                out.add(new Change(ChangeKind.DUTY_ADDED, id, title, "", t.duty.text(), null,
                        ModelTexts.t("model.diff.dutyAdded", quoted(t.duty.text()), quoted(title)),
                        Edits.addDuty(id, t.duty, to)));
            } else {
                List<Token> from = sim.get(source);
                int at = from.indexOf(t);
                from.remove(at);
                list.add(to, t);
                String sourceTitle = after.get(source).title();
                out.add(new Change(ChangeKind.DUTY_MOVED, id, title, sourceTitle, title, source,
                        ModelTexts.t("model.diff.dutyMoved", quoted(t.duty.text()), quoted(sourceTitle), quoted(title)),
                        Edits.sequence(ModelTexts.t("model.diff.moveDuty", quoted(title)),
                                List.of(Edits.removeDuty(source, at), Edits.addDuty(id, t.duty, to)))));
            }
        }
    }
}
