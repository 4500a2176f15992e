package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A duty that belongs to another tier: a head of sales who "decides on restructuring the
 * company", a CEO who "runs the daily stand-up". It fires when the duty's best responsibility
 * is another tier's and beats the best of the position's own tier by the margin.
 */
final class DutyOutsideTierRule implements PositionRule {

    static final String ID = "duty-outside-tier";

    /** How far down the reports to look for someone of a lower tier to hand a duty to. */
    private static final int SEARCH_BELOW_LIMIT = 2_000;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A duty that matches another tier's responsibility better than any of its own tier's.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        Position p = ctx.position();
        Optional<Tier> own = ctx.tier();
        if (own.isEmpty()) {
            return;
        }
        double margin = ctx.matcher().settings().margin();
        List<DutyMatch> matches = ctx.matches();
        for (int i = 0; i < matches.size(); i++) {
            DutyMatch m = matches.get(i);
            if (!m.isMatched() || m.tierId().equals(own.get().id())) {
                continue;
            }
            double lead = m.score() - m.bestScoreIn(own.get().id());
            if (!m.linked() && lead < margin) {
                continue;
            }
            Tier other = ctx.chart().tier(m.tierId()).orElseThrow();
            String responsibility = other.responsibility(m.responsibilityId()).map(r -> r.text()).orElse(m.responsibilityId());
            String message = ctx.quotedTitle() + " (" + own.get().name() + ") has a duty of " + other.name() + ": \""
                    + m.duty() + "\" is about \"" + responsibility + "\".";
            String explanation = m.linked()
                    ? "The duty is linked to the responsibility '" + m.responsibilityId() + "' of " + other.name() + "."
                    : String.format(Locale.ROOT, "Matching words: %s. It scores %.1f for '%s' of %s, against %.1f at "
                            + "best in %s (a difference of %.1f; the margin is %.1f).",
                    String.join(", ", m.words()), m.score(), m.responsibilityId(), other.name(),
                    m.bestScoreIn(own.get().id()), own.get().name(), lead, margin);
            reporter.report(p.id(), message, explanation, fixes(ctx, i, other));
        }
    }

    private static List<Fix> fixes(PositionContext ctx, int dutyIndex, Tier other) {
        List<Fix> fixes = new ArrayList<>();
        Position p = ctx.position();
        Tier own = ctx.tier().orElseThrow();
        PositionId target = other.rank() < own.rank()
                ? ctx.nearestAbove(other.id()).orElse(null)
                : nearestBelow(ctx.chart(), p.id(), other.id());
        if (target != null) {
            Duty duty = p.duties().get(dutyIndex);
            fixes.add(new Fix(Edits.sequence(
                    c -> "Move the duty \"" + shorten(duty.text()) + "\" to '" + c.position(target).title() + "'",
                    List.of(Edits.removeDuty(p.id(), dutyIndex), Edits.addDuty(target, duty, -1)))));
        }
        if (TierChange.isSafe(ctx, other)) {
            fixes.add(new Fix(Edits.setTier(p.id(), other.id())));
        }
        return fixes;
    }

    /** The nearest report (breadth first) in {@code tierId}, looking at a bounded number of positions. */
    private static PositionId nearestBelow(Chart chart, PositionId top, String tierId) {
        Deque<PositionId> queue = new ArrayDeque<>(chart.childrenOf(top));
        int seen = 0;
        while (!queue.isEmpty() && seen++ < SEARCH_BELOW_LIMIT) {
            PositionId id = queue.poll();
            if (tierId.equals(chart.position(id).tierId())) {
                return id;
            }
            queue.addAll(chart.childrenOf(id));
        }
        return null;
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
