package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import java.util.List;

/**
 * A finding as the user sees it: everything but the fixes' edit objects, which compare by
 * identity, replaced by the fixes' labels on the chart. Two validations agree when their views do.
 */
public record FindingView(String ruleId, Severity severity, PositionId position, String message, String explanation,
                   List<String> fixes) {

    public static FindingView of(Finding f, Chart chart) {
        return new FindingView(f.ruleId(), f.severity(), f.positionId(), f.message(), f.explanation(),
                RuleFixtures.fixLabels(f, chart));
    }

    public static List<FindingView> of(List<Finding> findings, Chart chart) {
        return findings.stream().map(f -> of(f, chart)).toList();
    }
}
