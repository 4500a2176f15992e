package dev.orgwright.model.diff;

import static dev.orgwright.model.diff.ChangeEdits.edit;
import static dev.orgwright.model.diff.ChangeEdits.quoted;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.ModelTexts;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Replacements;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dotted lines of a position: removed, put in another order, added (each right after the
 * line before it in the new list). Dotted-line managers are unique within a position's list,
 * so lines are followed by their manager's id. Applied once every position of the new chart
 * exists, and before any position goes.
 */
final class DottedLineDiff {

    private final Chart base;
    private final Chart target;

    DottedLineDiff(Chart base, Chart target) {
        this.base = base;
        this.target = target;
    }

    /** {@code was} is null for an added position. */
    void lines(Position was, Position now, List<Change> out) {
        PositionId id = now.id();
        List<PositionId> old = was == null ? List.of() : was.dottedLines();
        List<PositionId> wanted = now.dottedLines();
        Set<PositionId> wantedSet = new HashSet<>(wanted);
        Set<PositionId> oldSet = new HashSet<>(old);
        String name = quoted(now.title());
        for (PositionId to : old) {
            if (!wantedSet.contains(to)) {
                String manager = base.position(to).title();
                out.add(new Change(ChangeKind.DOTTED_LINE_REMOVED, id, now.title(), manager, "", to,
                        ModelTexts.t("model.diff.dottedLineRemoved", name, quoted(manager)),
                        Edits.removeDottedLine(id, to)));
            }
        }
        List<PositionId> keptOld = old.stream().filter(wantedSet::contains).toList();
        List<PositionId> keptNew = wanted.stream().filter(oldSet::contains).toList();
        if (!keptOld.equals(keptNew)) {
            out.add(new Change(ChangeKind.DOTTED_LINES_REORDERED, id, now.title(), "", "", null,
                    ModelTexts.t("model.diff.dottedLinesReordered", name),
                    edit(ModelTexts.t("model.diff.reorderDottedLines", name), c -> {
                        Position p = c.position(id);
                        return Replacements.position(p.withDottedLines(keptNew)).apply(c);
                    })));
        }
        for (int j = 0; j < wanted.size(); j++) {
            PositionId to = wanted.get(j);
            if (oldSet.contains(to)) {
                continue;
            }
            PositionId predecessor = j == 0 ? null : wanted.get(j - 1);
            String manager = target.position(to).title();
            out.add(new Change(ChangeKind.DOTTED_LINE_ADDED, id, now.title(), "", manager, to,
                    ModelTexts.t("model.diff.dottedLineAdded", name, quoted(manager)),
                    edit(ModelTexts.t("model.diff.addDottedLine", name), c -> {
                        Position p = c.position(id);
                        List<PositionId> lines = new ArrayList<>(p.dottedLines());
                        lines.add(predecessor == null ? 0 : lines.indexOf(predecessor) + 1, to);
                        return Replacements.position(p.withDottedLines(lines)).apply(c);
                    })));
        }
    }
}
