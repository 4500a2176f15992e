package dev.orgwright.ui.editor;

import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Views;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the user has picked out in a window, apart from the chart itself: the selected
 * position, the folded teams, the team shown alone (a view's root), the parts of the cards left
 * out, the search matches and the passing notice in the status bar.
 * Each setter says whether anything changed, so the window tells only real changes.
 */
public final class EditorState {

    private final Set<PositionId> collapsed = new HashSet<>();
    private Set<PositionId> searchMatches = Set.of();
    private PositionId selection;
    private String notice;
    /** The position whose team alone is shown, or null for the whole chart. */
    private PositionId root;
    /** The parts of the cards left out ("holders", "badges", "legend"), in the order of {@link Views#HIDEABLE}. */
    private List<String> hidden = List.of();

    public PositionId selection() {
        return selection;
    }

    /** Selects {@code id} (null: nothing); a new selection clears the notice. */
    boolean select(PositionId id) {
        if (Objects.equals(id, selection)) {
            return false;
        }
        selection = id;
        notice = null;
        return true;
    }

    public Set<PositionId> collapsed() {
        return Set.copyOf(collapsed);
    }

    /** The live set, for the layout to read without a copy per edit. */
    Set<PositionId> collapsedView() {
        return java.util.Collections.unmodifiableSet(collapsed);
    }

    void toggleCollapsed(PositionId id) {
        if (!collapsed.remove(id)) {
            collapsed.add(id);
        }
    }

    /** Folds exactly the teams of {@code ids}: a view was chosen. Returns whether anything changed. */
    boolean setCollapsed(Set<PositionId> ids) {
        if (collapsed.equals(ids)) {
            return false;
        }
        collapsed.clear();
        collapsed.addAll(ids);
        return true;
    }

    /** The position whose team alone is shown, or null for the whole chart. */
    public PositionId root() {
        return root;
    }

    /** Shows the team of {@code id} alone (null: the whole chart). Returns whether anything changed. */
    boolean setRoot(PositionId id) {
        if (Objects.equals(id, root)) {
            return false;
        }
        root = id;
        return true;
    }

    /** The parts of the cards left out, in the order of {@link Views#HIDEABLE}. */
    public List<String> hidden() {
        return hidden;
    }

    /** Leaves out exactly {@code parts} (words this version does not know are dropped). Returns whether anything changed. */
    boolean setHidden(java.util.Collection<String> parts) {
        List<String> ordered = Views.HIDEABLE.stream().filter(parts::contains).toList();
        if (ordered.equals(hidden)) {
            return false;
        }
        hidden = ordered;
        return true;
    }

    public Set<PositionId> searchMatches() {
        return searchMatches;
    }

    boolean setSearchMatches(Set<PositionId> matches) {
        Set<PositionId> copy = Set.copyOf(matches);
        if (copy.equals(searchMatches)) {
            return false;
        }
        searchMatches = copy;
        return true;
    }

    public String notice() {
        return notice;
    }

    boolean setNotice(String text) {
        if (Objects.equals(text, notice)) {
            return false;
        }
        notice = text;
        return true;
    }

    /**
     * Forgets the positions {@code chart} no longer has (a team shown alone whose top was deleted
     * gives way to the whole chart); returns whether the selection went.
     */
    boolean keepOnly(Chart chart) {
        collapsed.removeIf(id -> !chart.contains(id));
        if (root != null && !chart.contains(root)) {
            root = null;
        }
        if (selection != null && !chart.contains(selection)) {
            selection = null;
            return true;
        }
        return false;
    }

    /** Another document: nothing is picked out, and the whole chart is shown; the parts left out stay, as the layout does. */
    void clear() {
        collapsed.clear();
        root = null;
        searchMatches = Set.of();
        selection = null;
        notice = null;
    }
}
