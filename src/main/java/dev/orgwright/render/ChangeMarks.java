package dev.orgwright.render;

import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.ChangeKind;
import java.util.Map;
import java.util.Set;

/**
 * What a comparison marks on the proposed chart: each changed card ringed in the colour of its
 * kind of change, removed positions drawn as ghosts where they stood, a faint line from the old
 * manager to each moved position, and the change in focus ringed more strongly.
 *
 * @param groups    the kind of change of each marked position (the most telling one when it has several)
 * @param ghosts    positions that the proposal removes, drawn faded with a dashed outline
 * @param movedFrom each moved position with its old manager
 * @param focused   the position of the change the user picked, or null
 */
public record ChangeMarks(Map<PositionId, ChangeKind.Group> groups, Set<PositionId> ghosts,
                          Map<PositionId, PositionId> movedFrom, PositionId focused) {

    public ChangeMarks {
        groups = Map.copyOf(groups);
        ghosts = Set.copyOf(ghosts);
        movedFrom = Map.copyOf(movedFrom);
    }

    /** The same marks with another change in focus. */
    public ChangeMarks focusing(PositionId id) {
        return new ChangeMarks(groups, ghosts, movedFrom, id);
    }

    /**
     * The colours of the kinds of change, shared by the cards and the legend.
     *
     * @param added   new positions
     * @param removed ghosts of removed positions
     * @param moved   positions with a new manager or place, and the line from the old manager
     * @param changed positions whose fields or dotted lines changed
     * @param duties  positions whose duties changed
     * @param veil    laid over a ghost card to fade it
     */
    public record Colours(Rgba added, Rgba removed, Rgba moved, Rgba changed, Rgba duties, Rgba veil) {

        /** Colours that read on the light theme and apart from the findings badges. */
        public static final Colours LIGHT = new Colours(Rgba.hex("#16A34A"), Rgba.hex("#DC2626"),
                Rgba.hex("#7C3AED"), Rgba.hex("#D97706"), Rgba.hex("#0891B2"), new Rgba(242, 244, 247, 170));

        /** The colour of a group of changes; the chart's own changes have none on a card. */
        public Rgba of(ChangeKind.Group group) {
            return switch (group) {
                case ADDED -> added;
                case REMOVED -> removed;
                case MOVED -> moved;
                case CHANGED, CHART -> changed;
                case DUTIES -> duties;
            };
        }
    }
}
