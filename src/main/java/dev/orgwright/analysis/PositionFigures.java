package dev.orgwright.analysis;

import java.math.BigDecimal;

/**
 * The figures of one position and of the team below it.
 *
 * @param span           direct reports, assistants not counted: the span of control
 * @param assistants     direct reports who are assistants
 * @param below          every position below, at any depth
 * @param layer          1 for a top position, 2 for its reports, and so on
 * @param fteTotal       the FTE of the position and of everything below it
 * @param costTotal      the cost of the position and of everything below it, as far as known
 * @param vacanciesBelow vacant positions below (not counting the position itself)
 */
public record PositionFigures(int span, int assistants, int below, int layer, BigDecimal fteTotal,
                              BigDecimal costTotal, int vacanciesBelow) {

    /** Whether the position manages anyone (assistants aside). */
    public boolean isManager() {
        return span > 0;
    }
}
