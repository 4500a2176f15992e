package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.ImportResult;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.Templates;
import dev.orgwright.rules.Finding;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a consultant sees after importing a clean, real HR export (the d3-org-chart sample, 107
 * people of Oracle's HR schema) with the default template: every position in a tier, and
 * warnings only where the organisation has a real problem.
 */
class FixtureFindingsTest {

    private static Chart chart;
    private static Validation validation;

    @BeforeAll
    static void importAndValidate() throws Exception {
        Path fixture = Path.of(FixtureFindingsTest.class.getResource("/dev/orgwright/io/csv/org-chart-sample.csv")
                .toURI());
        ImportResult result = CsvImport.importFile(fixture, ImportOptions.titled("HR sample"));
        chart = result.chart();
        validation = Validator.withDefaultRules().validate(chart);
    }

    @Test
    void everyPositionIsInATierOfTheTemplate() {
        Map<String, Integer> perTier = new TreeMap<>();
        for (Position p : chart.inTreeOrder()) {
            perTier.merge(String.valueOf(p.tierId()), 1, Integer::sum);
        }
        assertEquals(Map.of(Templates.SENIOR, 3, Templates.EXECUTIVE, 14, Templates.STAFF, 90), perTier);
    }

    @Test
    void warningsFallOnAtMostFivePercentOfThePositionsAndEachIsARealProblem() {
        List<Finding> warnings = validation.all().stream().filter(f -> f.severity() == Severity.WARNING).toList();
        long positionsWarned = warnings.stream().map(Finding::positionId).distinct().count();
        assertTrue(positionsWarned * 100 <= 5L * chart.size(), positionsWarned + " of " + chart.size());
        // The one: Steven King, the COO at the top, leads 14 people directly (5 stock managers, 5 sales
        // managers, 2 vice presidents and 2 more managers), where 8 is the limit for Senior Management.
        assertEquals(List.of("span-of-control 100: 'Chief Operating Officer' has 14 direct reports; Senior Management"
                + " positions should have at most 8."), warnings.stream()
                .map(f -> f.ruleId() + " " + f.positionId() + ": " + f.message()).toList());
        assertEquals(0, validation.count(Severity.ERROR));
    }

    @Test
    void noTierIsMissingAndStaffResponsibilitiesAreNotReportedAsUncovered() {
        assertEquals(0, validation.all().stream().filter(f -> f.ruleId().equals("missing-tier")).count());
        assertTrue(validation.chartFindings().stream().noneMatch(f -> f.message().startsWith("No Staff position")),
                validation.chartFindings()::toString);
    }
}
