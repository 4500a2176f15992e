package dev.orgwright.render;

import dev.orgwright.model.PositionId;
import dev.orgwright.rules.Validation;
import java.util.Set;

/**
 * What the painter marks on top of the chart itself: the selection and the chain of command
 * above it, the card a dragged card hovers over, search matches, and the findings badges.
 *
 * @param selected       the selected position, or null
 * @param chainOfCommand the managers above the selected position
 * @param dropTarget     the card a dragged card would be dropped on, or null
 * @param dropRefused    whether that drop would be refused
 * @param matches        positions that match the current search
 * @param findings       the findings to show as badges, or null for none (an export may hide them)
 * @param changes        the marks of a comparison, or null outside one
 */
public record Decorations(PositionId selected, Set<PositionId> chainOfCommand, PositionId dropTarget,
                          boolean dropRefused, Set<PositionId> matches, Validation findings, ChangeMarks changes) {

    /** Nothing marked. */
    public static final Decorations NONE = new Decorations(null, Set.of(), null, false, Set.of(), null);

    public Decorations {
        chainOfCommand = Set.copyOf(chainOfCommand);
        matches = Set.copyOf(matches);
    }

    /** The marks of the editor, outside a comparison. */
    public Decorations(PositionId selected, Set<PositionId> chainOfCommand, PositionId dropTarget,
                       boolean dropRefused, Set<PositionId> matches, Validation findings) {
        this(selected, chainOfCommand, dropTarget, dropRefused, matches, findings, null);
    }

    /** The marks of a comparison, with the findings of the proposal as badges. */
    public static Decorations comparison(ChangeMarks changes, Validation findings) {
        return new Decorations(null, Set.of(), null, false, Set.of(), findings, changes);
    }

    /** Only a selection, as the first window drew it. */
    public static Decorations selection(PositionId selected) {
        return new Decorations(selected, Set.of(), null, false, Set.of(), null);
    }
}
