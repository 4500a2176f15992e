package dev.orgwright.rules;

import static dev.orgwright.rules.RuleFixtures.EXECUTIVE_TIER;
import static dev.orgwright.rules.RuleFixtures.SENIOR_TIER;
import static dev.orgwright.rules.RuleFixtures.chart;
import static dev.orgwright.rules.RuleFixtures.findings;
import static dev.orgwright.rules.RuleFixtures.fixLabels;
import static dev.orgwright.rules.RuleFixtures.id;
import static dev.orgwright.rules.RuleFixtures.pos;
import static dev.orgwright.rules.RuleFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Templates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** duty-outside-tier: a duty that belongs to another tier's catalog, in both directions. */
class DutyOutsideTierRuleTest {

    private static final String RULE = "duty-outside-tier";
    private static final String RESTRUCTURING = "Decides on restructuring the sales organisation across the company";
    private static final String SHIFTS = "Schedules the shifts and the rota";

    @Test
    void anExecutiveWithASeniorDutyIsFlaggedAndTheDutyCanMoveUpOrThePositionChangeTier() {
        Chart chart = chart(
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("head-sales", "Head of Sales", EXECUTIVE_TIER, "ceo",
                        Duty.linked("Hits the quarterly targets", "delivery"), Duty.of(RESTRUCTURING)));

        List<Finding> found = findings(chart, RULE);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(id("head-sales"), f.positionId());
        assertTrue(f.message().contains("'Head of Sales' (Executive Management)"), f.message());
        assertTrue(f.message().contains("a duty of Senior Management"), f.message());
        assertTrue(f.message().contains(RESTRUCTURING), f.message());
        assertTrue(f.message().contains("\"Decide whether and how the organisation is restructured\""), f.message());
        assertTrue(f.explanation().contains("restructuring"), f.explanation());
        assertEquals(List.of("Move the duty \"Decides on restructuring the sales orga…\" to 'CEO'",
                "Put 'Head of Sales' in Senior Management"), fixLabels(f, chart));

        Chart moved = f.fixes().get(0).edit().apply(chart);
        assertEquals(List.of(Duty.linked("Hits the quarterly targets", "delivery")),
                moved.position(id("head-sales")).duties());
        assertEquals(List.of(Duty.of(RESTRUCTURING)), moved.position(id("ceo")).duties());
        assertEquals(List.of(), findings(moved, RULE));

        Chart promoted = f.fixes().get(1).edit().apply(chart);
        assertEquals(SENIOR_TIER, promoted.position(id("head-sales")).tierId());
    }

    @Test
    void aSeniorDutyMovesUpToTheNearestSeniorPositionInTheChain() {
        Chart chart = chart(
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("cfo", "CFO", SENIOR_TIER, "ceo"),
                pos("head-fin", "Head of Finance", EXECUTIVE_TIER, "cfo"),
                pos("lead", "Team Lead", EXECUTIVE_TIER, "head-fin", Duty.of("Reviews the budget every quarter")));

        Finding f = findings(chart, RULE, "lead").get(0);
        assertTrue(f.message().contains("'Team Lead' (Executive Management)"), f.message());
        assertTrue(f.message().contains("Review the budgets and keep the company's spending in check"), f.message());
        assertEquals("Move the duty \"Reviews the budget every quarter\" to 'CFO'", f.fix().get().label(chart));
        // Its manager is of the executive tier, so a senior Team Lead would report to a lower tier.
        assertEquals(1, f.fixes().size(), () -> fixLabels(f, chart).toString());
    }

    @Test
    void aSeniorWithAnExecutiveDutyIsFlaggedAndTheDutyMovesDownToTheNearestExecutiveReport() {
        Chart chart = chart(
                pos("ceo", "CEO", SENIOR_TIER, null, Duty.of(SHIFTS)),
                pos("cto", "CTO", SENIOR_TIER, "ceo"),
                pos("head-eng", "Head of Engineering", EXECUTIVE_TIER, "cto"),
                pos("head-ops", "Head of Operations", EXECUTIVE_TIER, "ceo"));

        List<Finding> found = findings(chart, RULE);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(id("ceo"), f.positionId());
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("'CEO' (Senior Management) has a duty of Executive Management"), f.message());
        assertTrue(f.message().contains("\"Run the everyday work of a department or business unit\""), f.message());
        // head-ops sits one level down, head-eng two: breadth first finds head-ops.
        assertEquals(List.of("Move the duty \"Schedules the shifts and the rota\" to 'Head of Operations'"),
                fixLabels(f, chart), "the CEO has a senior report, so a change of tier is not offered");

        Chart moved = f.fix().get().edit().apply(chart);
        assertEquals(List.of(), moved.position(id("ceo")).duties());
        assertEquals(List.of(Duty.of(SHIFTS)), moved.position(id("head-ops")).duties());
        assertEquals(List.of(), findings(moved, RULE));
    }

    @Test
    void aChangeOfTierIsOfferedOnlyWhenTheReportingLinesStayWithinTheRules() {
        // A senior with only executive reports may become executive, if its manager is not lower.
        Chart safe = chart(
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("vp", "VP Operations", SENIOR_TIER, "ceo", Duty.of(SHIFTS)));
        assertEquals(List.of("Put 'VP Operations' in Executive Management"),
                fixLabels(findings(safe, RULE, "vp").get(0), safe));

        // An executive under an executive manager cannot become senior, and nobody above is senior.
        Chart unsafe = chart(
                pos("dir", "Director", EXECUTIVE_TIER, null),
                pos("head", "Head of Sales", EXECUTIVE_TIER, "dir", Duty.of(RESTRUCTURING)));
        Finding f = findings(unsafe, RULE, "head").get(0);
        assertEquals(List.of(), f.fixes());
    }

    @Test
    void aLinkedDutyOfAnotherTierFiresWhateverItsWordsSay() {
        Chart chart = chart(
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("head", "Head of Sales", EXECUTIVE_TIER, "ceo", Duty.linked("Runs the daily stand-up", "strategy")));
        Finding f = findings(chart, RULE, "head").get(0);
        assertTrue(f.message().contains("\"Take the strategic decisions that set where the company is going\""),
                f.message());
        assertTrue(f.explanation().contains("linked to the responsibility 'strategy' of Senior Management"),
                f.explanation());
    }

    @Test
    void theMarginDecidesAFreeDutyButNotALinkedOne() {
        String duty = "Reviews the budget with the staff";
        DutyMatch m = new DutyMatcher(Templates.leadershipTeam(), MatchSettings.DEFAULTS).match(duty);
        double lead = m.score() - m.bestScoreIn(EXECUTIVE_TIER);
        assertEquals(SENIOR_TIER, m.tierId());
        assertTrue(lead > 0.1, () -> "lead " + lead);

        Chart below = withMargin(lead - 0.05, Duty.of(duty));
        Chart above = withMargin(lead + 0.05, Duty.of(duty));
        assertEquals(1, findings(below, RULE).size());
        assertEquals(0, findings(above, RULE).size(), "a lead under the margin is not enough");
        assertEquals(1, findings(withMargin(100, Duty.linked(duty, "budgets")), RULE).size());
    }

    private static Chart withMargin(double margin, Duty duty) {
        return chart(settings("rules.matching.margin", margin),
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("head", "Head of Finance", EXECUTIVE_TIER, "ceo", duty));
    }

    @Test
    void dutiesOfTheirOwnTierUnmatchedDutiesAndPositionsWithoutATierAreLeftAlone() {
        Chart chart = chart(
                pos("ceo", "CEO", SENIOR_TIER, null, Duty.of("Sets the company vision"),
                        Duty.of("Reviews the budget every quarter"), Duty.of("Speaks fluent German and French")),
                pos("head", "Head of Operations", EXECUTIVE_TIER, "ceo", Duty.of(SHIFTS),
                        Duty.of("Coaches struggling team members"), Duty.of("Joined in 2019 from a competitor")),
                pos("floater", "Advisor", null, "ceo", Duty.of(RESTRUCTURING), Duty.of(SHIFTS)));
        assertEquals(List.of(), findings(chart, RULE));
    }
}
