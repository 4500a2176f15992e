package dev.orgwright.rules;

import java.util.List;

/** A position with no duties: the tier rules have nothing to check it against. */
final class NoDutiesRule implements PositionRule {

    @Override
    public String id() {
        return "no-duties";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "A position with no duties.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        if (ctx.position().duties().isEmpty()) {
            reporter.report(ctx.position().id(), ctx.quotedTitle() + " has no duties yet.",
                    "Listing what the position is there to do lets Orgwright check that it fits its tier.", List.of());
        }
    }
}
