package dev.orgwright.rules;

import static dev.orgwright.rules.RuleFixtures.EXECUTIVE_TIER;
import static dev.orgwright.rules.RuleFixtures.SENIOR_TIER;
import static dev.orgwright.rules.RuleFixtures.STAFF_TIER;
import static dev.orgwright.rules.RuleFixtures.chart;
import static dev.orgwright.rules.RuleFixtures.findings;
import static dev.orgwright.rules.RuleFixtures.id;
import static dev.orgwright.rules.RuleFixtures.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** responsibility-uncovered (a chart rule) and vacant-position. */
class CoverageAndVacancyRulesTest {

    private static final String UNCOVERED = "responsibility-uncovered";

    @Test
    void onlyTiersWithPositionsAreCheckedForUncoveredResponsibilities() {
        Chart chart = chart(pos("ceo", "CEO", SENIOR_TIER, null, Duty.of("Sets the company vision"),
                Duty.linked("Signs off the annual budget", "budgets")));
        List<Finding> found = findings(chart, UNCOVERED);
        assertEquals(List.of("No Senior Management position carries the responsibility \"Shape the company's "
                        + "strategies and policies and see that they are carried out\".",
                "No Senior Management position carries the responsibility \"Decide whether and how the "
                        + "organisation is restructured\"."),
                found.stream().map(Finding::message).toList(), "no executive positions, so no executive findings");
        Finding f = found.get(0);
        assertEquals(Severity.INFO, f.severity());
        assertNull(f.positionId());
        assertTrue(f.explanation().contains("None of the 1 positions of Senior Management"), f.explanation());
        assertTrue(f.explanation().contains("'policy'"), f.explanation());
        assertEquals(found, RuleFixtures.validate(chart).chartFindings());
    }

    @Test
    void aResponsibilityCarriedOnlyByAnotherTiersPositionIsStillUncovered() {
        Chart chart = chart(
                pos("ceo", "CEO", SENIOR_TIER, null, Duty.of("Sets the company vision"), Duty.of("Sets the policies"),
                        Duty.of("Reviews the budget"), Duty.of("Decides on the restructuring")),
                pos("ops", "Head of Operations", EXECUTIVE_TIER, "ceo", Duty.of("Schedules the shifts and the rota"),
                        Duty.of("Meets the deadlines"), Duty.of("Holds the weekly team meeting"),
                        Duty.of("Reviews the budget every quarter")));
        List<Finding> found = findings(chart, UNCOVERED);
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("No Executive Management position carries the responsibility "
                + "\"Notice performance problems"), found.get(0).message());
    }

    @Test
    void staffResponsibilitiesAreWhatEveryStaffPositionDoesAndAreNotCheckedUnlessTheSettingsSaySo() {
        List<Position> team = List.of(
                pos("lead", "Team Lead", EXECUTIVE_TIER, null, Duty.of("Schedules the shifts and the rota"),
                        Duty.of("Meets the deadlines"), Duty.of("Holds the weekly team meeting"),
                        Duty.of("Coaches the team on performance")),
                pos("clerk", "Stock Clerk", STAFF_TIER, "lead", Duty.of("Counts the stock")));
        Chart chart = RuleFixtures.chart(null, Settings.NONE, team);
        assertEquals(List.of(), findings(chart, UNCOVERED), "a chart with Staff positions is not flagged for them");

        Chart checked = RuleFixtures.chart(null,
                RuleFixtures.settings("rules.responsibility-uncovered.skip-tiers", ""), team);
        List<Finding> found = findings(checked, UNCOVERED);
        assertEquals(5, found.size(), found::toString);
        assertTrue(found.stream().allMatch(f -> f.message().startsWith("No Staff position carries")), found::toString);
    }

    @Test
    void aFullyCoveredCatalogGivesNoFindings() {
        Chart chart = chart(
                pos("ceo", "CEO", SENIOR_TIER, null, Duty.of("Sets the company vision"), Duty.of("Sets the policies"),
                        Duty.of("Reviews the budget"), Duty.of("Decides on the restructuring")),
                pos("ops", "Head of Operations", EXECUTIVE_TIER, "ceo", Duty.of("Schedules the shifts and the rota"),
                        Duty.of("Meets the deadlines"), Duty.of("Holds the weekly team meeting"),
                        Duty.linked("Looks after the people", "performance")));
        assertEquals(List.of(), findings(chart, UNCOVERED));
    }

    @Test
    void aChartWithNoPositionsInATierHasNoUncoveredResponsibilities() {
        assertEquals(List.of(), findings(chart(pos("a", "Analyst", null, null)), UNCOVERED));
    }

    // ---- vacant-position ----

    @Test
    void aPositionWithoutAHolderIsVacant() {
        Chart chart = chart(pos("ceo", "CEO", SENIOR_TIER, null),
                pos("cfo", "CFO", SENIOR_TIER, "ceo").withHolder(""),
                pos("coo", "COO", SENIOR_TIER, "ceo").withHolder("   "));
        List<Finding> found = findings(chart, "vacant-position");
        assertEquals(List.of(id("cfo"), id("coo")), found.stream().map(Finding::positionId).toList());
        assertEquals(Severity.INFO, found.get(0).severity());
        assertEquals("'CFO' is vacant.", found.get(0).message());
        assertEquals(List.of(), found.get(0).fixes());
    }
}
