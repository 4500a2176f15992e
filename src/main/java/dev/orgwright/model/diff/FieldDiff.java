package dev.orgwright.model.diff;

import static dev.orgwright.model.diff.ChangeEdits.edit;
import static dev.orgwright.model.diff.ChangeEdits.quoted;

import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.ModelTexts;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import dev.orgwright.model.Replacements;
import dev.orgwright.model.Tier;
import dev.orgwright.model.UnknownFields;
import java.util.List;
import java.util.Objects;

/**
 * The fields of a position that is in both charts: title, holder, tier, department, notes, FTE,
 * cost, status, photo and the rest. A cost and a private field's value are private: their change is
 * listed without the values, which {@link Change#withPrivateValues()} shows to a user who asks.
 */
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
                    ModelTexts.t("model.diff.retitled", quoted(was.title()), name), Edits.setTitle(id, now.title()));
        }
        if (!was.holder().equals(now.holder()) || was.holderDisclosed() != now.holderDisclosed()) {
            String before = holderWords(was);
            String after = holderWords(now);
            String description = now.isVacant() ? ModelTexts.t("model.diff.vacantNow", name, before)
                    : was.isVacant() ? ModelTexts.t("model.diff.heldNow", name, after)
                    : ModelTexts.t("model.diff.heldInstead", name, after, before);
            add(out, ChangeKind.HOLDER_CHANGED, now, holderCell(was), holderCell(now), description,
                    now.isHolderUndisclosed() ? Edits.setHolderNotDisclosed(id) : Edits.setHolder(id, now.holder()));
        }
        if (!Objects.equals(was.tierId(), now.tierId())) {
            String before = tierName(base, was.tierId());
            String after = tierName(target, now.tierId());
            add(out, ChangeKind.TIER_CHANGED, now, before, after,
                    ModelTexts.t("model.diff.moved", name, before, after), Edits.setTier(id, now.tierId()));
        }
        if (!was.department().equals(now.department())) {
            add(out, ChangeKind.DEPARTMENT_CHANGED, now, was.department(), now.department(),
                    ModelTexts.t("model.diff.department", name, now.department().isBlank()
                            ? ModelTexts.t("model.diff.departmentNoneNow") : quoted(now.department()),
                            was.department().isBlank() ? ModelTexts.t("model.diff.departmentNone")
                            : quoted(was.department())), Edits.setDepartment(id, now.department()));
        }
        if (!was.notes().equals(now.notes())) {
            add(out, ChangeKind.NOTES_CHANGED, now, was.notes(), now.notes(), ModelTexts.t("model.diff.notes", name),
                    Edits.setNotes(id, now.notes()));
        }
        if (was.assistant() != now.assistant()) {
            add(out, ChangeKind.ASSISTANT_CHANGED, now, String.valueOf(was.assistant()), String.valueOf(now.assistant()),
                    ModelTexts.t(now.assistant() ? "model.diff.assistantNow" : "model.diff.assistantNoLonger", name),
                    Edits.setAssistant(id, now.assistant()));
        }
        if (was.fte().compareTo(now.fte()) != 0) {
            add(out, ChangeKind.FTE_CHANGED, now, was.fte().toPlainString(), now.fte().toPlainString(),
                    ModelTexts.t("model.diff.fte", name, now.fte().toPlainString(), was.fte().toPlainString()),
                    Edits.setFte(id, now.fte()));
        }
        if (!Objects.equals(was.cost(), now.cost())) {
            String description = ModelTexts.t(!now.hasCost() ? "model.diff.costGone"
                    : !was.hasCost() ? "model.diff.costNew" : "model.diff.costChanged", name);
            String before = amount(was.cost());
            String after = amount(now.cost());
            String shown = !now.hasCost() ? ModelTexts.t("model.diff.costGoneShown", name, money(before))
                    : !was.hasCost() ? ModelTexts.t("model.diff.costNewShown", name, money(after))
                    : ModelTexts.t("model.diff.costChangedShown", name, money(after), money(before));
            addPrivate(out, ChangeKind.COST_CHANGED, now, description, before, after, shown,
                    Edits.setCost(id, now.cost()));
        }
        if (was.status() != now.status()) {
            add(out, ChangeKind.STATUS_CHANGED, now, statusWord(was.status()), statusWord(now.status()),
                    now.status() == null ? ModelTexts.t("model.diff.statusNoLonger", name, statusWord(was.status()))
                            : was.status() == null ? ModelTexts.t("model.diff.statusNow", name, statusWord(now.status()))
                            : ModelTexts.t("model.diff.statusNowWas", name, statusWord(now.status()),
                                    statusWord(was.status())),
                    Edits.setStatus(id, now.status()));
        }
        if (was.archetype() != now.archetype()) {
            String before = was.archetype() == null ? "" : was.archetype().key();
            String after = now.archetype() == null ? "" : now.archetype().key();
            add(out, ChangeKind.ARCHETYPE_CHANGED, now, before, after,
                    now.archetype() == null ? ModelTexts.t("model.diff.archetypeNoLonger", name, before)
                            : was.archetype() == null ? ModelTexts.t("model.diff.archetypeNow", name, after)
                            : ModelTexts.t("model.diff.archetypeNowWas", name, after, before),
                    Edits.setArchetype(id, now.archetype()));
        }
        if (!was.photo().equals(now.photo())) {
            // The references are left out: a photo may be a whole image written into the chart.
            String description = ModelTexts.t(now.photo().isEmpty() ? "model.diff.photoGone"
                    : was.photo().isEmpty() ? "model.diff.photoNew" : "model.diff.photoChanged", name);
            add(out, ChangeKind.PHOTO_CHANGED, now, "", "", description, Edits.setPhoto(id, now.photo()));
        }
        if (!was.fieldValues().equals(now.fieldValues())) {
            values(was, now, out);
        }
        if (!was.unknownFields().equals(now.unknownFields())) {
            UnknownFields fields = now.unknownFields();
            add(out, ChangeKind.OTHER_FIELDS_CHANGED, now, was.unknownFields().toString(), fields.toString(),
                    ModelTexts.t("model.diff.otherFields", name),
                    edit(ModelTexts.t("model.diff.changeOtherFields", name),
                            c -> Replacements.position(c.position(id).withUnknownFields(fields)).apply(c)));
        }
    }

    /**
     * The values of the new chart's fields, in its order. Values of fields the new chart lacks
     * are not listed: the change of the chart's fields drops them.
     */
    private void values(Position was, Position now, List<Change> out) {
        PositionId id = now.id();
        String name = quoted(now.title());
        for (FieldDefinition f : target.fields()) {
            Object before = was.fieldValues().get(f.id()).orElse(null);
            Object after = now.fieldValues().get(f.id()).orElse(null);
            if (Objects.equals(before, after)) {
                continue;
            }
            Edit edit = CustomFieldEdits.setValue(id, f.id(), after);
            String field = quoted(f.name());
            String b = shown(before);
            String a = shown(after);
            String empty = ModelTexts.t("model.diff.fieldEmpty");
            String withValues = ModelTexts.t("model.diff.fieldValue", field, name, after == null ? empty : quoted(a),
                    before == null ? empty : quoted(b));
            if (f.isPrivate()) {
                String description = ModelTexts.t(after == null ? "model.diff.fieldGone"
                        : before == null ? "model.diff.fieldNew" : "model.diff.fieldChanged", field, name);
                addPrivate(out, ChangeKind.PRIVATE_FIELD_VALUE_CHANGED, now, description, b, a, withValues, edit);
            } else {
                add(out, ChangeKind.FIELD_VALUE_CHANGED, now, b, a, withValues, edit);
            }
        }
    }

    private static String shown(Object value) {
        return value == null ? "" : value instanceof java.math.BigDecimal n ? n.toPlainString() : value.toString();
    }

    private static void add(List<Change> out, ChangeKind kind, Position now, String before, String after,
                            String description, Edit edit) {
        out.add(new Change(kind, now.id(), now.title(), before, after, null, description, edit));
    }

    /**
     * A change of private values: listed as {@code description} without them, and with them
     * ({@code before}, {@code after}, {@code shown}) only through {@link Change#withPrivateValues()}.
     */
    private static void addPrivate(List<Change> out, ChangeKind kind, Position now, String description,
                                   String before, String after, String shown, Edit edit) {
        Change withValues = new Change(kind, now.id(), now.title(), before, after, null, shown, edit);
        out.add(new Change(kind, now.id(), now.title(), "", "", null, description, edit, withValues));
    }

    /** A cost as the change list shows it to a user who asked: the plain number, empty for none. */
    private static String amount(java.math.BigDecimal cost) {
        return cost == null ? "" : cost.toPlainString();
    }

    /** "120000 GBP", or the bare number when the chart names no currency. */
    private String money(String amount) {
        return target.settings().currency().map(c -> amount + " " + c).orElse(amount);
    }

    private static String statusWord(PositionStatus status) {
        return status == null ? "" : status.key();
    }

    static String tierName(Chart chart, String tierId) {
        return tierId == null ? ModelTexts.t("model.diff.noTier") : chart.tier(tierId).map(Tier::name).orElse(tierId);
    }

    /** "held by Ana Diaz", "held by someone not disclosed"; a vacancy is said by the caller. */
    private static String holderWords(Position p) {
        return p.isHolderUndisclosed() ? ModelTexts.t("model.diff.heldByUndisclosed") : ModelTexts.t("model.diff.heldBy", p.holder().strip());
    }

    /** The holder as the list of changes shows it: the name, or "(not disclosed)", never a made-up name. */
    static String holderCell(Position p) {
        return p.isHolderUndisclosed() ? ModelTexts.t("model.diff.notDisclosed") : p.holder();
    }
}
