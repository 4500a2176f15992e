package dev.orgwright.render;

import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.Change;
import dev.orgwright.model.diff.ChangeKind;
import dev.orgwright.model.diff.ChartDiff;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
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

    /** The groups a card can be marked with, in the order of the legend. */
    public static final List<ChangeKind.Group> LEGEND = List.of(ChangeKind.Group.ADDED, ChangeKind.Group.REMOVED,
            ChangeKind.Group.MOVED, ChangeKind.Group.CHANGED, ChangeKind.Group.DUTIES);

    /**
     * The marks on the proposal of {@code diff} drawn with the ghosts of what it removes (see
     * {@link dev.orgwright.model.diff.ProposalWithGhosts}): each card in its most telling group, the
     * source of a moved duty marked too, and each moved position with its old manager.
     */
    public static ChangeMarks onProposal(ChartDiff diff, Set<PositionId> ghosts) {
        Map<PositionId, ChangeKind.Group> groups = new HashMap<>();
        Map<PositionId, PositionId> movedFrom = new HashMap<>();
        for (Change c : diff.changes()) {
            ChangeKind.Group group = c.kind().group();
            if (group == ChangeKind.Group.CHART || c.position().isEmpty()) {
                continue;
            }
            PositionId id = c.position().get();
            mark(groups, id, group);
            if (c.kind() == ChangeKind.DUTY_MOVED) {
                c.related().ifPresent(source -> mark(groups, source, group));
            }
            if (c.kind() == ChangeKind.MOVED && c.related().isPresent()) {
                movedFrom.put(id, diff.newIdOf(c.related().get()));
            }
        }
        return new ChangeMarks(groups, ghosts, movedFrom, null);
    }

    /** The marks on the current chart of {@code diff}: each changed position of it, under its old id. */
    public static ChangeMarks onCurrent(ChartDiff diff) {
        Map<PositionId, PositionId> oldIdOf = new HashMap<>();
        diff.matches().forEach((o, n) -> oldIdOf.put(n, o));
        Map<PositionId, ChangeKind.Group> groups = new HashMap<>();
        for (Change c : diff.changes()) {
            ChangeKind.Group group = c.kind().group();
            if (group != ChangeKind.Group.CHART && c.position().isPresent()) {
                PositionId id = c.position().get();
                mark(groups, oldIdOf.getOrDefault(id, id), group);
            }
        }
        return new ChangeMarks(groups, Set.of(), Map.of(), null);
    }

    /** Keeps the most telling group: added or removed over moved, moved over changed fields. */
    private static void mark(Map<PositionId, ChangeKind.Group> groups, PositionId id, ChangeKind.Group group) {
        groups.merge(id, group, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
    }

    /** The groups that mark at least one card (removed when there are ghosts), in the order of {@link #LEGEND}. */
    public List<ChangeKind.Group> groupsShown() {
        Set<ChangeKind.Group> used = EnumSet.noneOf(ChangeKind.Group.class);
        used.addAll(groups.values());
        if (!ghosts.isEmpty()) {
            used.add(ChangeKind.Group.REMOVED);
        }
        return LEGEND.stream().filter(used::contains).toList();
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
