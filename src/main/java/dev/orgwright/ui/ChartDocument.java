package dev.orgwright.ui;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One open chart: its current version, the file it belongs to, its undo history and its
 * findings. Every change goes through {@link #apply}, which records one undo step and brings
 * the findings up to date for what the edit touched.
 */
final class ChartDocument {

    private final Validator validator;
    private final EditHistory history;
    private Path file;
    private Validation validation;

    ChartDocument(Chart chart, Path file, Validator validator) {
        this.validator = validator;
        this.history = new EditHistory(chart);
        this.file = file;
        this.validation = validator.validate(chart);
    }

    /** A document for a chart that exists in no chart file yet (an import): unsaved from the start. */
    static ChartDocument unsaved(Chart chart, Validator validator) {
        ChartDocument document = new ChartDocument(chart, null, validator);
        document.history.markUnsaved();
        return document;
    }

    Chart chart() {
        return history.current();
    }

    Validation validation() {
        return validation;
    }

    /** The file the chart is saved in; empty for a new chart or the sample. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    boolean isDirty() {
        return history.isDirty();
    }

    /**
     * Applies {@code edit} as one undo step.
     *
     * @throws dev.orgwright.model.EditRefusedException when the edit would break the chart
     */
    void apply(Edit edit) {
        Chart before = chart();
        Chart after = edit.apply(before);
        history.record(edit.label(before), after);
        revalidate();
    }

    boolean canUndo() {
        return history.canUndo();
    }

    boolean canRedo() {
        return history.canRedo();
    }

    Optional<String> undoLabel() {
        return history.undoLabel();
    }

    Optional<String> redoLabel() {
        return history.redoLabel();
    }

    void undo() {
        if (history.canUndo()) {
            history.undo();
            revalidate();
        }
    }

    void redo() {
        if (history.canRedo()) {
            history.redo();
            revalidate();
        }
    }

    /** Saves to {@code target} (atomically) and makes it the document's file. */
    void saveAs(Path target) throws SaveFailedException {
        ChartFiles.save(Objects.requireNonNull(target, "target"), chart());
        file = target;
        history.markSaved();
    }

    private void revalidate() {
        // Undo and redo move between charts derived from one another: the update re-checks only
        // what differs, and falls back to a full check when it cannot tell.
        validation = validation.update(chart());
    }
}
