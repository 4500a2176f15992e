package dev.orgwright.ui.editor;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartChange;
import dev.orgwright.model.PositionId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One change of what a chart window shows, told once per gesture: which aspects changed, and
 * the window's state before and after. A listener asks only for the aspects it shows, so a pan
 * step reaches the canvas and the zoom in the status bar, not the inspector or the outline.
 *
 * @param aspects what changed; never empty
 * @param before the chart, findings, layout and statistics before the gesture
 * @param after the same after it
 * @param selectionBefore the selected position before the gesture, or null
 * @param selectionAfter the selected position after it, or null
 */
public record WindowChange(Set<Aspect> aspects, ChartSnapshot before, ChartSnapshot after,
        PositionId selectionBefore, PositionId selectionAfter) {

    /** The aspects of a window that change separately. */
    public enum Aspect {
        /** The chart: an edit, an undo or redo, another document. */
        CHART,
        /** Where the cards are, with the chart unchanged: a team folded, other layout options. */
        LAYOUT,
        /** The selected position. */
        SELECTION,
        /** The camera or the size of the view. */
        VIEW,
        /** Marks over the chart and the passing notice: a drag's target, search matches. */
        MARKS,
        /** The file, its saved state, read-only state, the recent files. */
        DOCUMENT;

        /** Every aspect: for what shows a little of everything (the title and status bar). */
        public static Set<Aspect> all() {
            return EnumSet.allOf(Aspect.class);
        }
    }

    /** Told of the changes it asked for. */
    @FunctionalInterface
    public interface Listener {
        void windowChanged(WindowChange change);
    }

    public WindowChange {
        aspects = Set.copyOf(aspects);
    }

    public boolean touches(Aspect aspect) {
        return aspects.contains(aspect);
    }

    /** Whether the chart is another value than before (an edit, an undo, another document). */
    public boolean chartChanged() {
        return before.chart() != after.chart();
    }

    public Chart oldChart() {
        return before.chart();
    }

    public Chart newChart() {
        return after.chart();
    }

    /** What the chart's change touched, when one chart was made from the other by edits. */
    public Optional<ChartChange> what() {
        return after.chart().changesSince(before.chart());
    }

    public boolean selectionChanged() {
        return !java.util.Objects.equals(selectionBefore, selectionAfter);
    }
}
