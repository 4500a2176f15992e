package dev.orgwright.model.diff;

import static dev.orgwright.model.diff.ChangeEdits.edit;
import static dev.orgwright.model.diff.ChangeEdits.quoted;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Replacements;
import dev.orgwright.model.Tier;
import dev.orgwright.model.UnknownFields;
import java.util.List;
import java.util.Objects;

/** The fields of a position that is in both charts: title, holder, tier, department, notes and the rest. */
final class FieldDiff {

    private final Chart base;
    private final Chart target;

    FieldDiff(Chart base, Chart target) {
        this.base = base;
        this.target = target;
    }

    void fields(Position was, Position now, List<Change> out) {
        PositionId id = now.id();
        String name = quoted(now.title());
        if (!was.title().equals(now.title())) {
            add(out, ChangeKind.RETITLED, now, was.title(), now.title(),
                    quoted(was.title()) + " retitled " + name + ".", Edits.setTitle(id, now.title()));
        }
        if (!was.holder().equals(now.holder())) {
            String description = now.isVacant() ? name + " is now vacant (was held by " + was.holder().strip() + ")."
                    : was.isVacant() ? name + " is now held by " + now.holder().strip() + " (was vacant)."
                    : name + " is now held by " + now.holder().strip() + " instead of " + was.holder().strip() + ".";
            add(out, ChangeKind.HOLDER_CHANGED, now, was.holder(), now.holder(), description,
                    Edits.setHolder(id, now.holder()));
        }
        if (!Objects.equals(was.tierId(), now.tierId())) {
            String before = tierName(base, was.tierId());
            String after = tierName(target, now.tierId());
            add(out, ChangeKind.TIER_CHANGED, now, before, after,
                    name + " moved from " + before + " to " + after + ".", Edits.setTier(id, now.tierId()));
        }
        if (!was.department().equals(now.department())) {
            add(out, ChangeKind.DEPARTMENT_CHANGED, now, was.department(), now.department(),
                    name + " is now in the department " + (now.department().isBlank() ? "(none)"
                            : quoted(now.department())) + " (was " + (was.department().isBlank() ? "none"
                            : quoted(was.department())) + ").", Edits.setDepartment(id, now.department()));
        }
        if (!was.notes().equals(now.notes())) {
            add(out, ChangeKind.NOTES_CHANGED, now, was.notes(), now.notes(), "The notes of " + name + " changed.",
                    Edits.setNotes(id, now.notes()));
        }
        if (was.assistant() != now.assistant()) {
            add(out, ChangeKind.ASSISTANT_CHANGED, now, String.valueOf(was.assistant()), String.valueOf(now.assistant()),
                    name + (now.assistant() ? " is now" : " is no longer") + " an assistant to its manager.",
                    Edits.setAssistant(id, now.assistant()));
        }
        if (!was.unknownFields().equals(now.unknownFields())) {
            UnknownFields fields = now.unknownFields();
            add(out, ChangeKind.OTHER_FIELDS_CHANGED, now, was.unknownFields().toString(), fields.toString(),
                    "Fields of " + name + " that Orgwright does not show changed.",
                    edit("Change other fields of " + name,
                            c -> Replacements.position(c.position(id).withUnknownFields(fields)).apply(c)));
        }
    }

    private static void add(List<Change> out, ChangeKind kind, Position now, String before, String after,
                            String description, Edit edit) {
        out.add(new Change(kind, now.id(), now.title(), before, after, null, description, edit));
    }

    static String tierName(Chart chart, String tierId) {
        return tierId == null ? "no tier" : chart.tier(tierId).map(Tier::name).orElse(tierId);
    }
}
