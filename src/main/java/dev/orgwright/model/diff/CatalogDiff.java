package dev.orgwright.model.diff;

import static dev.orgwright.model.diff.ChangeEdits.edit;
import static dev.orgwright.model.diff.ChangeEdits.quoted;

import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Edits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.ModelTexts;
import dev.orgwright.model.Replacements;
import dev.orgwright.model.Settings;
import dev.orgwright.model.Tier;
import dev.orgwright.model.UnknownFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chart as a whole: its title, settings and tier catalog. A tier that goes cannot go
 * before its positions have left it, so the catalog changes in two steps: first to the new
 * tiers plus the old ones still needed (ranked below the new ones), last without those.
 */
final class CatalogDiff {

    private final Chart base;
    private final Chart target;

    CatalogDiff(Chart base, Chart target) {
        this.base = base;
        this.target = target;
    }

    void first(List<Change> out) {
        if (!base.title().equals(target.title())) {
            String title = target.title();
            out.add(new Change(ChangeKind.CHART_RETITLED, null, title, base.title(), title, null,
                    ModelTexts.t("model.diff.chartTitle", quoted(title), quoted(base.title())),
                    Edits.setChartTitle(title)));
        }
        if (!base.settings().equals(target.settings()) || !base.unknownFields().equals(target.unknownFields())) {
            Settings settings = target.settings();
            UnknownFields fields = target.unknownFields();
            out.add(new Change(ChangeKind.SETTINGS_CHANGED, null, target.title(), "", "", null,
                    ModelTexts.t("model.diff.settings"),
                    edit(ModelTexts.t("model.edit.settings"), c -> c.withSettings(settings).withUnknownFields(fields))));
        }
        if (!base.fields().equals(target.fields())) {
            // Before the positions: an added position or a value may need a field the old chart lacks.
            out.add(new Change(ChangeKind.FIELDS_CHANGED, null, target.title(), "", "", null, describeFields(),
                    CustomFieldEdits.replaceAll(target.fields())));
        }
        List<Tier> meanwhile = meanwhile();
        if (!meanwhile.equals(base.tiers())) {
            out.add(new Change(ChangeKind.TIERS_CHANGED, null, target.title(), "", "", null, describeTiers(),
                    Replacements.tiers(meanwhile)));
        }
    }

    private String describeFields() {
        List<String> parts = new java.util.ArrayList<>();
        for (FieldDefinition f : target.fields()) {
            java.util.Optional<FieldDefinition> old = base.field(f.id());
            if (old.isEmpty()) {
                parts.add(ModelTexts.t("model.diff.fields.added", quoted(f.name())));
            } else if (!old.get().name().equals(f.name())) {
                parts.add(ModelTexts.t("model.diff.fields.renamed", quoted(old.get().name()), quoted(f.name())));
            } else if (!old.get().equals(f)) {
                parts.add(ModelTexts.t("model.diff.fields.changed", quoted(f.name())));
            }
        }
        for (FieldDefinition f : base.fields()) {
            if (target.field(f.id()).isEmpty()) {
                parts.add(ModelTexts.t("model.diff.fields.removed", quoted(f.name())));
            }
        }
        return parts.isEmpty() ? ModelTexts.t("model.diff.fields.order")
                : ModelTexts.t("model.diff.fields", String.join("; ", parts));
    }

    void last(List<Change> out) {
        for (Tier t : base.tiers()) {
            if (target.tier(t.id()).isEmpty()) {
                String id = t.id();
                out.add(new Change(ChangeKind.TIER_REMOVED, null, t.name(), t.name(), "", null,
                        ModelTexts.t("model.diff.tierRemoved", quoted(t.name())),
                        edit(ModelTexts.t("model.diff.removeTier", quoted(t.name())), c -> Replacements.tiers(
                                c.tiers().stream().filter(x -> !x.id().equals(id)).toList()).apply(c))));
            }
        }
    }

    /** The new tiers, then the old ones the new chart lacks, ranked below them. */
    private List<Tier> meanwhile() {
        List<Tier> tiers = new ArrayList<>(target.tiers());
        int rank = tiers.stream().mapToInt(Tier::rank).max().orElse(0);
        for (Tier t : base.tiers()) {
            if (target.tier(t.id()).isEmpty()) {
                tiers.add(t.withRank(++rank));
            }
        }
        tiers.sort(Comparator.comparingInt(Tier::rank));
        return tiers;
    }

    private String describeTiers() {
        List<String> parts = new ArrayList<>();
        Map<String, Tier> old = new HashMap<>();
        base.tiers().forEach(t -> old.put(t.id(), t));
        for (Tier t : target.tiers()) {
            Tier was = old.get(t.id());
            if (was == null) {
                parts.add(ModelTexts.t("model.diff.tiers.added", quoted(t.name())));
                continue;
            }
            if (!was.name().equals(t.name())) {
                parts.add(ModelTexts.t("model.diff.tiers.renamed", quoted(was.name()), quoted(t.name())));
            }
            if (was.rank() != t.rank()) {
                parts.add(ModelTexts.t("model.diff.tiers.rank", quoted(t.name()), t.rank(), was.rank()));
            }
            if (!was.responsibilities().equals(t.responsibilities())) {
                parts.add(ModelTexts.t("model.diff.tiers.responsibilities", quoted(t.name())));
            }
            if (!was.grades().equals(t.grades())) {
                parts.add(ModelTexts.t("model.diff.tiers.grades", quoted(t.name())));
            }
            if (!was.typicalTitles().equals(t.typicalTitles()) || !was.unknownFields().equals(t.unknownFields())) {
                parts.add(ModelTexts.t("model.diff.tiers.other", quoted(t.name())));
            }
        }
        return ModelTexts.t("model.diff.tiers", parts.isEmpty() ? ModelTexts.t("model.diff.tiers.ranks") : String.join("; ", parts));
    }
}
