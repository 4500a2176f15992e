package dev.orgwright.rules;

import dev.orgwright.model.Accountability;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A responsibility with more than one accountable position: when two answer for it, neither
 * does. The fixes keep one accountable (those of the responsibility's own tier first) and make
 * the others responsible.
 */
final class ManyAccountableRule implements ChartRule {

    @Override
    public String id() {
        return "many-accountable";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A responsibility with more than one accountable position.";
    }

    @Override
    public void check(ChartContext ctx, Reporter reporter) {
        RaciTally raci = ctx.raci();
        if (!raci.recordsAccountability()) {
            return;
        }
        for (Tier t : ctx.chart().tiers()) {
            for (Responsibility r : t.responsibilities()) {
                Set<PositionId> accountable = raci.accountableFor(r.id());
                if (accountable.size() < 2) {
                    continue;
                }
                List<Position> holders = RaciRows.ordered(ctx.chart(), accountable, t.id());
                List<PositionId> ids = holders.stream().map(Position::id).toList();
                List<Fix> fixes = new ArrayList<>();
                for (int i = 0; i < Math.min(RaciRows.NAMED, holders.size()); i++) {
                    fixes.add(new Fix(Accountability.keepAccountable(r.id(), ids.get(i), ids)));
                }
                reporter.report(null, RuleTexts.t("rules.many-accountable.message", holders.size(), r.text()),
                        RuleTexts.t("rules.many-accountable.explanation", RaciRows.titles(holders)),
                        fixes);
            }
        }
    }
}
