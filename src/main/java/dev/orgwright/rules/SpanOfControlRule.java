package dev.orgwright.rules;

import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.util.List;

/**
 * More direct reports than one manager of the tier can lead well. Limits are per tier under
 * {@code rules.span-of-control.<tier id>} (defaults: 8 for senior, 12 for executive, and
 * {@code rules.span-of-control.default}, 12, for any other tier). Assistants do not count.
 */
final class SpanOfControlRule implements PositionRule {

    static final int SENIOR_LIMIT = 8;
    static final int DEFAULT_LIMIT = 12;

    @Override
    public String id() {
        return "span-of-control";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "More direct reports than the tier's limit (8 for Senior Management, 12 for Executive Management).";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        List<PositionId> reports = ctx.chart().childrenOf(ctx.position().id());
        if (reports.isEmpty()) {
            return;
        }
        String tierId = ctx.position().tierId();
        double fallback = reporter.config().limit("default", DEFAULT_LIMIT);
        double limit = tierId == null ? fallback
                : reporter.config().limit(tierId, Templates.SENIOR.equals(tierId) ? SENIOR_LIMIT : fallback);
        long counted = reports.stream().filter(r -> !ctx.chart().position(r).assistant()).count();
        if (counted <= limit) {
            return;
        }
        String tierName = tierId == null ? "positions with no tier" : ctx.tierName(tierId) + " positions";
        reporter.report(ctx.position().id(),
                ctx.quotedTitle() + " has " + counted + " direct reports; " + tierName + " should have at most "
                        + (int) limit + ".",
                "A manager with too many direct reports has little time for each; consider a layer of team leads or "
                        + "splitting the team. The limit is the setting rules.span-of-control."
                        + (tierId == null ? "default" : tierId) + ".",
                List.of());
    }
}
