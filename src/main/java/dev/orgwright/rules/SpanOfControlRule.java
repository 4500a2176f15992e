package dev.orgwright.rules;

import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.util.List;

/**
 * More direct reports than one manager of the tier can lead well. Limits are per tier under
 * {@code rules.span-of-control.<tier id>} (defaults: 8 for senior, 12 for executive, and
 * {@code rules.span-of-control.default}, 12, for any other tier). A manager whose direct reports
 * are all Staff has {@code rules.span-of-control.managers-of-staff} (default 15), or its tier's
 * limit when that is larger: people who do similar work need less of their manager each than
 * managers do, so a supervisor of a shift or a sales team leads more of them. Assistants do not
 * count.
 */
final class SpanOfControlRule implements PositionRule {

    static final int SENIOR_LIMIT = 8;
    static final int DEFAULT_LIMIT = 12;
    static final int MANAGERS_OF_STAFF_LIMIT = 15;
    static final String MANAGERS_OF_STAFF = "managers-of-staff";

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
        return "More direct reports than the tier's limit (8 for Senior Management, 12 for Executive Management,"
                + " 15 for a manager of Staff only).";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        List<PositionId> reports = ctx.chart().childrenOf(ctx.position().id());
        if (reports.isEmpty()) {
            return;
        }
        String tierId = ctx.position().tierId();
        double fallback = reporter.config().limit("default", DEFAULT_LIMIT);
        double tierLimit = tierId == null ? fallback
                : reporter.config().limit(tierId, Templates.SENIOR.equals(tierId) ? SENIOR_LIMIT : fallback);
        long counted = 0;
        boolean allStaff = true;
        for (PositionId r : reports) {
            Position report = ctx.chart().position(r);
            if (!report.assistant()) {
                counted++;
                allStaff &= Templates.STAFF.equals(report.tierId());
            }
        }
        boolean ofStaff = allStaff && counted > 0
                && reporter.config().limit(MANAGERS_OF_STAFF, MANAGERS_OF_STAFF_LIMIT) > tierLimit;
        double limit = ofStaff ? reporter.config().limit(MANAGERS_OF_STAFF, MANAGERS_OF_STAFF_LIMIT) : tierLimit;
        if (counted <= limit) {
            return;
        }
        String setting = ofStaff ? MANAGERS_OF_STAFF : tierId == null ? "default" : tierId;
        String who = ofStaff ? RuleTexts.t("rules.span-of-control.who.staff", ctx.tierName(Templates.STAFF))
                : tierId == null ? RuleTexts.t("rules.span-of-control.who.none")
                : RuleTexts.t("rules.span-of-control.who.tier", ctx.tierName(tierId));
        reporter.report(ctx.position().id(),
                RuleTexts.t("rules.span-of-control.message", ctx.quotedTitle(), counted, who, (int) limit),
                RuleTexts.t("rules.span-of-control.explanation", "rules.span-of-control." + setting),
                List.of());
    }
}
