package dev.orgwright.rules;

import dev.orgwright.model.Accountability;
import dev.orgwright.model.Position;
import dev.orgwright.model.RaciRole;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A responsibility that positions are responsible for but nobody is accountable for: work done
 * with no one who answers for it. Checked only in a chart that records accountability (some A
 * somewhere), so a chart that links duties without using the matrix is not told that every row
 * lacks an A. The fixes make one of the responsible positions accountable, those of the
 * responsibility's own tier first.
 */
final class NoAccountableRule implements ChartRule {

    @Override
    public String id() {
        return "no-accountable";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A responsibility that positions are responsible for but none is accountable for"
                + " (checked once the chart has an accountable position).";
    }

    @Override
    public void check(ChartContext ctx, Reporter reporter) {
        RaciTally raci = ctx.raci();
        if (!raci.recordsAccountability()) {
            return;
        }
        for (Tier t : ctx.chart().tiers()) {
            for (Responsibility r : t.responsibilities()) {
                Set<?> responsible = raci.responsibleFor(r.id());
                if (responsible.isEmpty() || !raci.accountableFor(r.id()).isEmpty()) {
                    continue;
                }
                List<Position> doers = RaciRows.ordered(ctx.chart(), raci.responsibleFor(r.id()), t.id());
                List<Fix> fixes = new ArrayList<>();
                for (int i = 0; i < Math.min(RaciRows.NAMED, doers.size()); i++) {
                    fixes.add(new Fix(Accountability.setRole(doers.get(i).id(), r.id(), RaciRole.ACCOUNTABLE)));
                }
                reporter.report(null, RuleTexts.t("rules.no-accountable.message", r.text()),
                        RuleTexts.t(doers.size() == 1 ? "rules.no-accountable.explanation.one"
                                : "rules.no-accountable.explanation", RaciRows.titles(doers)),
                        fixes);
            }
        }
    }
}
