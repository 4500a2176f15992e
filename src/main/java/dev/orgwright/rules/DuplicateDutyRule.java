package dev.orgwright.rules;

import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The same duty twice on one position, after normalising case, punctuation, stop words and word
 * endings ("Reviews budgets." and "review the budget"). The fix removes the later copy.
 */
final class DuplicateDutyRule implements PositionRule {

    @Override
    public String id() {
        return "duplicate-duty";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "The same duty listed twice on one position.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        Position p = ctx.position();
        if (p.duties().size() < 2) {
            return;
        }
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < p.duties().size(); i++) {
            String text = p.duties().get(i).text();
            Integer first = firstSeen.putIfAbsent(ctx.matcher().normalised(text), i);
            if (first != null) {
                String original = p.duties().get(first).text();
                reporter.report(p.id(),
                        RuleTexts.t("rules.duplicate-duty.message", ctx.quotedTitle(), original),
                        original.equals(text)
                                ? RuleTexts.t("rules.duplicate-duty.explanation.same", first + 1, i + 1)
                                : RuleTexts.t("rules.duplicate-duty.explanation", first + 1, i + 1, text),
                        List.of(new Fix(Edits.removeDuty(p.id(), i))));
            }
        }
    }

    static String normalised(String text) {
        List<String> stems = Words.stems(text);
        return stems.isEmpty() ? text.strip().toLowerCase(Locale.ROOT) : String.join(" ", stems);
    }
}
