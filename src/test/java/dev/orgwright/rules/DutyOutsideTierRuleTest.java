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
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertTrue(f.message().contains("a duty that reads like Senior Management work"), f.message());
        assertTrue(f.message().contains(RESTRUCTURING), f.message());
        assertTrue(f.explanation().contains("\"Decide whether and how the organisation is restructured\""),
                f.explanation());
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
                pos("lead", "Team Lead", EXECUTIVE_TIER, "head-fin", Duty.of("Reviews the company's budget")));

        Finding f = findings(chart, RULE, "lead").get(0);
        assertTrue(f.message().contains("'Team Lead' (Executive Management)"), f.message());
        assertTrue(f.explanation().contains("Review the budgets and keep the company's spending in check"),
                f.explanation());
        assertEquals("Move the duty \"Reviews the company's budget\" to 'CFO'", f.fix().get().label(chart));
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
        assertTrue(f.message().contains("'CEO' (Senior Management) has a duty that reads like Executive Management work"),
                f.message());
        assertTrue(f.explanation().contains("\"Run the everyday work of a department or business unit\""),
                f.explanation());
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
    void aBudgetWithoutAScopeIsNoFindingUntilTheUserLowersTheConfidenceAndALinkedDutyAlwaysIs() {
        // Whose budget? Nothing says the whole organisation's, so the words alone are weak evidence.
        String duty = "Reviews the budget with the staff";
        assertEquals(0, findings(withConfidence(DutyOutsideTierRule.DEFAULT_CONFIDENCE, Duty.of(duty)), RULE).size());
        Chart lowered = withConfidence(0.3, Duty.of("Sets the strategy for the whole organisation"),
                Duty.of("Approves the budget"));
        assertEquals(1, findings(lowered, RULE).size());
        assertEquals(1, findings(withConfidence(0.99, Duty.linked(duty, "budgets")), RULE).size(),
                "a duty linked by hand is certain");
    }

    @Test
    void theMarginStillGuardsEvidenceFromTheCatalogsWordsAlone() {
        Chart chart = chart(settings("rules.duty-outside-tier.confidence", 0.1).with("rules.matching.margin", 100.0),
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("head", "Head of Finance", EXECUTIVE_TIER, "ceo", Duty.of("Approves the budget")));
        assertEquals(0, findings(chart, RULE).size(), "no word match beats the own tier by 100");
    }

    @Test
    void aParagraphOfDutiesGivesOneFindingThatQuotesTheSentencesThatWeighMost() {
        String paragraph = "The unit provides advice to Ministers. Leads the policy team. Approves the Department's"
                + " annual budget. Sets the Department's strategy for the next five years. Agrees the Department's"
                + " spending plans with the board. Decides the Department's pay policy.";
        Chart chart = chart(
                pos("ps", "Permanent Secretary", SENIOR_TIER, null),
                pos("dd", "Deputy Director", EXECUTIVE_TIER, "ps", Duty.of(paragraph)));
        List<Finding> found = findings(chart, RULE);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertTrue(f.message().startsWith("'Deputy Director' (Executive Management) has a duty that reads like Senior Management work:"),
                f.message());
        long quoted = List.of("Approves the Department's annual budget.", "Sets the Department's strategy",
                        "Agrees the Department's spending plans", "Decides the Department's pay policy.").stream()
                .filter(f.message()::contains).count();
        assertEquals(3, quoted, f.message());
        assertTrue(!f.message().contains("The unit provides") && !f.message().contains("Leads the policy team"),
                f.message());
        assertTrue(f.explanation().contains("the whole organisation"), f.explanation());
        assertTrue(f.explanation().contains("the Department's"), f.explanation());
        assertTrue(f.details().contains("rules.duty-outside-tier.confidence"), f.details());
        assertFalse(f.message().contains("confidence") || f.explanation().contains("confidence"), f::toString);
    }

    @Test
    void clericalWorkOnATopPostIsStaffWork() {
        Chart chart = chart(
                pos("dg", "Director General", SENIOR_TIER, null, Duty.of("Leads the Group's directors."),
                        Duty.of("Types up the minutes of team meetings and files them.")),
                pos("dd", "Deputy Director", EXECUTIVE_TIER, "dg"));
        Finding f = findings(chart, RULE, "dg").get(0);
        assertTrue(f.message().contains("has a duty that reads like Staff work: \"Types up the minutes"), f.message());
        assertTrue(f.explanation().contains("doing the work oneself"), f.explanation());
    }

    @Test
    void leadingItsOwnOfficeIsNoFindingForASeniorPostButRunningTheRotaIs() {
        Chart leads = chart(pos("dg", "Director General", SENIOR_TIER, null,
                Duty.of("Leads the Private Office team and its secretariat.")));
        assertEquals(List.of(), findings(leads, RULE));
        Chart rota = chart(pos("dg", "Director General", SENIOR_TIER, null,
                Duty.of("Draws up the daily rota of the reception desk.")));
        assertEquals(1, findings(rota, RULE).size());
    }

    private static Chart withConfidence(double confidence, Duty... duties) {
        return chart(settings("rules.duty-outside-tier.confidence", confidence),
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("head", "Head of Finance", EXECUTIVE_TIER, "ceo", duties));
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
