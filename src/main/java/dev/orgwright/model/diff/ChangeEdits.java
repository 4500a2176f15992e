package dev.orgwright.model.diff;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.ModelTexts;
import dev.orgwright.model.PositionId;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small helpers the parts of the comparison share: edits made from functions, places, quoting. */
final class ChangeEdits {

    private ChangeEdits() {
    }

    /** An edit whose work depends on the chart it meets (where a sibling is now, say). */
    static Edit edit(String label, UnaryOperator<Chart> apply) {
        return new Edit() {
            @Override
            public String label(Chart before) {
                return label;
            }

            @Override
            public Chart apply(Chart before) {
                return apply.apply(before);
            }
        };
    }

    /**
     * The index at which {@code self} goes among the reports of {@code manager} (the roots for
     * null) so that it comes right after {@code predecessor} (first when null), counted in the
     * list without {@code self}, as the move and add edits count.
     */
    static int indexAfter(Chart chart, PositionId manager, PositionId predecessor, PositionId self) {
        if (predecessor == null) {
            return 0;
        }
        List<PositionId> siblings = manager == null ? chart.roots() : chart.childrenOf(manager);
        int at = siblings.indexOf(predecessor);
        if (at < 0) {
            throw new IllegalStateException("'" + predecessor + "' should already be in place before '" + self + "'.");
        }
        int own = siblings.indexOf(self);
        return own >= 0 && own < at ? at : at + 1;
    }

    static String quoted(String text) {
        return "'" + text.strip() + "'";
    }

    /** "under 'CEO'" or "at the top" for a root. */
    static String place(Chart chart, PositionId manager) {
        return manager == null ? ModelTexts.t("model.diff.top") : ModelTexts.t("model.diff.under", quoted(chart.position(manager).title()));
    }

    static String titleOf(Chart chart, PositionId manager) {
        return manager == null ? "" : chart.position(manager).title();
    }
}
