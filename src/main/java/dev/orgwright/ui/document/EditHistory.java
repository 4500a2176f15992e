package dev.orgwright.ui.document;

import dev.orgwright.model.Chart;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo as a stack of charts: since a chart is an immutable value sharing structure
 * with its neighbours, each step costs what its edit changed, and the history is limited by
 * memory only. "Unsaved" is a mark on one chart of the history: undoing back to the saved chart
 * makes the document clean again.
 */
final class EditHistory {

    /** One undoable step: what it was called and the charts before and after it. */
    record Step(String label, Chart before, Chart after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Chart current;
    private Chart saved;
    private boolean applying;

    EditHistory(Chart initial) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.saved = initial;
    }

    Chart current() {
        return current;
    }

    /**
     * Records that an edit labelled {@code label} turned the current chart into {@code after}.
     * Refused while another step is being recorded: a listener that edits in reaction to an edit
     * would otherwise interleave two steps.
     */
    void record(String label, Chart after) {
        if (applying) {
            throw new IllegalStateException("An edit was issued while another was being applied: " + label);
        }
        applying = true;
        try {
            if (after == current) {
                return; // nothing changed: nothing to undo
            }
            undo.push(new Step(label, current, after));
            redo.clear();
            current = after;
        } finally {
            applying = false;
        }
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** "Move 'CFO' under 'CEO'", the step that Undo would take back. */
    Optional<String> undoLabel() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().label());
    }

    Optional<String> redoLabel() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peek().label());
    }

    Chart undo() {
        Step step = undo.pop();
        redo.push(step);
        current = step.before();
        return current;
    }

    Chart redo() {
        Step step = redo.pop();
        undo.push(step);
        current = step.after();
        return current;
    }

    void markSaved() {
        saved = current;
    }

    /** No chart of the history is the saved one: a recovered chart, or one imported from another format. */
    void markUnsaved() {
        saved = null;
    }

    /** Whether the current chart differs from the one last saved (or opened). */
    boolean isDirty() {
        return current != saved;
    }
}
