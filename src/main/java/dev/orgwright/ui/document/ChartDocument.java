package dev.orgwright.ui.document;

import dev.orgwright.io.BackupPolicy;
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
public final class ChartDocument {

    private final Validator validator;
    private final EditHistory history;
    private Path file;
    private Validation validation;

    public ChartDocument(Chart chart, Path file, Validator validator) {
        this.validator = validator;
        this.history = new EditHistory(chart);
        this.file = file;
        this.validation = validator.validate(chart);
    }

    /** A document for a chart that exists in no chart file yet (an import): unsaved from the start. */
    public static ChartDocument unsaved(Chart chart, Validator validator) {
        return new ChartDocument(chart, null, validator).markUnsaved();
    }

    public Chart chart() {
        return history.current();
    }

    public Validation validation() {
        return validation;
    }

    /** The file the chart is saved in; empty for a new chart or the sample. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public boolean isDirty() {
        return history.isDirty();
    }

    /** Counts the chart as unsaved: it was recovered from an autosave, not read from its file. */
    public ChartDocument markUnsaved() {
        history.markUnsaved();
        return this;
    }

    /**
     * Applies {@code edit} as one undo step.
     *
     * @throws dev.orgwright.model.EditRefusedException when the edit would break the chart
     */
    public void apply(Edit edit) {
        Chart before = chart();
        Chart after = edit.apply(before);
        history.record(edit.label(before), after);
        revalidate();
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    public Optional<String> undoLabel() {
        return history.undoLabel();
    }

    public Optional<String> redoLabel() {
        return history.redoLabel();
    }

    public void undo() {
        if (history.canUndo()) {
            history.undo();
            revalidate();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            history.redo();
            revalidate();
        }
    }

    /** Saves to {@code target} (atomically), keeping no backup, and makes it the document's file. */
    public void saveAs(Path target) throws SaveFailedException {
        saveAs(target, BackupPolicy.NONE);
    }

    /** Saves to {@code target} (atomically) and makes it the document's file. */
    public void saveAs(Path target, BackupPolicy backup) throws SaveFailedException {
        ChartFiles.save(Objects.requireNonNull(target, "target"), chart(), backup);
        file = target;
        history.markSaved();
    }

    private void revalidate() {
        // Undo and redo move between charts derived from one another: the update re-checks only
        // what differs, and falls back to a full check when it cannot tell.
        validation = validation.update(chart());
    }
}
