package dev.orgwright.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A setting under {@code rules} that names no rule Orgwright has: a typo such as
 * {@code duty-tier} for {@code duty-outside-tier} would otherwise leave the rule firing with no
 * hint why the switch does nothing.
 */
final class UnknownRuleSettingRule implements ChartRule {

    /** Settings under {@code rules} that are not a rule's: the duty matcher's. */
    static final String MATCHING = "matching";

    private final Set<String> known;

    /** Checks the settings against the rules of {@code ids}. */
    UnknownRuleSettingRule(Set<String> ids) {
        this.known = new TreeSet<>(ids);
        known.add(id());
        known.add(MATCHING);
    }

    @Override
    public String id() {
        return "unknown-rule-setting";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "A setting under 'rules' that names no rule, so it changes nothing.";
    }

    @Override
    public void check(ChartContext ctx, Reporter reporter) {
        if (!(ctx.chart().settings().asMap().get("rules") instanceof Map<?, ?> rules)) {
            return;
        }
        for (Object name : rules.keySet()) {
            if (!known.contains(String.valueOf(name))) {
                reporter.report(null,
                        RuleTexts.t("rules.unknown-rule-setting.message", name),
                        RuleTexts.t("rules.unknown-rule-setting.explanation", String.join(", ", known)), List.of());
            }
        }
    }
}
