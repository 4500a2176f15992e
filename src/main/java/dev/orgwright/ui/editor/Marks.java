package dev.orgwright.ui.editor;

import dev.orgwright.model.PositionId;
import dev.orgwright.render.Decorations;
import java.util.Set;

/**
 * What the canvas marks over the chart, kept until something it shows changes: the selection
 * and its chain of command, a drag's target, search matches and the findings.
 */
final class Marks {

    private Decorations cached;

    /** The marks now; {@code badges} false leaves the findings' badges out (a view may hide them). */
    Decorations of(EditorState state, CardDrag drag, ChartSnapshot snapshot, boolean badges) {
        if (cached == null || cached.findings() != (badges ? snapshot.findings() : null)) {
            PositionId selected = state.selection();
            Set<PositionId> chain = selected == null ? Set.of() : Set.copyOf(snapshot.chart().chainOfCommand(selected));
            cached = new Decorations(selected, chain, drag.target().orElse(null), drag.isRefused(),
                    state.searchMatches(), badges ? snapshot.findings() : null);
        }
        return cached;
    }

    void clear() {
        cached = null;
    }
}
