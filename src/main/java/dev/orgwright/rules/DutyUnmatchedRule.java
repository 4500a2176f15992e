package dev.orgwright.rules;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import java.util.List;

/**
 * A duty that matches no responsibility of the catalog: hands-on work ("writes the mobile app"),
 * or a responsibility the catalog lacks. Its fix links the duty to the nearest responsibility,
 * for a user who agrees it is that one in other words.
 */
final class DutyUnmatchedRule implements PositionRule {

    @Override
    public String id() {
        return "duty-unmatched";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "A duty that matches no responsibility of any tier.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        Position p = ctx.position();
        List<DutyMatch> matches = ctx.matches();
        for (int i = 0; i < matches.size(); i++) {
            DutyMatch m = matches.get(i);
            if (m.isMatched()) {
                continue;
            }
            String message = RuleTexts.t("rules.duty-unmatched.message", ctx.quotedTitle(), m.duty());
            if (m.nearestId() == null || m.score() <= 0) {
                reporter.report(p.id(), message, RuleTexts.t("rules.duty-unmatched.explanation.none"), List.of());
                continue;
            }
            String tier = ctx.matcher().tierOf(m.nearestId()).map(ctx::tierName).orElse("?");
            String explanation = m.words().isEmpty()
                    ? RuleTexts.t("rules.duty-unmatched.explanation.nearest", m.nearestId(), tier)
                    : RuleTexts.t("rules.duty-unmatched.explanation", m.nearestId(), tier, RuleTexts.list(m.words()));
            String details = RuleTexts.t("rules.duty-unmatched.details", m.score(),
                    ctx.matcher().settings().threshold(), "rules.matching.threshold");
            Duty duty = p.duties().get(i);
            String target = m.nearestId();
            int index = i;
            reporter.report(p.id(), message, explanation, List.of(new Fix(Edits.sequence(
                    c -> RuleTexts.t("rules.duty-unmatched.fix", DutyOutsideTierRule.shorten(duty.text()), target),
                    List.of(Edits.replaceDuty(p.id(), index, new Duty(duty.text(), target, duty.unknownFields())))))),
                    details);
        }
    }
}
