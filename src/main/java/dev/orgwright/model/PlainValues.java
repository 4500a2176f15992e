package dev.orgwright.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deeply immutable copies of JSON-like plain values: {@code null}, {@link String},
 * {@link Boolean}, {@link Number} ({@link Integer}, {@link Long}, {@link BigInteger},
 * {@link BigDecimal}, {@link Double}), {@link List} and {@link Map} with string keys.
 * The model keeps settings and fields it does not know in this form so that it needs no JSON
 * library, and so that nobody can change a chart through a value it handed out.
 */
final class PlainValues {

    private record Pending(Object source, Object target) {
    }

    private PlainValues() {
    }

    /** Returns an immutable deep copy of {@code value}; maps keep their key order. */
    static Object freeze(Object value) {
        if (!isContainer(value)) {
            return checkScalar(value);
        }
        // Iterative on purpose: a hostile document may nest deeply. Each container is stored in
        // its parent as an unmodifiable view, then filled through the mutable original.
        Deque<Pending> work = new ArrayDeque<>();
        Object root = emptyContainerLike(value);
        work.push(new Pending(value, root));
        while (!work.isEmpty()) {
            Pending p = work.pop();
            if (p.source() instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> target = (Map<String, Object>) p.target();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!(e.getKey() instanceof String key)) {
                        throw new IllegalArgumentException("Map keys must be strings: " + e.getKey());
                    }
                    target.put(key, copyChild(e.getValue(), work));
                }
            } else {
                @SuppressWarnings("unchecked")
                List<Object> target = (List<Object>) p.target();
                for (Object v : (List<?>) p.source()) {
                    target.add(copyChild(v, work));
                }
            }
        }
        return wrap(root);
    }

    private static Object copyChild(Object v, Deque<Pending> work) {
        if (!isContainer(v)) {
            return checkScalar(v);
        }
        Object child = emptyContainerLike(v);
        work.push(new Pending(v, child));
        return wrap(child);
    }

    private static boolean isContainer(Object v) {
        return v instanceof Map<?, ?> || v instanceof List<?>;
    }

    private static Object wrap(Object container) {
        if (container instanceof Map<?, ?> m) {
            return Collections.unmodifiableMap(m);
        }
        return Collections.unmodifiableList((List<?>) container);
    }

    private static Object emptyContainerLike(Object v) {
        return v instanceof Map<?, ?> ? new LinkedHashMap<String, Object>() : new ArrayList<>();
    }

    /**
     * Numbers are normalised to what a JSON reader gives back (the smallest of Integer, Long and
     * BigInteger for whole numbers; BigDecimal otherwise), so a value equals itself after a save
     * and a load.
     */
    private static Object checkScalar(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        if (v instanceof Long || v instanceof BigInteger) {
            BigInteger big = v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
            if (big.bitLength() < 32) {
                return big.intValue();
            }
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("Not a JSON number: " + d);
            }
            return new BigDecimal(Double.toString(d));
        }
        if (v instanceof BigDecimal d) {
            // Written without a point or an exponent, a decimal of scale 0 reads back as a whole number.
            return d.scale() == 0 ? checkScalar(d.unscaledValue()) : d;
        }
        throw new IllegalArgumentException("Not a plain value: " + v.getClass().getName());
    }
}
