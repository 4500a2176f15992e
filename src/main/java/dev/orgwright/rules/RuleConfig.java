package dev.orgwright.rules;

import dev.orgwright.model.Settings;

/**
 * One rule's switches from the chart's settings, under {@code rules.<rule id>}: {@code enabled}
 * (default true), {@code severity} ("error", "warning" or "info"; default the rule's own), and
 * any limits the rule reads.
 */
public final class RuleConfig {

    private final String ruleId;
    private final Settings settings;
    private final boolean enabled;
    private final Severity severity;
    private final java.util.Map<String, Double> limits = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();

    RuleConfig(String ruleId, Severity defaultSeverity, Settings settings) {
        this.ruleId = ruleId;
        this.settings = settings;
        this.enabled = settings.flag(prefix() + "enabled", true);
        this.severity = settings.get(prefix() + "severity").map(String::valueOf).flatMap(Severity::fromId)
                .orElse(defaultSeverity);
    }

    public boolean enabled() {
        return enabled;
    }

    public Severity severity() {
        return severity;
    }

    /** A number the rule reads, e.g. {@code limit("senior", 8)} for {@code rules.span-of-control.senior}. */
    public double limit(String name, double fallback) {
        // Asked once per position; the answer is the same for the whole validation.
        double value = limits.computeIfAbsent(name, n -> settings.get(prefix() + n)
                .filter(Number.class::isInstance).map(v -> ((Number) v).doubleValue()).orElse(Double.NaN));
        return Double.isNaN(value) ? fallback : value;
    }

    /** A text the rule reads, e.g. {@code text("tier", "senior")}. */
    public String text(String name, String fallback) {
        return texts.computeIfAbsent(name, n -> settings.get(prefix() + n).map(String::valueOf).orElse(fallback));
    }

    private String prefix() {
        return "rules." + ruleId + ".";
    }
}
