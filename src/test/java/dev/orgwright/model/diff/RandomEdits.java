package dev.orgwright.model.diff;

import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Edits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import dev.orgwright.model.TierEdits;
import dev.orgwright.model.UnknownFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random charts and random edit sequences for the comparison's properties. Duty texts and ids
 * come from small pools, so that equal duties, duties moving between positions and ids of
 * removed positions coming back all happen often.
 */
public final class RandomEdits {

    enum Kind {
        ADD, REMOVE_WITH_SUBTREE, REMOVE_KEEPING_REPORTS, MOVE, REORDER, SET_TITLE, SET_HOLDER, SET_TIER,
        SET_DEPARTMENT, SET_NOTES, SET_ASSISTANT, SET_UNKNOWN, SET_FTE, SET_COST, SET_STATUS, SET_PHOTO, SET_FIELD_VALUE, ADD_DUTY, REMOVE_DUTY, MOVE_DUTY, REPLACE_DUTY,
        DUTY_TO_OTHER, ADD_DOTTED_LINE, REMOVE_DOTTED_LINE, REVERSE_DOTTED_LINES, SET_CHART_TITLE, ADD_TIER, REMOVE_TIER, RENAME_TIER,
        MOVE_TIER, ADD_RESPONSIBILITY, DEFINE_FIELD, RENAME_FIELD, REMOVE_FIELD, SET_ARCHETYPE
    }

    /** An edit aimed at whatever chart it meets; the picks choose targets in tree order. */
    public record Recipe(Kind kind, int a, int b, int c) {
    }

    record Shape(int parent, int tier, int duties, int dotted) {
    }

    private static final List<String> DUTIES = List.of("Set the strategy", "Own the budget", "Hire the team",
            "Run daily operations", "Report to the board", "Meet deadlines");
    private static final List<String> TIERS = List.of(Templates.SENIOR, Templates.EXECUTIVE, "");

    private RandomEdits() {
    }

    public static Arbitrary<Chart> charts(int maxPositions) {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 10_000);
        return Combinators.combine(pick, pick, pick, pick).as(Shape::new).list().ofMaxSize(maxPositions)
                .map(RandomEdits::chart);
    }

    public static Arbitrary<List<Recipe>> recipes(int maxEdits) {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 10_000);
        return Combinators.combine(Arbitraries.of(Kind.class), pick, pick, pick).as(Recipe::new)
                .list().ofMaxSize(maxEdits);
    }

    static Chart chart(List<Shape> shapes) {
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            int parent = s.parent() % (i + 2);
            List<Duty> duties = new ArrayList<>();
            for (int d = 0; d < s.duties() % 4; d++) {
                duties.add(Duty.of(DUTIES.get((s.duties() / 4 + d) % DUTIES.size())));
            }
            List<PositionId> dotted = new ArrayList<>();
            if (i > 2 && s.dotted() % 3 != 1) {
                dotted.add(PositionId.of("p" + s.dotted() % i));
                PositionId second = PositionId.of("p" + (s.dotted() / 3) % i);
                if (s.dotted() % 3 == 2 && !dotted.contains(second)) {
                    dotted.add(second);
                }
            }
            positions.add(new Position(PositionId.of("p" + i), "Role " + i, i % 3 == 0 ? "" : "Holder " + i,
                    TIERS.get(s.tier() % 3), duties, parent < i ? PositionId.of("p" + parent) : null, dotted,
                    "Dept " + i % 4, "", false, null));
        }
        try {
            return Chart.builder().title("Random").tiers(Templates.leadershipTeam()).addAll(positions).build();
        } catch (InvalidChartException e) {
            throw new AssertionError("a generated chart should build: " + e.problems(), e);
        }
    }

    /** Applies the recipes one after another; edits the chart refuses are skipped. */
    public static Chart apply(Chart chart, List<Recipe> recipes) {
        Chart c = chart;
        for (Recipe r : recipes) {
            Edit e = edit(c, r);
            if (e == null) {
                continue;
            }
            try {
                c = e.apply(c);
            } catch (EditRefusedException refused) {
                // an edit the chart does not allow is simply not made
            }
        }
        return c;
    }

    /**
     * Applies only the recipes that edit positions, not the title, tiers or fields: the edits a
     * scenario can take, which shares the chart's catalog.
     */
    public static Chart applyToPositions(Chart chart, List<Recipe> recipes) {
        return apply(chart, recipes.stream().filter(r -> r.kind().ordinal() < Kind.SET_CHART_TITLE.ordinal()
                && (r.kind() != Kind.SET_FIELD_VALUE || !chart.fields().isEmpty())).toList());
    }

    private static Edit edit(Chart c, Recipe r) {
        List<PositionId> all = new ArrayList<>();
        c.inTreeOrder().forEach(p -> all.add(p.id()));
        if (all.isEmpty() && r.kind().ordinal() <= Kind.REVERSE_DOTTED_LINES.ordinal()) {
            return add(c, r, null);
        }
        if (c.tiers().isEmpty() && r.kind().ordinal() > Kind.ADD_TIER.ordinal()) {
            return null;
        }
        PositionId target = all.isEmpty() ? null : all.get(r.a() % all.size());
        PositionId other = all.isEmpty() ? null : all.get(r.b() % all.size());
        PositionId managerOrNone = r.b() % (all.size() + 1) == all.size() ? null : other;
        String tier = TIERS.get(r.c() % 3);
        Duty duty = Duty.of(DUTIES.get(r.b() % DUTIES.size()));
        return switch (r.kind()) {
            case ADD -> add(c, r, managerOrNone);
            case REMOVE_WITH_SUBTREE -> Edits.removeWithSubtree(target);
            case REMOVE_KEEPING_REPORTS -> Edits.removeKeepingReports(target);
            case MOVE -> Edits.move(target, managerOrNone, r.c() % (all.size() + 1) - 1);
            case REORDER -> Edits.reorder(target, r.b() % c.siblingsOf(target).size());
            case SET_TITLE -> Edits.setTitle(target, "Role " + r.b() % 7);
            case SET_HOLDER -> Edits.setHolder(target, r.b() % 2 == 0 ? "" : "Holder " + r.b() % 5);
            case SET_TIER -> Edits.setTier(target, tier.isEmpty() ? null : tier);
            case SET_DEPARTMENT -> Edits.setDepartment(target, "Dept " + r.b() % 5);
            case SET_NOTES -> Edits.setNotes(target, "Note " + r.b() % 3);
            case SET_ASSISTANT -> Edits.setAssistant(target, r.b() % 2 == 0);
            case SET_UNKNOWN -> dev.orgwright.model.Replacements.position(c.position(target)
                    .withUnknownFields(UnknownFields.of(Map.of("x-colour", "c" + r.b() % 3))));
            case SET_FTE -> Edits.setFte(target, r.b() % 3 == 0 ? null : new java.math.BigDecimal(r.b() % 4 + 1).movePointLeft(1));
            case SET_COST -> Edits.setCost(target, r.b() % 3 == 0 ? null : java.math.BigDecimal.valueOf(50_000L + r.b() % 4 * 1000));
            case SET_STATUS -> Edits.setStatus(target, r.b() % 3 == 0 ? null : dev.orgwright.model.PositionStatus.values()[r.b() % 2]);
            case SET_ARCHETYPE -> Edits.setArchetype(target, r.b() % 3 == 0 ? null
                    : dev.orgwright.model.ManagerArchetype.values()[r.b() % 5]);
            case SET_PHOTO -> Edits.setPhoto(target, r.b() % 3 == 0 ? "" : "photos/p" + r.b() % 4 + ".jpg");
            // The first value defines its field too, so that values (private ones most of all) are common.
            case SET_FIELD_VALUE -> c.fields().isEmpty()
                    ? Edits.sequence("Add a field with a value", List.of(CustomFieldEdits.define(FIELDS.get(r.b() % 2)),
                            fieldValue(target, FIELDS.get(r.b() % 2), r.c() | 1)))
                    : fieldValue(target, c.fields().get(r.b() % c.fields().size()), r.c());
            case DEFINE_FIELD -> CustomFieldEdits.define(FIELDS.get(r.b() % FIELDS.size()));
            case RENAME_FIELD -> c.fields().isEmpty() ? null
                    : CustomFieldEdits.rename(c.fields().get(r.b() % c.fields().size()).id(), "Field " + r.c() % 4);
            case REMOVE_FIELD -> c.fields().isEmpty() ? null
                    : CustomFieldEdits.remove(c.fields().get(r.b() % c.fields().size()).id());
            case ADD_DUTY -> Edits.addDuty(target, duty, r.c() % (c.position(target).duties().size() + 2) - 1);
            case REMOVE_DUTY -> dutyIndex(c, target, r.b(), i -> Edits.removeDuty(target, i));
            case MOVE_DUTY -> dutyIndex(c, target, r.b(),
                    i -> Edits.moveDuty(target, i, r.c() % c.position(target).duties().size()));
            case REPLACE_DUTY -> dutyIndex(c, target, r.b(), i -> Edits.replaceDuty(target, i,
                    Duty.linked(DUTIES.get(r.c() % DUTIES.size()), r.c() % 2 == 0 ? null : "strategy")));
            case DUTY_TO_OTHER -> dutyIndex(c, target, r.b(), i -> Edits.sequence("hand over", List.of(
                    Edits.removeDuty(target, i),
                    Edits.addDuty(other, c.position(target).duties().get(i), r.c() % 3 - 1))));
            case ADD_DOTTED_LINE -> Edits.addDottedLine(target, other);
            case REMOVE_DOTTED_LINE -> {
                List<PositionId> lines = c.position(target).dottedLines();
                yield lines.isEmpty() ? null : Edits.removeDottedLine(target, lines.get(r.b() % lines.size()));
            }
            case REVERSE_DOTTED_LINES -> {
                List<PositionId> lines = new ArrayList<>(c.position(target).dottedLines());
                java.util.Collections.reverse(lines);
                yield dev.orgwright.model.Replacements.position(c.position(target).withDottedLines(lines));
            }
            case SET_CHART_TITLE -> Edits.setChartTitle("Random " + r.b() % 3);
            case ADD_TIER -> TierEdits.add(Tier.of("board" + r.b() % 3, "Board " + r.b() % 3, 1, List.of("Chair"),
                    List.of()), r.c() % 4 - 1);
            case REMOVE_TIER -> TierEdits.remove(c.tiers().get(r.b() % c.tiers().size()).id());
            case RENAME_TIER -> TierEdits.rename(c.tiers().get(r.b() % c.tiers().size()).id(), "Tier " + r.c() % 4);
            case MOVE_TIER -> TierEdits.move(c.tiers().get(r.b() % c.tiers().size()).id(), r.c() % c.tiers().size());
            case ADD_RESPONSIBILITY -> TierEdits.addResponsibility(c.tiers().get(r.b() % c.tiers().size()).id(),
                    new Responsibility("r" + r.c() % 50, "Something " + r.c(), List.of("word"), null));
        };
    }

    /** The chart's own fields that random edits define: one of each type, one private. */
    private static final List<FieldDefinition> FIELDS = List.of(
            FieldDefinition.of("email", "E-mail", FieldType.TEXT, true),
            FieldDefinition.of("grade", "Grade", FieldType.NUMBER, false),
            FieldDefinition.of("start", "Start date", FieldType.DATE, false),
            new FieldDefinition("office", "Office", FieldType.CHOICE, false, List.of("Leeds", "Lisbon", "Lagos")));

    private static Edit fieldValue(PositionId target, FieldDefinition field, int pick) {
        Object value = pick % 4 == 0 ? null : switch (field.type()) {
            case TEXT -> "p" + pick % 5 + "@example.org";
            case NUMBER -> java.math.BigDecimal.valueOf(pick % 7, 1);
            case DATE -> "2025-0" + (pick % 9 + 1) + "-1" + pick % 10;
            case CHOICE -> field.choices().get(pick % field.choices().size());
        };
        return CustomFieldEdits.setValue(target, field.id(), value);
    }

    private static Edit add(Chart c, Recipe r, PositionId manager) {
        String tier = TIERS.get(r.c() % 3);
        Position p = new Position(PositionId.of("p" + r.a() % 60), "New " + r.a() % 5, "", tier,
                List.of(Duty.of(DUTIES.get(r.c() % DUTIES.size()))), manager, List.of(), "", "", false, null);
        return Edits.add(p, r.c() % 5 - 1);
    }

    private static Edit dutyIndex(Chart c, PositionId target, int pick, java.util.function.IntFunction<Edit> make) {
        int n = c.position(target).duties().size();
        return n == 0 ? null : make.apply(pick % n);
    }

    /** A chart equal to {@code chart}, built from scratch, sharing nothing with it, as a file would give. */
    public static Chart rebuild(Chart chart) {
        List<Position> copy = new ArrayList<>();
        chart.inTreeOrder().forEach(p -> copy.add(new Position(PositionId.of(new String(p.id().value())), p.title(),
                p.holder(), p.tierId(), List.copyOf(p.duties()), p.reportsTo(), List.copyOf(p.dottedLines()),
                p.department(), p.notes(), p.assistant(), p.fte(), p.cost(), p.status(), p.photo(), p.fieldValues(),
                p.unknownFields()).withArchetype(p.archetype())));
        try {
            Chart rebuilt = Chart.builder().title(chart.title()).tiers(chart.tiers()).settings(chart.settings())
                    .fields(chart.fields()).unknownFields(chart.unknownFields()).addAll(copy).build();
            if (chart.scenarios().isEmpty()) {
                return rebuilt;
            }
            List<dev.orgwright.model.Scenario> scenarios = new ArrayList<>();
            for (dev.orgwright.model.Scenario s : chart.scenarios()) {
                scenarios.add(new dev.orgwright.model.Scenario(new String(s.id()), s.name(), s.description(),
                        s.basedOn(), rebuild(s.chart()), s.unknownFields()));
            }
            return rebuilt.withScenarios(scenarios);
        } catch (InvalidChartException e) {
            throw new AssertionError("an edited chart should build again: " + e.problems(), e);
        }
    }

    /** Every position id in tree order. */
    public static List<PositionId> treeOrder(Chart chart) {
        List<PositionId> out = new ArrayList<>();
        chart.inTreeOrder().forEach(p -> out.add(p.id()));
        return out;
    }
}
