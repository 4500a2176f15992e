package dev.orgwright.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.rules.Finding;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Which findings the findings pane lists, in what order and words, without a window. */
class FindingsFilterTest {

    private static final PositionId HEAD_OF_SALES = PositionId.of("head-sales");
    private static final String PLANTED_RULE = "duty-outside-tier";

    private final Chart sample = SampleCharts.leadershipTeam();
    private final Validation findings = Validator.withDefaultRules().validate(sample);
    private final FindingsFilter filter = new FindingsFilter();

    private Finding planted() {
        return findings.findingsFor(HEAD_OF_SALES).stream().filter(f -> f.ruleId().equals(PLANTED_RULE))
                .findFirst().orElseThrow();
    }

    @Test
    void everyFindingIsListedErrorsFirstThenWarningsThenNotesEachInTreeOrder() {
        filter.show(findings);
        List<Finding> listed = filter.listed();
        assertEquals(findings.all().size(), listed.size());
        List<Finding> expected = new ArrayList<>();
        for (Severity s : Severity.values()) {
            findings.all().stream().filter(f -> f.severity() == s).forEach(expected::add);
        }
        assertEquals(expected, listed);
        assertEquals(planted(), listed.get(0), "the sample's one warning comes before its notes");
    }

    @Test
    void aSeverityChoiceListsOnlyFindingsOfThatSeverity() {
        filter.show(findings);
        assertEquals(List.of(FindingsFilter.ALL_SEVERITIES, "Errors", "Warnings", "Notes"), filter.severityChoices());
        filter.chooseSeverity("Warnings");
        assertEquals(List.of(planted()), filter.listed());
        filter.chooseSeverity("Notes");
        assertEquals(findings.count(Severity.INFO), filter.listed().size());
        assertTrue(filter.listed().stream().allMatch(f -> f.severity() == Severity.INFO));
        filter.chooseSeverity("Errors");
        assertEquals(List.of(), filter.listed(), "the sample has no errors");
        filter.chooseSeverity(null);
        assertEquals(FindingsFilter.ALL_SEVERITIES, filter.severityChoice());
        assertEquals(findings.all().size(), filter.listed().size());
    }

    @Test
    void theRuleChoicesAreTheRulesThatFoundSomethingAndOneListsOnlyItsFindings() {
        filter.show(findings);
        TreeSet<String> ids = new TreeSet<>();
        findings.all().forEach(f -> ids.add(f.ruleId()));
        List<String> expected = new ArrayList<>(List.of(FindingsFilter.ALL_RULES));
        expected.addAll(ids);
        assertEquals(expected, filter.ruleChoices());

        filter.chooseRule(PLANTED_RULE);
        assertEquals(List.of(planted()), filter.listed());
        filter.chooseSeverity("Notes");
        assertEquals(List.of(), filter.listed(), "both filters apply");
        filter.chooseRule("no-such-rule");
        assertEquals(FindingsFilter.ALL_RULES, filter.ruleChoice());
    }

    @Test
    void aChosenRuleWhoseFindingsAreAllFixedFallsBackToAllRules() {
        filter.show(findings);
        filter.chooseRule(PLANTED_RULE);
        Chart fixed = planted().fix().orElseThrow().edit().apply(sample);
        filter.show(findings.update(fixed));
        assertFalse(filter.ruleChoices().contains(PLANTED_RULE));
        assertEquals(FindingsFilter.ALL_RULES, filter.ruleChoice());
        assertEquals(filter.shown().all().size(), filter.listed().size());
    }

    @Test
    void theHeadingCountsTheWholeChartWhateverIsListed() {
        filter.show(findings);
        filter.chooseSeverity("Errors");
        int notes = findings.count(Severity.INFO);
        assertEquals("Findings: 0 errors, 1 warning, " + notes + " note" + (notes == 1 ? "" : "s"), filter.heading());
    }

    @Test
    void aRowNamesItsPositionItsMessageWhyAndItsFix() {
        filter.show(findings);
        Finding f = planted();
        FindingsFilter.Row row = filter.row(f);
        assertEquals("Head of Sales", row.position());
        assertEquals(f.message(), row.message());
        assertEquals(Severity.WARNING, row.severity());
        assertEquals("warning · " + PLANTED_RULE + "\n" + f.explanation(), row.details());
        assertEquals(Optional.of(f.fix().orElseThrow().label(sample)), row.fix());

        Finding aboutTheChart = new Finding("responsibility-uncovered", Severity.INFO, null,
                "No Senior Management position carries the responsibility \"Restructuring\".", "Nobody has it.", List.of());
        assertEquals("Chart", filter.row(aboutTheChart).position());
        assertEquals(Optional.empty(), filter.row(aboutTheChart).fix());
    }

    @Test
    void beforeAnyFindingsAreShownNothingIsListed() {
        assertEquals(List.of(), filter.listed());
        assertEquals("", filter.heading());
        assertEquals(List.of(FindingsFilter.ALL_RULES), filter.ruleChoices());
    }
}
