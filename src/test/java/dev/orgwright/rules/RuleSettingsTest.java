package dev.orgwright.rules;

import static dev.orgwright.rules.RuleFixtures.EXECUTIVE_TIER;
import static dev.orgwright.rules.RuleFixtures.SENIOR_TIER;
import static dev.orgwright.rules.RuleFixtures.chart;
import static dev.orgwright.rules.RuleFixtures.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule can be switched off and given another severity in the chart's settings. */
class RuleSettingsTest {

    static List<String> ruleIds() {
        RuleSet rules = RuleSet.defaults();
        List<String> ids = new ArrayList<>();
        rules.positionRules().forEach(r -> ids.add(r.id()));
        rules.chartRules().forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** One chart that breaks every rule at least once. */
    private static List<Position> everyFault() {
        List<Position> out = new ArrayList<>();
        out.add(pos("ops", "Head of Operations", EXECUTIVE_TIER, null,                      // no senior above
                Duty.of("Decides on restructuring the company")));                          // duty of another tier
        out.add(pos("cfo", "CFO", EXECUTIVE_TIER, "ops",                                   // title of another tier
                Duty.of("Speaks fluent German and French"),                                // unmatched
                Duty.of("Owns the budget"), Duty.of("owns the budgets"),                   // duplicate
                Duty.linked("Sets the policy", "retired")));                               // unknown link
        out.add(pos("vp", "VP Sales", SENIOR_TIER, "ops").withHolder(""));                 // lower manager, vacant, no duties
        out.add(pos("floater", "Analyst", null, "ops"));                                   // no tier
        for (int i = 0; i < 12; i++) {
            out.add(pos("r" + i, "Report " + i, EXECUTIVE_TIER, "ops"));                   // span of control
        }
        List<Duty> answers = new ArrayList<>();                                            // accountable for too many,
        for (String r : List.of("operations", "delivery", "team-communication", "performance", "strategy",
                "policy", "budgets", "restructuring")) {                                   // some of another tier
            answers.add(Duty.linked("Answers for " + r, r, dev.orgwright.model.RaciRole.ACCOUNTABLE));
        }
        out.set(out.size() - 1, out.get(out.size() - 1).withDuties(answers));
        out.set(out.size() - 2, out.get(out.size() - 2).withDuties(List.of(                // two accountable
                Duty.linked("Answers for budgets", "budgets", dev.orgwright.model.RaciRole.ACCOUNTABLE),
                Duty.linked("Builds skills", "skills"))));                                 // nobody accountable
        out.add(pos("pair", "Team Lead", EXECUTIVE_TIER, "r0"));                           // span too narrow
        out.add(pos("p1", "Clerk", EXECUTIVE_TIER, "pair"));
        out.add(pos("p2", "Clerk", EXECUTIVE_TIER, "pair"));
        out.add(pos("sen", "Director", SENIOR_TIER, "r1"));                               // outside the target span
        out.add(pos("aide", "Aide", EXECUTIVE_TIER, "sen")                                 // and a single report
                .withCost(new java.math.BigDecimal("100")).withDepartment("Finance"));      // over budget
        String above = "r2";
        for (int layer = 3; layer <= 9; layer++) {                                         // too many layers
            out.add(pos("deep" + layer, "Layer " + layer, EXECUTIVE_TIER, above));
            above = "deep" + layer;
        }
        return out;
    }

    /**
     * {@code settings} and one setting that names no rule (a typo of "duty-outside-tier"), with a
     * target span for senior managers and a budget for Finance.
     */
    private static Settings withTypo(Settings settings) {
        return settings.with("rules.duty-tier.enabled", false).with("targets.span." + SENIOR_TIER, "player-coach")
                .with("targets.budget.department.Finance", 10);
    }

    private static Set<String> firing(Settings settings) {
        Chart chart = chart(null, withTypo(settings), everyFault());
        return RuleFixtures.validate(chart).all().stream().map(Finding::ruleId).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void aRuleSwitchedOffGivesNoFindingsAndLeavesTheOthersAlone(String ruleId) {
        Set<String> all = firing(Settings.NONE);
        assertEquals(Set.copyOf(ruleIds()), all, "the fixture should break every rule");

        Set<String> without = firing(Settings.NONE.with("rules." + ruleId + ".enabled", false));
        assertFalse(without.contains(ruleId));
        assertEquals(all.size() - 1, without.size(), without::toString);
        assertTrue(firing(Settings.NONE.with("rules." + ruleId + ".enabled", true)).contains(ruleId));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void aRulesSeverityCanBeOverridden(String ruleId) {
        for (Severity severity : Severity.values()) {
            Chart chart = chart(null, withTypo(Settings.NONE.with("rules." + ruleId + ".severity", severity.id())),
                    everyFault());
            Validation v = RuleFixtures.validate(chart);
            List<Finding> ofRule = v.all().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
            assertFalse(ofRule.isEmpty());
            ofRule.forEach(f -> assertEquals(severity, f.severity(), f::toString));
            assertEquals(v.all().stream().filter(f -> f.severity() == severity).count(), v.count(severity));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void anUnknownSeverityLeavesTheRulesOwn(String ruleId) {
        Chart plain = chart(null, withTypo(Settings.NONE), everyFault());
        Chart odd = chart(null, withTypo(Settings.NONE.with("rules." + ruleId + ".severity", "catastrophic")),
                everyFault());
        List<Severity> expected = RuleFixtures.findings(plain, ruleId).stream().map(Finding::severity).toList();
        assertEquals(expected, RuleFixtures.findings(odd, ruleId).stream().map(Finding::severity).toList());
    }

    @org.junit.jupiter.api.Test
    void aSettingThatNamesNoRuleIsANoteListingTheRuleIds() {
        Chart chart = chart(null, Settings.NONE.with("rules.duty-tier.enabled", false)
                .with("rules.matching.threshold", 0.5).with("rules.span-of-control.executive", 12), everyFault());

        List<Finding> notes = RuleFixtures.validate(chart).all().stream()
                .filter(f -> f.ruleId().equals("unknown-rule-setting")).toList();

        assertEquals(1, notes.size(), "only the typo: the matcher's and a real rule's settings are known");
        Finding note = notes.get(0);
        assertEquals(Severity.INFO, note.severity());
        assertTrue(note.message().contains("'duty-tier'"), note.message());
        assertTrue(note.explanation().contains("duty-outside-tier") && note.explanation().contains("span-of-control"),
                "the note lists the rule ids: " + note.explanation());
    }
}
