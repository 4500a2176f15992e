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
import dev.orgwright.model.Duty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules about a position's list of duties: unmatched, duplicated, dangling links, none at all. */
class DutyRulesTest {

    // ---- duty-unmatched ----

    @Test
    void aDutyWithNoWordOfTheCatalogIsReportedWithNoFixToOffer() {
        Chart chart = chart(pos("cto", "CTO", SENIOR_TIER, null, Duty.of("Plays the cello at the summer party"),
                Duty.of("Sets the company vision")));
        List<Finding> found = findings(chart, "duty-unmatched");
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(id("cto"), f.positionId());
        assertEquals("'CTO' has a duty that matches no responsibility of the catalog: \"Plays the cello at the summer"
                + " party\".", f.message());
        assertEquals(List.of(), f.fixes());
    }

    @Test
    void handsOnWorkIsTheStaffTiersNotAnUnmatchedDuty() {
        // With a Staff tier in the catalog, doing the work oneself has a tier: a CTO who writes
        // the app is told it is Staff work rather than that the duty means nothing.
        Chart chart = chart(pos("cto", "CTO", SENIOR_TIER, null, Duty.of("Writes the mobile app"),
                Duty.of("Sets the company vision")));
        assertEquals(List.of(), findings(chart, "duty-unmatched"));
        Finding f = findings(chart, DutyOutsideTierRule.ID, "cto").get(0);
        assertTrue((f.message() + f.explanation()).contains("Staff"), f::toString);
    }

    @Test
    void aWeakMatchOffersToLinkTheDutyToItsNearestResponsibility() {
        String duty = "Keeps accounts and the office network working";
        Chart chart = chart(pos("it", "Head of IT", EXECUTIVE_TIER, null, Duty.of(duty)));
        Finding f = findings(chart, "duty-unmatched", "it").get(0);
        assertTrue(f.explanation().contains("'operations' of Executive Management"), f.explanation());
        assertTrue(f.explanation().contains("working"), f.explanation());
        assertEquals(List.of("Link the duty \"Keeps accounts and the office network w…\" to the responsibility "
                + "'operations'"), fixLabels(f, chart));

        Chart linked = f.fix().get().edit().apply(chart);
        assertEquals(List.of(Duty.linked(duty, "operations")), linked.position(id("it")).duties());
        assertEquals(List.of(), findings(linked, "duty-unmatched"));
    }

    @Test
    void matchedAndLinkedDutiesAreNotUnmatched() {
        Chart chart = chart(pos("ops", "Head of Operations", EXECUTIVE_TIER, null,
                Duty.of("Schedules the shifts and the rota"), Duty.linked("Fixes the printers", "operations")));
        assertEquals(List.of(), findings(chart, "duty-unmatched"));
    }

    // ---- duplicate-duty ----

    @Test
    void theSameDutyTwiceAfterNormalisingIsReportedAndTheFixRemovesTheLaterCopy() {
        Chart chart = chart(pos("cfo", "CFO", SENIOR_TIER, null, Duty.of("Reviews budgets."),
                Duty.of("Sets the company vision"), Duty.of("review the BUDGET")));
        List<Finding> found = findings(chart, "duplicate-duty");
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(id("cfo"), f.positionId());
        assertEquals("'CFO' lists the duty \"Reviews budgets.\" twice.", f.message());
        assertTrue(f.explanation().contains("Duties 1 and 3"), f.explanation());

        Chart fixed = f.fix().get().edit().apply(chart);
        assertEquals(List.of(Duty.of("Reviews budgets."), Duty.of("Sets the company vision")),
                fixed.position(id("cfo")).duties());
        assertEquals(List.of(), findings(fixed, "duplicate-duty"));
    }

    @Test
    void threeCopiesGiveTwoFindings() {
        Chart chart = chart(pos("cfo", "CFO", SENIOR_TIER, null, Duty.of("Owns the budget"),
                Duty.of("owns the budgets"), Duty.of("Owns the budget!")));
        assertEquals(2, findings(chart, "duplicate-duty").size());
    }

    @Test
    void differentDutiesAreNotDuplicates() {
        Chart chart = chart(pos("cfo", "CFO", SENIOR_TIER, null, Duty.of("Reviews the budget"),
                Duty.of("Reviews the policies"), Duty.of("Sets the budget")));
        assertEquals(List.of(), findings(chart, "duplicate-duty"));
    }

    // ---- unknown-responsibility ----

    @Test
    void aDutyLinkedToAResponsibilityNoTierHasIsReportedAndTheFixDropsTheLink() {
        Chart chart = chart(pos("cfo", "CFO", SENIOR_TIER, null, Duty.linked("Reviews the budget", "old-budgets")));
        List<Finding> found = findings(chart, "unknown-responsibility");
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(id("cfo"), f.positionId());
        assertEquals("'CFO' has a duty linked to the responsibility 'old-budgets', which no tier has.", f.message());
        assertEquals("Remove the link to 'old-budgets'", f.fix().get().label(chart));

        Chart fixed = f.fix().get().edit().apply(chart);
        assertEquals(List.of(Duty.of("Reviews the budget")), fixed.position(id("cfo")).duties());
        assertEquals(List.of(), findings(fixed, "unknown-responsibility"));
    }

    @Test
    void freeDutiesAndValidLinksAreNotUnknown() {
        Chart chart = chart(pos("cfo", "CFO", SENIOR_TIER, null, Duty.linked("Reviews the budget", "budgets"),
                Duty.of("Sets the company vision")));
        assertEquals(List.of(), findings(chart, "unknown-responsibility"));
    }

    // ---- no-duties ----

    @Test
    void aPositionWithoutDutiesIsNoted() {
        Chart chart = chart(pos("ceo", "CEO", SENIOR_TIER, null, Duty.of("Sets the company vision")),
                pos("coo", "COO", SENIOR_TIER, "ceo"));
        List<Finding> found = findings(chart, "no-duties");
        assertEquals(1, found.size(), found::toString);
        assertEquals(id("coo"), found.get(0).positionId());
        assertEquals(Severity.INFO, found.get(0).severity());
        assertEquals("'COO' has no duties yet.", found.get(0).message());
        assertEquals(List.of(), found.get(0).fixes());
    }
}
