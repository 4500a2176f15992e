package dev.orgwright.analysis;

import java.math.BigDecimal;

/**
 * Head count, FTE and cost of a group of positions: a tier, a department or a layer.
 *
 * @param key       the tier id, the department's name, or the layer's number; empty for positions
 *                  without a tier or department
 * @param positions how many positions
 * @param vacant    how many of them are vacant
 * @param fte       their FTE
 * @param cost      their cost, as far as known
 * @param costKnown how many of them have a cost
 */
public record GroupFigures(String key, int positions, int vacant, BigDecimal fte, BigDecimal cost, int costKnown) {

    /** Keeps the sums in their shortest form, so that equal sums are equal however they were reached. */
    public GroupFigures {
        fte = Plain.of(fte);
        cost = Plain.of(cost);
    }

    static GroupFigures empty(String key) {
        return new GroupFigures(key, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    GroupFigures plus(int sign, boolean isVacant, BigDecimal positionFte, BigDecimal positionCost) {
        BigDecimal s = BigDecimal.valueOf(sign);
        return new GroupFigures(key, positions + sign, vacant + (isVacant ? sign : 0), fte.add(positionFte.multiply(s)),
                positionCost == null ? cost : cost.add(positionCost.multiply(s)),
                costKnown + (positionCost == null ? 0 : sign));
    }
}
