package dev.orgwright.rules;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A position accountable for a responsibility of another tier's catalog: a head of a department
 * answering for the company's strategy, or a director for the team's daily work. No fix is
 * offered: who should answer for it instead is the user's call, made in the matrix.
 */
final class AccountableOutsideTierRule implements PositionRule {

    @Override
    public String id() {
        return "accountable-outside-tier";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A position accountable for a responsibility of another tier.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        Position p = ctx.position();
        if (p.tierId() == null) {
            return;
        }
        Set<String> told = null;
        for (Duty d : p.duties()) {
            if (!d.isAccountable()) {
                continue;
            }
            Optional<String> tier = ctx.matcher().tierOf(d.responsibilityId());
            if (tier.isEmpty() || tier.get().equals(p.tierId())) {
                continue;
            }
            if (told == null) {
                told = new HashSet<>(2);
            }
            if (told.add(d.responsibilityId())) {
                String what = ctx.chart().tier(tier.get()).flatMap(t -> t.responsibility(d.responsibilityId()))
                        .map(r -> RuleTexts.t("rules.quote", r.text()))
                        .orElse(RuleTexts.t("rules.id", d.responsibilityId()));
                reporter.report(p.id(), RuleTexts.t("rules.accountable-outside-tier.message", ctx.quotedTitle(), what,
                                ctx.tierName(tier.get())),
                        RuleTexts.t("rules.accountable-outside-tier.explanation", ctx.tierName(p.tierId()),
                                ctx.tierName(tier.get())),
                        List.of());
            }
        }
    }
}
