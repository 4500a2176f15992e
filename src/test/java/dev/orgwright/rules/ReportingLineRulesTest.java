package dev.orgwright.rules;

import static dev.orgwright.rules.RuleFixtures.EXECUTIVE_TIER;
import static dev.orgwright.rules.RuleFixtures.SENIOR_TIER;
import static dev.orgwright.rules.RuleFixtures.STAFF_TIER;
import static dev.orgwright.rules.RuleFixtures.chart;
import static dev.orgwright.rules.RuleFixtures.findings;
import static dev.orgwright.rules.RuleFixtures.fixLabels;
import static dev.orgwright.rules.RuleFixtures.id;
import static dev.orgwright.rules.RuleFixtures.pos;
import static dev.orgwright.rules.RuleFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.Settings;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules about reporting lines: a lower-tier manager, no senior oversight, too wide a span. */
class ReportingLineRulesTest {

    private static final Tier BOARD = Tier.of("board", "Board", 1, List.of("Chair"), List.of());

    /** Board above the default tiers: board 1, senior 2, executive 3. */
    private static List<Tier> boardAbove() {
        List<Tier> tiers = new ArrayList<>(List.of(BOARD));
        Templates.leadershipTeam().forEach(t -> tiers.add(t.withRank(t.rank() + 1)));
        return tiers;
    }

    // ---- manager-lower-tier ----

    @Test
    void aSeniorReportingToAnExecutiveIsAnErrorAndMovesUnderTheNearestSeniorAbove() {
        Chart chart = chart(
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("it", "Head of IT", EXECUTIVE_TIER, "ceo"),
                pos("cto", "CTO", SENIOR_TIER, "it"),
                pos("eng", "Head of Engineering", EXECUTIVE_TIER, "cto"));
        List<Finding> found = findings(chart, "manager-lower-tier");
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(id("cto"), f.positionId());
        assertEquals("'CTO' (Senior Management) reports to 'Head of IT' (Executive Management), a lower tier.",
                f.message());
        assertEquals(List.of("Move 'CTO' under 'CEO'"), fixLabels(f, chart));

        Chart fixed = f.fix().get().edit().apply(chart);
        assertEquals(id("ceo"), fixed.position(id("cto")).reportsTo());
        assertEquals(id("cto"), fixed.position(id("eng")).reportsTo(), "the team moves along");
        assertEquals(List.of(), findings(fixed, "manager-lower-tier"));
    }

    @Test
    void theFixPrefersTheNearestManagerOfTheSameOrAHigherTier() {
        Chart chart = chart(boardAbove(), Settings.NONE, List.of(
                pos("chair", "Chair", "board", null),
                pos("ceo", "CEO", SENIOR_TIER, "chair"),
                pos("ops", "Head of Operations", EXECUTIVE_TIER, "ceo"),
                pos("vp", "VP Logistics", SENIOR_TIER, "ops")));
        assertEquals(List.of("Move 'VP Logistics' under 'CEO'"),
                fixLabels(findings(chart, "manager-lower-tier", "vp").get(0), chart));

        Chart underBoard = chart(boardAbove(), Settings.NONE, List.of(
                pos("chair", "Chair", "board", null),
                pos("ops", "Head of Operations", EXECUTIVE_TIER, "chair"),
                pos("vp", "VP Logistics", SENIOR_TIER, "ops")));
        assertEquals(List.of("Move 'VP Logistics' under 'Chair'"),
                fixLabels(findings(underBoard, "manager-lower-tier", "vp").get(0), underBoard));
    }

    @Test
    void withNobodyOfTheSameOrAHigherTierAboveThereIsNoFix() {
        Chart chart = chart(pos("ops", "Head of Operations", EXECUTIVE_TIER, null),
                pos("vp", "VP Logistics", SENIOR_TIER, "ops"));
        assertEquals(List.of(), findings(chart, "manager-lower-tier", "vp").get(0).fixes());
    }

    @Test
    void managersOfTheSameOrAHigherTierOrWithoutATierAreFine() {
        Chart chart = chart(
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("cfo", "CFO", SENIOR_TIER, "ceo"),
                pos("fin", "Head of Finance", EXECUTIVE_TIER, "cfo"),
                pos("lead", "Team Lead", EXECUTIVE_TIER, "fin"),
                pos("advisor", "Advisor", null, "ceo"),
                pos("coo", "COO", SENIOR_TIER, "advisor"),
                pos("floater", "Analyst", null, "fin"));
        assertEquals(List.of(), findings(chart, "manager-lower-tier"));
    }

    // ---- no-senior-oversight ----

    @Test
    void anExecutiveWithNoSeniorAboveIsFlagged() {
        Chart chart = chart(
                pos("ops", "Head of Operations", EXECUTIVE_TIER, null),
                pos("lead", "Team Lead", EXECUTIVE_TIER, "ops"),
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("sales", "Head of Sales", EXECUTIVE_TIER, "ceo"),
                pos("advisor", "Advisor", null, "ceo"),
                pos("support", "Head of Support", EXECUTIVE_TIER, "advisor"));
        List<Finding> found = findings(chart, "no-senior-oversight");
        assertEquals(List.of(id("ops"), id("lead")), found.stream().map(Finding::positionId).toList());
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("'Head of Operations' (Executive Management) has no Senior Management position anywhere above it.",
                f.message());
        assertTrue(f.explanation().contains("at the top of the chart"), f.explanation());
        assertTrue(found.get(1).explanation().contains("none of its managers is"), found.get(1).explanation());
    }

    @Test
    void theOversightTierComesFromTheSettings() {
        List<Tier> tiers = Templates.leadershipTeam();
        List<Position> positions = List.of(
                pos("ops", "Head of Operations", EXECUTIVE_TIER, null),
                pos("spec", "Specialist", "staff", "ops"),
                pos("alone", "Specialist", "staff", null));

        Chart byDefault = chart(tiers, Settings.NONE, positions);
        assertEquals(List.of(id("ops"), id("spec"), id("alone")),
                findings(byDefault, "no-senior-oversight").stream().map(Finding::positionId).toList());

        Chart executiveOversees = chart(tiers, settings("rules.no-senior-oversight.tier", EXECUTIVE_TIER), positions);
        List<Finding> found = findings(executiveOversees, "no-senior-oversight");
        assertEquals(List.of(id("alone")), found.stream().map(Finding::positionId).toList());
        assertEquals("'Specialist' (Staff) has no Executive Management position anywhere above it.",
                found.get(0).message());
    }

    @Test
    void aBoardAboveSeniorManagementCountsAsOversight() {
        Chart chart = chart(boardAbove(), Settings.NONE, List.of(
                pos("chair", "Chair", "board", null),
                pos("ops", "Head of Operations", EXECUTIVE_TIER, "chair"),
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("loose", "Head of Sales", EXECUTIVE_TIER, null)));
        List<Finding> found = findings(chart, "no-senior-oversight");
        assertEquals(List.of(id("loose")), found.stream().map(Finding::positionId).toList(),
                "neither the Board nor a root CEO needs a senior above");
    }

    @Test
    void withoutASeniorTierTheHighestTierOversees() {
        List<Tier> tiers = List.of(Tier.of("leaders", "Leaders", 1, List.of(), List.of()),
                Tier.of("crew", "Crew", 2, List.of(), List.of()));
        Chart chart = chart(tiers, Settings.NONE, List.of(
                pos("boss", "Boss", "leaders", null), pos("a", "Crew A", "crew", "boss"), pos("b", "Crew B", "crew", null)));
        List<Finding> found = findings(chart, "no-senior-oversight");
        assertEquals(List.of(id("b")), found.stream().map(Finding::positionId).toList());
        assertTrue(found.get(0).message().contains("has no Leaders position"), found.get(0).message());
    }

    // ---- span-of-control ----

    private static Chart team(String tierId, String settingPath, Object value, int reports, int assistants) {
        List<Position> positions = new ArrayList<>();
        positions.add(pos("boss", "Boss", tierId, null));
        for (int i = 0; i < reports; i++) {
            positions.add(pos("r" + i, "Report " + i, tierId, "boss").withAssistant(i < assistants));
        }
        Settings s = settingPath == null ? Settings.NONE : settings(settingPath, value);
        return chart(null, s, positions);
    }

    @Test
    void aSeniorManagerMayHaveEightReportsAndAnExecutiveTwelve() {
        assertEquals(0, findings(team(SENIOR_TIER, null, null, 8, 0), "span-of-control").size());
        List<Finding> senior = findings(team(SENIOR_TIER, null, null, 9, 0), "span-of-control");
        assertEquals(1, senior.size());
        assertEquals(Severity.WARNING, senior.get(0).severity());
        assertEquals(id("boss"), senior.get(0).positionId());
        assertEquals("'Boss' has 9 direct reports; Senior Management positions should have at most 8.",
                senior.get(0).message());

        assertEquals(0, findings(team(EXECUTIVE_TIER, null, null, 12, 0), "span-of-control").size());
        List<Finding> executive = findings(team(EXECUTIVE_TIER, null, null, 13, 0), "span-of-control");
        assertEquals("'Boss' has 13 direct reports; Executive Management positions should have at most 12.",
                executive.get(0).message());
    }

    @Test
    void assistantsDoNotCount() {
        assertEquals(0, findings(team(SENIOR_TIER, null, null, 9, 1), "span-of-control").size());
        List<Finding> found = findings(team(SENIOR_TIER, null, null, 11, 2), "span-of-control");
        assertTrue(found.get(0).message().contains("has 9 direct reports"), found.get(0).message());
    }

    @Test
    void theLimitsComeFromTheSettings() {
        assertEquals(0, findings(team(SENIOR_TIER, "rules.span-of-control.senior", 3, 3, 0), "span-of-control").size());
        List<Finding> found = findings(team(SENIOR_TIER, "rules.span-of-control.senior", 3, 4, 0), "span-of-control");
        assertEquals("'Boss' has 4 direct reports; Senior Management positions should have at most 3.",
                found.get(0).message());
        assertTrue(found.get(0).explanation().contains("rules.span-of-control.senior"), found.get(0).explanation());

        assertEquals(0, findings(team(SENIOR_TIER, "rules.span-of-control.senior", 20, 15, 0), "span-of-control").size());
        assertEquals(1, findings(team(EXECUTIVE_TIER, "rules.span-of-control.executive", 5, 6, 0),
                "span-of-control").size());
        // "default" sets the limit of every tier without its own, and of positions in no tier.
        assertEquals(1, findings(team(EXECUTIVE_TIER, "rules.span-of-control.default", 5, 6, 0),
                "span-of-control").size());
        List<Finding> noTier = findings(team(null, "rules.span-of-control.default", 5, 6, 0), "span-of-control");
        assertEquals("'Boss' has 6 direct reports; positions with no tier should have at most 5.",
                noTier.get(0).message());
        assertEquals(0, findings(team(null, null, null, 12, 0), "span-of-control").size());
    }
    private static Chart staffTeam(String bossTier, Settings settings, int staff, int others) {
        List<Position> positions = new ArrayList<>();
        positions.add(pos("boss", "Boss", bossTier, null));
        for (int i = 0; i < staff; i++) {
            positions.add(pos("s" + i, "Clerk " + i, STAFF_TIER, "boss"));
        }
        for (int i = 0; i < others; i++) {
            positions.add(pos("m" + i, "Team Lead " + i, EXECUTIVE_TIER, "boss"));
        }
        return chart(null, settings, positions);
    }

    @Test
    void aManagerOfStaffOnlyMayHaveFifteenReports() {
        assertEquals(0, findings(staffTeam(EXECUTIVE_TIER, Settings.NONE, 15, 0), "span-of-control").size());
        List<Finding> found = findings(staffTeam(EXECUTIVE_TIER, Settings.NONE, 16, 0), "span-of-control");
        assertEquals(1, found.size());
        assertEquals("'Boss' has 16 direct reports; a manager whose direct reports are all Staff should have at most"
                + " 15.", found.get(0).message());
        assertTrue(found.get(0).explanation().contains("rules.span-of-control.managers-of-staff"),
                found.get(0).explanation());
        assertEquals(0, findings(staffTeam(SENIOR_TIER, Settings.NONE, 12, 0), "span-of-control").size(),
                "a founder with a dozen engineers leads Staff only");
    }

    @Test
    void oneManagerAmongTheReportsBringsBackTheTiersLimit() {
        List<Finding> found = findings(staffTeam(EXECUTIVE_TIER, Settings.NONE, 12, 1), "span-of-control");
        assertEquals("'Boss' has 13 direct reports; Executive Management positions should have at most 12.",
                found.get(0).message());
    }

    @Test
    void theLimitForManagersOfStaffComesFromTheSettingsAndNeverLowersTheTiers() {
        Settings twenty = settings("rules.span-of-control.managers-of-staff", 20);
        assertEquals(0, findings(staffTeam(EXECUTIVE_TIER, twenty, 20, 0), "span-of-control").size());
        assertEquals(1, findings(staffTeam(EXECUTIVE_TIER, twenty, 21, 0), "span-of-control").size());
        Settings ten = settings("rules.span-of-control.managers-of-staff", 10);
        assertEquals(0, findings(staffTeam(EXECUTIVE_TIER, ten, 12, 0), "span-of-control").size(),
                "the executive limit, 12, is the larger");
        List<Finding> found = findings(staffTeam(EXECUTIVE_TIER, ten, 13, 0), "span-of-control");
        assertTrue(found.get(0).message().endsWith("Executive Management positions should have at most 12."),
                found.get(0).message());
    }
}
