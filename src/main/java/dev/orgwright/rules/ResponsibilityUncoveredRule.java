package dev.orgwright.rules;

import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.util.List;

/**
 * A responsibility of a tier that no position of that tier carries: nobody reviews the budgets.
 * Only tiers that have positions are checked, so a tier just added is not a wall of findings.
 * Tiers listed in {@code rules.responsibility-uncovered.skip-tiers} (ids separated by commas;
 * default {@code staff}) are not checked: Staff responsibilities (do the work, meet the standards,
 * report progress) are what every Staff position does by being one, not tasks someone must be
 * given, and a job description rarely spells them out.
 */
final class ResponsibilityUncoveredRule implements ChartRule {

    @Override
    public String id() {
        return "responsibility-uncovered";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "A responsibility of a tier that no position of that tier carries.";
    }

    @Override
    public void check(ChartContext ctx, Reporter reporter) {
        java.util.Set<String> skipped = new java.util.HashSet<>();
        for (String id : reporter.config().text("skip-tiers", Templates.STAFF).split(",")) {
            skipped.add(id.strip());
        }
        for (Tier t : ctx.chart().tiers()) {
            int positions = ctx.positionsIn(t.id());
            if (positions == 0 || skipped.contains(t.id())) {
                continue;
            }
            for (Responsibility r : t.responsibilities()) {
                if (ctx.carriersOf(r.id()) == 0) {
                    reporter.report(null,
                            RuleTexts.t("rules.responsibility-uncovered.message", t.name(), r.text()),
                            RuleTexts.t("rules.responsibility-uncovered.explanation", positions, t.name(), r.id()),
                            List.of());
                }
            }
        }
    }
}
