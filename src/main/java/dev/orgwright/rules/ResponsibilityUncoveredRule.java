package dev.orgwright.rules;

import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Tier;
import java.util.List;

/**
 * A responsibility of a tier that no position of that tier carries: nobody reviews the budgets.
 * Only tiers that have positions are checked, so a tier just added is not a wall of findings.
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
        for (Tier t : ctx.chart().tiers()) {
            int positions = ctx.positionsIn(t.id());
            if (positions == 0) {
                continue;
            }
            for (Responsibility r : t.responsibilities()) {
                if (ctx.carriersOf(r.id()) == 0) {
                    reporter.report(null,
                            "No " + t.name() + " position carries the responsibility \"" + r.text() + "\".",
                            "None of the " + positions + " positions of " + t.name() + " has a duty linked to '" + r.id()
                                    + "' or matching it; give it to one of them, or remove it from the catalog.",
                            List.of());
                }
            }
        }
    }
}
