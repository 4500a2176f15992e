package dev.orgwright.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules a validation runs. {@link #defaults()} is Orgwright's set; each rule can be switched
 * off or given another severity in a chart's settings.
 */
public record RuleSet(List<PositionRule> positionRules, List<ChartRule> chartRules) {

    public RuleSet {
        positionRules = List.copyOf(positionRules);
        chartRules = List.copyOf(chartRules);
    }

    /** Every rule Orgwright knows, in the order their findings are listed. */
    public static RuleSet defaults() {
        List<PositionRule> positionRules = List.of(
                new ManagerLowerTierRule(),
                new DutyOutsideTierRule(),
                new TitleTierMismatchRule(),
                new NoSeniorOversightRule(),
                new MissingTierRule(),
                new SpanOfControlRule(),
                new SpanOutsideTargetRule(),
                new SpanTooNarrowRule(),
                new SingleReportChainRule(),
                new TooManyLayersRule(),
                new DuplicateDutyRule(),
                new UnknownResponsibilityRule(),
                new DutyUnmatchedRule(),
                new NoDutiesRule(),
                new VacantPositionRule(),
                new AccountableOutsideTierRule(),
                new OverloadedRule());
        List<ChartRule> chartRules = List.of(new ResponsibilityUncoveredRule(), new OverBudgetRule(),
                new NoAccountableRule(), new ManyAccountableRule());
        Set<String> ids = new HashSet<>();
        positionRules.forEach(r -> ids.add(r.id()));
        chartRules.forEach(r -> ids.add(r.id()));
        return new RuleSet(positionRules, Stream.concat(chartRules.stream(),
                Stream.of(new UnknownRuleSettingRule(ids))).toList());
    }
}
