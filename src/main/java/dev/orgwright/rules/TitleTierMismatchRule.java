package dev.orgwright.rules;

import dev.orgwright.model.Edits;
import dev.orgwright.model.Tier;
import dev.orgwright.model.TypicalTitles;
import java.util.List;
import java.util.Optional;

/**
 * A title that reads as another tier's, judged from the tiers' typical titles: "Chief Financial
 * Officer" placed in Executive Management, "Head of Sales" placed in Senior Management. A
 * position whose pay grade (a value of one of its fields) is a grade its tier lists is in that
 * tier by its grade, which is what the organisation's own records say: its title does not
 * overrule that ("Deputy Director" is an SCS1 post, in Executive Management, where grades say so).
 */
final class TitleTierMismatchRule implements PositionRule {

    @Override
    public String id() {
        return "title-tier-mismatch";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A title that reads as another tier's, by the tiers' typical titles.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        Optional<Tier> own = ctx.tier();
        if (own.isEmpty()) {
            return;
        }
        if (!own.get().grades().isEmpty() && ctx.position().fieldValues().asMap().values().stream()
                .anyMatch(v -> v instanceof String grade && own.get().holdsGrade(grade))) {
            return;
        }
        Optional<TypicalTitles.Reading> reading = ctx.titles().read(ctx.position().title());
        if (reading.isEmpty() || reading.get().tier().id().equals(own.get().id())) {
            return;
        }
        Tier other = reading.get().tier();
        List<Fix> fixes = TierChange.isSafe(ctx, other)
                ? List.of(new Fix(Edits.setTier(ctx.position().id(), other.id()))) : List.of();
        reporter.report(ctx.position().id(),
                RuleTexts.t("rules.title-tier-mismatch.message", ctx.quotedTitle(), other.name(), own.get().name()),
                RuleTexts.t("rules.title-tier-mismatch.explanation", reading.get().typicalTitle(), other.name()),
                fixes);
    }
}
