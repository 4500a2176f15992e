package dev.orgwright.rules;

import dev.orgwright.model.Settings;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The targets a chart sets for its design, under {@code settings.targets}:
 * <ul>
 *   <li>{@code targets.span.<tier id>}: the span a manager of the tier should have, as
 *       {@code {"min": 4, "max": 8}} (either may be left out) or as a manager archetype's name
 *       ({@code "player-coach"} 3–5, {@code "coach"} 6–7, {@code "supervisor"} 8–10,
 *       {@code "facilitator"} 11–15, {@code "coordinator"} 15 or more);</li>
 *   <li>{@code targets.layers}: the most layers the organisation should have;</li>
 *   <li>{@code targets.budget.tier.<tier id>} and {@code targets.budget.department.<name>}: what
 *       the positions of a tier or a department may cost in all.</li>
 * </ul>
 */
public final class Targets {

    /** A range of spans; {@code max} is {@link Integer#MAX_VALUE} when open. */
    record SpanRange(int min, int max, String name) {
        String describe() {
            String range = max == Integer.MAX_VALUE ? RuleTexts.t("rules.range.open", min)
                    : min == max ? String.valueOf(min) : RuleTexts.t("rules.range", min, max);
            return name == null ? range : RuleTexts.t("rules.range.named", range, name);
        }
    }

    private static final Map<String, int[]> ARCHETYPES = Map.of(
            "player-coach", new int[] {3, 5}, "coach", new int[] {6, 7}, "supervisor", new int[] {8, 10},
            "facilitator", new int[] {11, 15}, "coordinator", new int[] {15, Integer.MAX_VALUE});

    private Targets() {
    }

    /** The target span of a tier's managers, when the chart sets one. */
    static Optional<SpanRange> span(Settings settings, String tierId) {
        if (tierId == null) {
            return Optional.empty();
        }
        Object target = settings.get("targets.span").filter(Map.class::isInstance).map(m -> ((Map<?, ?>) m).get(tierId))
                .orElse(null);
        if (target instanceof String archetype) {
            int[] range = ARCHETYPES.get(archetype.strip().toLowerCase(Locale.ROOT));
            return range == null ? Optional.empty() : Optional.of(new SpanRange(range[0], range[1], archetype.strip()));
        }
        if (target instanceof Map<?, ?> range) {
            int min = range.get("min") instanceof Number n ? n.intValue() : 1;
            int max = range.get("max") instanceof Number n ? n.intValue() : Integer.MAX_VALUE;
            return min <= max ? Optional.of(new SpanRange(min, max, null)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The most layers the chart should have, when it sets a target. */
    static Optional<Integer> layers(Settings settings) {
        return settings.get("targets.layers").filter(Number.class::isInstance).map(n -> ((Number) n).intValue())
                .filter(n -> n >= 1);
    }

    /** The budgets of {@code kind} ("tier" or "department"), by tier id or department name, in the chart's order. */
    public static Map<String, BigDecimal> budgets(Settings settings, String kind) {
        Object budgets = settings.get("targets.budget").filter(Map.class::isInstance)
                .map(m -> ((Map<?, ?>) m).get(kind)).orElse(null);
        if (!(budgets instanceof Map<?, ?> map)) {
            return Map.of();
        }
        java.util.LinkedHashMap<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key instanceof String name && value instanceof Number n) {
                out.put(name, new BigDecimal(n.toString()));
            }
        });
        return out;
    }
}
