package dev.orgwright.rules;

import dev.orgwright.model.Messages;
import dev.orgwright.model.Position;
import dev.orgwright.model.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tier or a department whose positions cost more than the budget the chart sets for it
 * ({@code settings.targets.budget.tier.<tier id>}, {@code settings.targets.budget.department.<name>}).
 * Costs are private, so the finding gives how far over budget the group is as a share, never a
 * position's cost. A chart without budgets costs this rule nothing; with budgets it adds up the
 * costs once per check.
 */
final class OverBudgetRule implements ChartRule {

    @Override
    public String id() {
        return "over-budget";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A tier or department costs more than its budget (settings.targets.budget).";
    }

    @Override
    public void check(ChartContext ctx, Reporter reporter) {
        Map<String, BigDecimal> tierBudgets = Targets.budgets(ctx.chart().settings(), "tier");
        Map<String, BigDecimal> departmentBudgets = Targets.budgets(ctx.chart().settings(), "department");
        if (tierBudgets.isEmpty() && departmentBudgets.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> byTier = new HashMap<>();
        Map<String, BigDecimal> byDepartment = new HashMap<>();
        for (Position p : ctx.chart().positionsById().values()) {
            if (p.cost() != null) {
                if (p.tierId() != null) {
                    byTier.merge(p.tierId(), p.cost(), BigDecimal::add);
                }
                byDepartment.merge(p.department().strip(), p.cost(), BigDecimal::add);
            }
        }
        String currency = ctx.chart().settings().currency().map(c -> " " + c).orElse("");
        tierBudgets.forEach((tierId, budget) -> over(byTier.get(tierId), budget).ifPresent(share ->
                reporter.report(null, RuleTexts.t("rules.over-budget.tier.message",
                                ctx.chart().tier(tierId).map(Tier::name).orElse(tierId), share, money(budget) + currency),
                        explanation("tier." + tierId), List.of())));
        departmentBudgets.forEach((department, budget) -> over(byDepartment.get(department), budget)
                .ifPresent(share -> reporter.report(null, RuleTexts.t("rules.over-budget.department.message",
                                department, share, money(budget) + currency),
                        explanation("department." + department), List.of())));
    }

    /** How far over budget, in whole per cent rounded up (so 0.1 % over is 1 %), when over. */
    private static Optional<String> over(BigDecimal cost, BigDecimal budget) {
        if (cost == null || cost.compareTo(budget) <= 0) {
            return Optional.empty();
        }
        if (budget.signum() <= 0) {
            return Optional.of(RuleTexts.t("rules.over-budget.unbounded"));
        }
        BigDecimal share = cost.subtract(budget).multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.UP);
        return Optional.of(share.toPlainString());
    }

    private static String explanation(String key) {
        return RuleTexts.t("rules.over-budget.explanation", "targets.budget." + key);
    }

    private static String money(BigDecimal n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Messages.locale())).format(n);
    }
}
