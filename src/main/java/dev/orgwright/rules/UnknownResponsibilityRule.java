package dev.orgwright.rules;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import java.util.List;

/**
 * A duty linked to a responsibility the catalog does not have (it was removed or renamed, or the
 * file was edited by hand). The duty is then matched by its words; the fix drops the link.
 */
final class UnknownResponsibilityRule implements PositionRule {

    @Override
    public String id() {
        return "unknown-responsibility";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A duty linked to a responsibility that the catalog does not have.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        Position p = ctx.position();
        for (int i = 0; i < p.duties().size(); i++) {
            Duty d = p.duties().get(i);
            if (d.responsibilityId() == null || ctx.matcher().knows(d.responsibilityId())) {
                continue;
            }
            Duty unlinked = new Duty(d.text(), null, d.unknownFields());
            int index = i;
            reporter.report(p.id(),
                    RuleTexts.t("rules.unknown-responsibility.message", ctx.quotedTitle(), d.responsibilityId()),
                    RuleTexts.t("rules.unknown-responsibility.explanation", d.text()),
                    List.of(new Fix(Edits.sequence(
                            c -> RuleTexts.t("rules.unknown-responsibility.fix", d.responsibilityId()),
                            List.of(Edits.replaceDuty(p.id(), index, unlinked))))));
        }
    }
}
