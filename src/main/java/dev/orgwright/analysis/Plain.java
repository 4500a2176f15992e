package dev.orgwright.analysis;

import java.math.BigDecimal;

/** Sums in their shortest plain form: 8.5 and 810000, never 8.50 or 8.1E+5. */
final class Plain {

    private Plain() {
    }

    static BigDecimal of(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
