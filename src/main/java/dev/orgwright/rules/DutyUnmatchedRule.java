package dev.orgwright.rules;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import java.util.List;
import java.util.Locale;

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
            String message = ctx.quotedTitle() + " has a duty that matches no responsibility of the catalog: \""
                    + m.duty() + "\".";
            if (m.nearestId() == null || m.score() <= 0) {
                reporter.report(p.id(), message, "None of its words appear in any responsibility or keyword.", List.of());
                continue;
            }
            String explanation = String.format(Locale.ROOT,
                    "Its nearest responsibility is '%s' of %s, with a score of %.1f (matching words: %s); "
                            + "a match needs %.1f.", m.nearestId(),
                    ctx.matcher().tierOf(m.nearestId()).map(ctx::tierName).orElse("?"), m.score(),
                    String.join(", ", m.words()), ctx.matcher().settings().threshold());
            Duty duty = p.duties().get(i);
            String target = m.nearestId();
            int index = i;
            reporter.report(p.id(), message, explanation, List.of(new Fix(Edits.sequence(
                    c -> "Link the duty \"" + DutyOutsideTierRule.shorten(duty.text()) + "\" to the responsibility '"
                            + target + "'",
                    List.of(Edits.replaceDuty(p.id(), index, new Duty(duty.text(), target, duty.unknownFields())))))));
        }
    }
}
