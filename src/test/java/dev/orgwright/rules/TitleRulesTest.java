package dev.orgwright.rules;

import static dev.orgwright.rules.RuleFixtures.EXECUTIVE_TIER;
import static dev.orgwright.rules.RuleFixtures.SENIOR_TIER;
import static dev.orgwright.rules.RuleFixtures.chart;
import static dev.orgwright.rules.RuleFixtures.findings;
import static dev.orgwright.rules.RuleFixtures.fixLabels;
import static dev.orgwright.rules.RuleFixtures.id;
import static dev.orgwright.rules.RuleFixtures.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules that read a position's title: a title of another tier, and a position in no tier. */
class TitleRulesTest {

    private static final String RULE = "title-tier-mismatch";

    /** A title under a senior CEO, so that a change to either tier is safe. */
    private static Chart titled(String title, String tierId) {
        return chart(pos("ceo", "CEO", SENIOR_TIER, null), pos("p", title, tierId, "ceo"));
    }

    @ParameterizedTest(name = "{0} in Executive Management")
    // An acronym is read as its expansion too, and the longest typical title it matches is named.
    @CsvSource({"Chief Financial Officer, Chief Financial Officer", "CFO, Chief * Officer", "VP of Sales, VP",
            "Chief Marketing Officer, Chief * Officer", "Managing Director, Managing Director"})
    void seniorTitlesInExecutiveManagementAreFlagged(String title, String typical) {
        Chart chart = titled(title, EXECUTIVE_TIER);
        List<Finding> found = findings(chart, RULE);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(id("p"), f.positionId());
        assertEquals("The title '" + title + "' reads as Senior Management, but the position is in Executive Management.",
                f.message());
        assertEquals("It matches the typical title '" + typical + "' of Senior Management.", f.explanation());
        assertEquals(List.of("Put '" + title + "' in Senior Management"), fixLabels(f, chart));
        Chart fixed = f.fix().get().edit().apply(chart);
        assertEquals(List.of(), findings(fixed, RULE));
    }

    @Test
    void staffTitlesInAManagementTierAreFlaggedAndAStaffTitleInNoTierIsOfferedStaff() {
        Chart chart = titled("Sales Representative", EXECUTIVE_TIER);
        Finding f = findings(chart, RULE, "p").get(0);
        assertEquals("The title 'Sales Representative' reads as Staff, but the position is in Executive Management.",
                f.message());
        assertEquals("It matches the typical title 'Representative' of Staff.", f.explanation());

        Chart untiered = chart(pos("ceo", "CEO", SENIOR_TIER, null), pos("acc", "Accountant", null, "ceo"));
        assertEquals(List.of("Put 'Accountant' in Staff"), fixLabels(findings(untiered, "missing-tier", "acc").get(0),
                untiered));
    }

    @ParameterizedTest(name = "{0} in Senior Management")
    @CsvSource({"Head of Sales, Head of *", "Team Lead, Team Lead", "Sales Director, Director"})
    void executiveTitlesInSeniorManagementAreFlagged(String title, String typical) {
        Chart chart = titled(title, SENIOR_TIER);
        Finding f = findings(chart, RULE, "p").get(0);
        assertEquals("The title '" + title + "' reads as Executive Management, but the position is in Senior Management.",
                f.message());
        assertEquals("It matches the typical title '" + typical + "' of Executive Management.", f.explanation());
        assertEquals(List.of("Put '" + title + "' in Executive Management"), fixLabels(f, chart));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Chief Executive Officer, senior", "CFO, senior", "Managing Director, senior",
            "Head of Sales, executive", "Team Lead, executive", "Sales Director, executive",
            "Chief of Staff, senior", "Chief of Staff, executive", "Analyst, staff", "Executive Assistant, staff",
            "Stock Clerk, staff"})
    void titlesThatFitTheirTierOrReadAsNoTierAreFine(String title, String tierId) {
        assertEquals(List.of(), findings(titled(title, tierId), RULE));
    }

    @Test
    void aPositionInNoTierIsNotJudgedByItsTitle() {
        assertEquals(List.of(), findings(titled("CFO", null), RULE));
    }

    @Test
    void theChangeOfTierIsNotOfferedWhenItWouldBreakAReportingLine() {
        Chart chart = chart(pos("dir", "Head of Operations", EXECUTIVE_TIER, null),
                pos("cfo", "CFO", EXECUTIVE_TIER, "dir"));
        Finding f = findings(chart, RULE, "cfo").get(0);
        assertEquals(List.of(), f.fixes(), "a senior CFO would report to an executive");
    }

    // ---- missing-tier ----

    @Test
    void aPositionInNoTierIsFlaggedAndItsTitleSuggestsTheTier() {
        Chart chart = chart(
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("cfo", "CFO", null, "ceo"),
                pos("sales", "Head of Sales", null, "ceo"),
                pos("analyst", "Chief of Staff", null, "ceo"));
        List<Finding> found = findings(chart, "missing-tier");
        assertEquals(List.of(id("cfo"), id("sales"), id("analyst")), found.stream().map(Finding::positionId).toList());
        Finding cfo = found.get(0);
        assertEquals(Severity.WARNING, cfo.severity());
        assertEquals("'CFO' is in no tier.", cfo.message());
        assertEquals(List.of("Put 'CFO' in Senior Management"), fixLabels(cfo, chart));
        assertEquals(List.of("Put 'Head of Sales' in Executive Management"), fixLabels(found.get(1), chart));
        assertEquals(List.of(), found.get(2).fixes(), "'Chief of Staff' reads as no tier");

        Chart fixed = cfo.fix().get().edit().apply(chart);
        assertEquals(SENIOR_TIER, fixed.position(id("cfo")).tierId());
        assertEquals(List.of(id("sales"), id("analyst")),
                findings(fixed, "missing-tier").stream().map(Finding::positionId).toList());
    }

    @Test
    void theTierFromTheTitleIsNotOfferedWhenItWouldBreakAReportingLine() {
        Chart chart = chart(pos("sales", "Head of Sales", null, null), pos("vp", "VP Sales", SENIOR_TIER, "sales"));
        Finding f = findings(chart, "missing-tier", "sales").get(0);
        assertEquals(List.of(), f.fixes(), "an executive Head of Sales would manage a senior VP");
    }

    @ParameterizedTest
    @ValueSource(strings = {SENIOR_TIER, EXECUTIVE_TIER})
    void aPositionInATierIsNotMissingOne(String tierId) {
        assertTrue(findings(titled("Analyst", tierId), "missing-tier").isEmpty());
    }
}
