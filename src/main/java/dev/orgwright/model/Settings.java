package dev.orgwright.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A chart's settings: rule switches and limits, as a tree of plain JSON-like values
 * ({@code null}, strings, booleans, numbers, lists, and maps with string keys). Paths use dots:
 * {@code rules.duty-outside-tier.enabled}. Settings are open-ended on purpose so that a rule can add a
 * switch without a change of file format; a setting nobody reads is kept and written back.
 */
public final class Settings {

    /** The setting that names the currency of the positions' costs: an ISO 4217 code such as "GBP". */
    public static final String CURRENCY = "currency";

    /** No settings: every rule uses its defaults. */
    public static final Settings NONE = new Settings(Map.of());

    private final Map<String, Object> values;

    private Settings(Map<String, Object> values) {
        this.values = values;
    }

    /** An immutable deep copy of {@code values}, keeping their order. */
    @SuppressWarnings("unchecked")
    public static Settings of(Map<String, ?> values) {
        if (values.isEmpty()) {
            return NONE;
        }
        return new Settings((Map<String, Object>) PlainValues.freeze(new LinkedHashMap<>(values)));
    }

    /** The whole tree; unmodifiable. */
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The value at a dotted path, if every step of the path exists. */
    public Optional<Object> get(String path) {
        Object current = values;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(step)) {
                return Optional.empty();
            }
            current = map.get(step);
        }
        return Optional.ofNullable(current);
    }

    /** The boolean at {@code path}, or {@code fallback} when it is absent or not a boolean. */
    public boolean flag(String path, boolean fallback) {
        return get(path).filter(Boolean.class::isInstance).map(Boolean.class::cast).orElse(fallback);
    }

    /** The number at {@code path}, or {@code fallback} when it is absent or not a number. */
    public double number(String path, double fallback) {
        return get(path).filter(Number.class::isInstance).map(v -> ((Number) v).doubleValue()).orElse(fallback);
    }

    /** The currency of the chart's costs, when the chart names one as text. */
    public Optional<String> currency() {
        return get(CURRENCY).filter(String.class::isInstance).map(String.class::cast);
    }

    /**
     * Whether {@code code} has the form of an ISO 4217 currency code: three capital letters.
     * Only the form is checked, not the list of currencies, so that a currency introduced after
     * this version does not make a chart unreadable.
     */
    public static boolean isCurrencyCode(String code) {
        return code != null && code.length() == 3 && code.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }

    /** A copy without the top-level setting {@code key}. */
    public Settings without(String key) {
        if (!values.containsKey(key)) {
            return this;
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.remove(key);
        return of(copy);
    }

    /** A copy with the value at a dotted path set, creating the maps on the way. */
    @SuppressWarnings("unchecked")
    public Settings with(String path, Object value) {
        String[] steps = path.split("\\.");
        Map<String, Object> root = new LinkedHashMap<>(values);
        Map<String, Object> current = root;
        for (int i = 0; i < steps.length - 1; i++) {
            Object next = current.get(steps[i]);
            Map<String, Object> copy = next instanceof Map<?, ?> m
                    ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
            current.put(steps[i], copy);
            current = copy;
        }
        current.put(steps[steps.length - 1], value);
        return of(root);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Settings" + values;
    }
}
