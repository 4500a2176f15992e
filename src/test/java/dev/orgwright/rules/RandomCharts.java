package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random charts for the rule properties: the default tiers, titles typical of either tier or of
 * neither, duties mixing senior, executive and hands-on phrases (some linked, some linked to a
 * responsibility the catalog lacks), positions in either tier or none, held or vacant, and now
 * and then a manager with a wide span.
 */
public final class RandomCharts {

    static final List<String> TITLES = List.of(
            "Chief Executive Officer", "CEO", "CFO", "Chief Marketing Officer", "VP of Sales", "Managing Director",
            "Founder", "President", "Head of Sales", "Head of Engineering", "Team Lead", "Sales Director",
            "Operations Manager", "Department Head", "Executive Assistant", "Office Coordinator", "Analyst",
            "Partner", "Software Engineer", "Advisor");

    static final List<String> DUTIES = List.of(
            // senior
            "Sets the company vision", "Reviews the budget every quarter", "Decides on restructuring the company",
            "Owns the five-year plan with the board", "Sets the compliance policy", "Keeps spending in check",
            "Leads the reorganisation of the divisions", "Talks to investors about fundraising",
            // executive
            "Runs the daily stand-up", "Meets deadlines and targets", "Coaches struggling team members",
            "Holds weekly one-on-ones with staff", "Schedules the shifts", "Tracks the KPIs and milestones",
            "Runs daily operations of the warehouse", "Gives feedback in performance reviews",
            // neutral, hands-on or weak
            "Writes the mobile app", "Fixes the printers", "Answers the phone", "Keeps the office tidy",
            "Represents us with partners", "Takes the minutes", "Checks invoices");

    static final List<String> LINKS = List.of("strategy", "policy", "budgets", "restructuring", "operations",
            "delivery", "team-communication", "performance", "retired-responsibility");

    private static final List<String> TIERS = List.of(Templates.SENIOR, Templates.EXECUTIVE, "");

    /** One duty: which text, and a link (-1: free text). */
    record DutyRecipe(int text, int link) {
    }

    /** One position; picks are reduced modulo what exists. */
    record PositionRecipe(int parent, boolean wide, int tier, int title, boolean vacant, boolean assistant,
                          List<DutyRecipe> duties) {
    }

    private RandomCharts() {
    }

    static Arbitrary<DutyRecipe> duties() {
        // Most duties are free text, as users write them; some are linked, a few to a lost id.
        Arbitrary<Integer> link = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(-1)),
                Tuple.of(2, Arbitraries.integers().between(0, LINKS.size() - 1)));
        return Combinators.combine(Arbitraries.integers().between(0, DUTIES.size() - 1), link).as(DutyRecipe::new);
    }

    static Arbitrary<List<PositionRecipe>> recipes(int maxSize) {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 10_000);
        Arbitrary<PositionRecipe> one = Combinators.combine(pick, Arbitraries.of(false, false, true),
                Arbitraries.integers().between(0, 2), pick, Arbitraries.of(false, false, true),
                Arbitraries.of(false, false, false, true), duties().list().ofMaxSize(4))
                .as(PositionRecipe::new);
        return one.list().ofMinSize(1).ofMaxSize(maxSize);
    }

    public static Arbitrary<Chart> charts(int maxSize) {
        return recipes(maxSize).map(RandomCharts::chartOf);
    }

    static Duty duty(DutyRecipe r) {
        String text = DUTIES.get(r.text());
        // Some links make their position accountable, so the accountability rules meet A's alone and in crowds.
        return r.link() < 0 ? Duty.of(text) : Duty.linked(text, LINKS.get(r.link()),
                r.text() % 3 == 0 ? dev.orgwright.model.RaciRole.ACCOUNTABLE : dev.orgwright.model.RaciRole.RESPONSIBLE);
    }

    /** Position i reports to an earlier one or is a root; "wide" ones crowd under the first three. */
    static Chart chartOf(List<PositionRecipe> recipes) {
        List<Position> out = new ArrayList<>();
        for (int i = 0; i < recipes.size(); i++) {
            PositionRecipe r = recipes.get(i);
            PositionId manager = null;
            if (i > 0) {
                int parent = r.wide() ? r.parent() % Math.min(i, 3) : r.parent() % (i + 1);
                manager = parent < i ? PositionId.of("p" + parent) : null;
            }
            String tier = TIERS.get(r.tier());
            out.add(new Position(PositionId.of("p" + i), TITLES.get(r.title() % TITLES.size()),
                    r.vacant() ? "" : "Holder " + i, tier, r.duties().stream().map(RandomCharts::duty).toList(),
                    manager, List.of(), "", "", r.assistant() && manager != null, null));
        }
        try {
            return Chart.builder().title("Random").addAll(out).build();
        } catch (InvalidChartException e) {
            throw new AssertionError("generated chart should be whole: " + e.problems(), e);
        }
    }
}
