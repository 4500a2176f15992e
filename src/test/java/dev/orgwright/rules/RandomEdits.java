package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import dev.orgwright.model.TierEdits;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random edit sequences for properties: every kind of edit the editor makes, fixes of findings
 * included, each aimed at whatever chart it meets (picks choose targets in tree order, so an
 * edit may well be refused). Shared by the validation and the undo history properties.
 */
public final class RandomEdits {

    private RandomEdits() {
    }

    /** The kinds of edit. */
    public enum Kind {
        ADD, REMOVE_WITH_SUBTREE, REMOVE_KEEPING_REPORTS, MOVE, REORDER, SET_TITLE, SET_TIER, SET_HOLDER,
        SET_ASSISTANT, ADD_DUTY, REMOVE_DUTY, REPLACE_DUTY, ADD_DOTTED_LINE, REMOVE_DOTTED_LINE, RENAME_TIER,
        SET_TYPICAL_TITLES, CHANGE_SETTINGS, ADD_BOARD_TIER, APPLY_FIX, SET_ROLE
    }

    /** One edit to be aimed at the chart it meets. */
    public record EditRecipe(Kind kind, int a, int b, int c) {
    }

    /** Random charts of up to {@code maxPositions} positions in the default tiers. */
    public static Arbitrary<Chart> charts(int maxPositions) {
        return RandomCharts.charts(maxPositions);
    }

    /** Sequences of 1 to {@code maxLength} edits. */
    public static Arbitrary<List<EditRecipe>> sequences(int maxLength) {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 10_000);
        return Combinators.combine(Arbitraries.of(Kind.class), pick, pick, pick).as(EditRecipe::new)
                .list().ofMinSize(1).ofMaxSize(maxLength);
    }

    /** The edit {@code r} makes of chart {@code c}, whose findings are {@code findings}. */
    public static Edit plan(Chart c, Validation findings, EditRecipe r) {
        List<PositionId> all = new ArrayList<>();
        c.inTreeOrder().forEach(p -> all.add(p.id()));
        Kind kind = all.isEmpty() ? Kind.ADD : r.kind();
        PositionId target = all.isEmpty() ? null : all.get(r.a() % all.size());
        PositionId managerOrNone = r.b() % (all.size() + 1) == all.size() ? null : all.get(r.b() % (all.size() + 1));
        String tier = List.of(Templates.SENIOR, Templates.EXECUTIVE, "").get(r.c() % 3);
        Duty duty = RandomCharts.duty(new RandomCharts.DutyRecipe(r.c() % RandomCharts.DUTIES.size(),
                r.b() % 3 == 0 ? r.c() % RandomCharts.LINKS.size() : -1));
        int dutyCount = target == null ? 0 : c.position(target).duties().size();
        return switch (kind) {
            case ADD -> Edits.add(new Position(PositionId.of("n" + r.a() % 50),
                    RandomCharts.TITLES.get(r.c() % RandomCharts.TITLES.size()), r.a() % 4 == 0 ? "" : "New holder",
                    tier, List.of(duty), managerOrNone, List.of(), "", "", false, null), r.c() % 4 - 1);
            case REMOVE_WITH_SUBTREE -> Edits.removeWithSubtree(target);
            case REMOVE_KEEPING_REPORTS -> Edits.removeKeepingReports(target);
            case MOVE -> Edits.move(target, managerOrNone, r.c() % 4 - 1);
            case REORDER -> Edits.reorder(target, r.c() % c.siblingsOf(target).size());
            case SET_TITLE -> Edits.setTitle(target, RandomCharts.TITLES.get(r.c() % RandomCharts.TITLES.size()));
            case SET_TIER -> Edits.setTier(target, tier.isEmpty() ? null : tier);
            case SET_HOLDER -> Edits.setHolder(target, r.c() % 2 == 0 ? "" : "Sam Holder");
            case SET_ASSISTANT -> Edits.setAssistant(target, !c.position(target).assistant());
            case ADD_DUTY -> Edits.addDuty(target, duty, r.b() % 3 - 1);
            case REMOVE_DUTY -> Edits.removeDuty(target, dutyCount == 0 ? 0 : r.b() % dutyCount);
            case REPLACE_DUTY -> Edits.replaceDuty(target, dutyCount == 0 ? 0 : r.b() % dutyCount, duty);
            case ADD_DOTTED_LINE -> Edits.addDottedLine(target, all.get(r.b() % all.size()));
            case REMOVE_DOTTED_LINE -> {
                List<PositionId> lines = c.position(target).dottedLines();
                yield Edits.removeDottedLine(target, lines.isEmpty() ? target : lines.get(r.b() % lines.size()));
            }
            case RENAME_TIER -> TierEdits.rename(r.b() % 2 == 0 ? Templates.SENIOR : Templates.EXECUTIVE,
                    "Renamed " + r.c() % 5);
            case SET_TYPICAL_TITLES -> TierEdits.setTypicalTitles(Templates.EXECUTIVE,
                    r.c() % 2 == 0 ? List.of("Director", "Team Lead") : List.of("Head of *", "CFO"));
            case CHANGE_SETTINGS -> Edits.setSettings(switch (r.c() % 5) {
                case 0 -> c.settings().with("rules.span-of-control.senior", 2 + r.b() % 4);
                case 1 -> c.settings().with("rules.vacant-position.enabled", r.b() % 2 == 0);
                case 2 -> c.settings().with("rules.duty-outside-tier.severity", r.b() % 2 == 0 ? "error" : "info");
                case 3 -> c.settings().with("rules.matching.threshold", 1.0 + r.b() % 3);
                default -> c.settings().with("rules.no-senior-oversight.tier", r.b() % 2 == 0 ? "board" : "executive");
            });
            case SET_ROLE -> dev.orgwright.model.Accountability.setRole(target,
                    RandomCharts.LINKS.get(r.c() % RandomCharts.LINKS.size()),
                    r.b() % 5 == 4 ? null : dev.orgwright.model.RaciRole.values()[r.b() % 4]);
            case ADD_BOARD_TIER -> TierEdits.add(Tier.of("board", "Board", 1, List.of("Chair", "Board Member"),
                    List.of()), 0);
            case APPLY_FIX -> {
                List<Finding> withFix = findings.all().stream().filter(f -> f.fix().isPresent()).toList();
                yield withFix.isEmpty() ? Edits.setHolder(target, "Fixer")
                        : withFix.get(r.b() % withFix.size()).fix().get().edit();
            }
        };
    }
}
