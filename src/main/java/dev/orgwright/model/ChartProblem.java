package dev.orgwright.model;

import java.util.Optional;

/**
 * One reason a chart built from outside data is not whole: a duplicate or dangling id, a cycle,
 * an unknown tier. The message is a sentence a user can act on.
 *
 * @param positionId the position the problem is about, or {@code null} for the chart or its tiers
 * @param message    what is wrong, in a sentence
 */
public record ChartProblem(PositionId positionId, String message) {

    public Optional<PositionId> position() {
        return Optional.ofNullable(positionId);
    }
}
