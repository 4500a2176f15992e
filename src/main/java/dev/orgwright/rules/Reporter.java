package dev.orgwright.rules;

import dev.orgwright.model.PositionId;
import java.util.List;

/** Where a rule puts what it finds; it fills in the rule's id and configured severity. */
public final class Reporter {

    private String ruleId;
    private RuleConfig config;
    private final List<Finding> out;

    Reporter(String ruleId, RuleConfig config, List<Finding> out) {
        this.ruleId = ruleId;
        this.config = config;
        this.out = out;
    }

    /** Points this reporter at the next rule: one reporter serves every rule of one position. */
    Reporter forRule(String id, RuleConfig ruleConfig) {
        this.ruleId = id;
        this.config = ruleConfig;
        return this;
    }

    /** The rule's settings in this chart, for its limits. */
    public RuleConfig config() {
        return config;
    }

    public void report(PositionId position, String message, String explanation, List<Fix> fixes) {
        report(position, message, explanation, fixes, "");
    }

    /** Reports a finding with the figures behind it ({@link Finding#details()}) kept apart from its text. */
    public void report(PositionId position, String message, String explanation, List<Fix> fixes, String details) {
        out.add(new Finding(ruleId, config.severity(), position, message, explanation, fixes, details));
    }
}
