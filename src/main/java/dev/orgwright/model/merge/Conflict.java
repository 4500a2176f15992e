package dev.orgwright.model.merge;

import dev.orgwright.model.ModelTexts;
import dev.orgwright.model.PositionId;
import java.util.Objects;
import java.util.Optional;

/**
 * One place where the two sides of a merge changed the same thing differently. The merged chart
 * keeps OURS' value there; the line says what THEIRS wanted, so that nothing is lost.
 *
 * @param position the position it is about, or {@code null} for the chart, a tier or a field
 * @param subject  what it is about in words: "'p3' ('Head of IT')", "the chart", "the tier 'senior'"
 * @param what     what changed on both sides: "title", "manager", "removed on one side, changed on the other"
 * @param ours     OURS' value in words ("(removed)" for a removal, "(private)" for a private value)
 * @param theirs   THEIRS' value in words
 */
public record Conflict(PositionId position, String subject, String what, String ours, String theirs) {

    /** Checks that the words are there. */
    public Conflict {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
    }

    public Optional<PositionId> positionId() {
        return Optional.ofNullable(position);
    }

    /**
     * The conflict on one line, in the language of the program: "'p3' ('Head of IT'): title:
     * OURS 'CTO', THEIRS 'CIO'; kept OURS." OURS and THEIRS stay as they are in every language:
     * they are git's names of the two sides, and the names of the merge command's arguments.
     */
    public String line() {
        return ModelTexts.t("model.merge.line", subject, what, ours, theirs);
    }

    @Override
    public String toString() {
        return line();
    }
}
