package dev.orgwright.rules;

import static dev.orgwright.rules.RuleFixtures.EXECUTIVE_TIER;
import static dev.orgwright.rules.RuleFixtures.SENIOR_TIER;
import static dev.orgwright.rules.RuleFixtures.chart;
import static dev.orgwright.rules.RuleFixtures.findings;
import static dev.orgwright.rules.RuleFixtures.fixLabels;
import static dev.orgwright.rules.RuleFixtures.pos;
import static dev.orgwright.rules.RuleFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Accountability;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The accountability (RACI) rules: one A per responsibility, in its tier, not too many per position. */
class AccountabilityRulesTest {

    private static Duty a(String responsibility) {
        return Duty.linked("Answers for " + responsibility, responsibility, RaciRole.ACCOUNTABLE);
    }

    private static Duty r(String responsibility) {
        return Duty.linked("Works on " + responsibility, responsibility);
    }

    private static RaciRole roleOf(Chart c, String position, String responsibility) {
        return Accountability.roleOf(c.position(PositionId.of(position)), responsibility).orElse(null);
    }

    @Test
    void aChartThatRecordsNoAccountabilityIsNotToldThatEveryRowLacksAnA() {
        Chart c = chart(pos("ceo", "CEO", SENIOR_TIER, null, r("strategy")),
                pos("cfo", "CFO", SENIOR_TIER, "ceo", r("budgets")));
        assertEquals(List.of(), findings(c, "no-accountable"));
    }

    @Test
    void aRowWithResponsiblePositionsAndNoAIsFoundAndTheFixMakesOneAccountable() {
        Chart c = chart(pos("ceo", "CEO", SENIOR_TIER, null, a("strategy")),
                pos("cfo", "CFO", SENIOR_TIER, "ceo", r("budgets")),
                pos("head", "Head of Finance", EXECUTIVE_TIER, "cfo", r("budgets")));
        List<Finding> found = findings(c, "no-accountable");
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals("Nobody is accountable for \"Review the budgets and keep the company's spending in check\".", f.message());
        assertEquals(Severity.WARNING, f.severity());
        // The CFO is of the responsibility's own tier, so the first fix names it.
        assertEquals(List.of("Make 'CFO' accountable for 'Review the budgets and keep the company's spending in check'",
                "Make 'Head of Finance' accountable for 'Review the budgets and keep the company's spending in check'"), fixLabels(f, c));
        Chart fixed = f.fix().get().edit().apply(c);
        assertEquals(RaciRole.ACCOUNTABLE, roleOf(fixed, "cfo", "budgets"));
        assertEquals(RaciRole.RESPONSIBLE, roleOf(fixed, "head", "budgets"));
        assertEquals(List.of(), findings(fixed, "no-accountable"));
    }

    @Test
    void severalAsAreFoundAndTheFixKeepsOneAndMakesTheOthersResponsible() {
        Chart c = chart(pos("ceo", "CEO", SENIOR_TIER, null, a("budgets")),
                pos("cfo", "CFO", SENIOR_TIER, "ceo", a("budgets")),
                pos("head", "Head of Finance", EXECUTIVE_TIER, "cfo", a("budgets")));
        List<Finding> found = findings(c, "many-accountable");
        assertEquals(1, found.size());
        assertEquals("3 positions are accountable for \"Review the budgets and keep the company's spending in check\".",
                found.get(0).message());
        assertTrue(found.get(0).explanation().startsWith("'CEO', 'CFO' and 'Head of Finance' are all accountable"),
                found.get(0).explanation());
        Chart fixed = found.get(0).fixes().get(1).edit().apply(c);
        assertEquals(RaciRole.RESPONSIBLE, roleOf(fixed, "ceo", "budgets"));
        assertEquals(RaciRole.ACCOUNTABLE, roleOf(fixed, "cfo", "budgets"));
        assertEquals(RaciRole.RESPONSIBLE, roleOf(fixed, "head", "budgets"));
        assertEquals(List.of(), findings(fixed, "many-accountable"));
        assertEquals(List.of(), findings(fixed, "no-accountable"));
    }

    @Test
    void anAccountablePositionOfAnotherTierIsFoundOnThatPosition() {
        Chart c = chart(pos("ceo", "CEO", SENIOR_TIER, null, a("strategy")),
                pos("head", "Head of Sales", EXECUTIVE_TIER, "ceo", a("budgets"), a("delivery")));
        List<Finding> found = findings(c, "accountable-outside-tier", "head");
        assertEquals(1, found.size(), found.toString());
        assertEquals("'Head of Sales' is accountable for \"Review the budgets and keep the company's spending in check\","
                + " a responsibility of Senior Management.", found.get(0).message());
        assertEquals(List.of(), findings(c, "accountable-outside-tier", "ceo"));
    }

    @Test
    void aPositionAccountableForMoreThanTheLimitIsOverloaded() {
        List<String> ids = List.of("strategy", "policy", "budgets", "restructuring", "operations", "delivery",
                "team-communication", "performance");
        List<Duty> duties = new ArrayList<>();
        ids.forEach(id -> duties.add(a(id)));
        Chart eight = chart(pos("ceo", "CEO", SENIOR_TIER, null, duties.toArray(Duty[]::new)));
        List<Finding> found = findings(eight, "overloaded", "ceo");
        assertEquals(1, found.size());
        assertEquals("'CEO' is accountable for 8 responsibilities, more than 7.", found.get(0).message());
        Chart seven = chart(pos("ceo", "CEO", SENIOR_TIER, null, duties.subList(0, 7).toArray(Duty[]::new)));
        assertEquals(List.of(), findings(seven, "overloaded", "ceo"));
        Chart limitTen = chart(settings("rules.overloaded.max", 10),
                pos("ceo", "CEO", SENIOR_TIER, null, duties.toArray(Duty[]::new)));
        assertEquals(List.of(), findings(limitTen, "overloaded", "ceo"));
    }

    @Test
    void theChartFindingsFollowEditsIncrementally() {
        Chart c = chart(pos("ceo", "CEO", SENIOR_TIER, null, a("strategy")),
                pos("cfo", "CFO", SENIOR_TIER, "ceo", r("budgets")));
        Validation before = RuleFixtures.validate(c);
        assertEquals(1, before.chartFindings().stream().filter(f -> f.ruleId().equals("no-accountable")).count());
        Chart next = Accountability.setRole(PositionId.of("ceo"), "budgets", RaciRole.ACCOUNTABLE).apply(c);
        Validation after = before.update(next);
        assertEquals(0, after.chartFindings().stream().filter(f -> f.ruleId().equals("no-accountable")).count());
        assertEquals(List.of(PositionId.of("ceo")), List.copyOf(after.raci().accountableFor("budgets")));
    }
}
