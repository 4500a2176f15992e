package dev.orgwright.ui.document;

import dev.orgwright.io.BackupPolicy;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Scenario;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The life of the document a window shows: which chart and file it is, its undo history and
 * findings, opening, saving, reverting and recovering, recent files, and the guard that watches
 * the file for other writers. Whatever happens to the document is told to its listeners as one
 * of three kinds of change, so that the window can follow.
 */
public final class DocumentSession {

    /** Reads a chart file; {@code ChartFiles::load} in the program. */
    public interface ChartLoader {
        Chart load(Path file) throws ChartFormatException;
    }

    /**
     * What happened to the document: another one is shown (opened, new, reverted, recovered),
     * its chart was edited (an edit, an undo, a redo), or only its status changed (file, saved
     * or read-only state, recent files), or the findings of a large chart, worked out on another
     * thread, arrived ({@link BackgroundChecks}).
     */
    public enum Change { REPLACED, EDITED, STATUS, CHECKED }

    /** Told of every change of the document. */
    public interface Listener {
        void documentChanged(Change change);
    }

    public static final String OPEN_FAILED = Texts.t("document.documentSession.theChartCouldNot");
    public static final String SAVE_FAILED = Texts.t("document.documentSession.theChartCouldNot2");

    private final ChartLoader loader;
    private final Dialogs dialogs;
    private final Validator validator = Validator.withDefaultRules();
    private final List<Listener> listeners = new ArrayList<>();
    private final List<Runnable> savedViewListeners = new ArrayList<>();
    private ChartDocument document;
    private RecentFiles recentFiles = RecentFiles.inMemory();
    private FileGuard fileGuard = FileGuard.NONE;
    private BackupPolicy backup = BackupPolicy.KEEP_PREVIOUS;
    private BackgroundChecks checks = BackgroundChecks.NONE;
    private boolean readOnly;
    /** Whether the window shows the built-in sample it opened with (not a new or opened chart). */
    private boolean showingSample;
    /** What a save adds to the chart it writes: the window's view (decision 0025); nothing by default. */
    private java.util.function.UnaryOperator<Chart> beforeSave = java.util.function.UnaryOperator.identity();
    /** How the window shows the chart now, as a value (folded teams, rows, parts left out); nothing by default. */
    private java.util.function.Supplier<?> look = () -> null;
    /** How the window showed the chart when its file was last opened or saved. */
    private Object lookSaved;
    /** The saved look while the window is told of another document, before it shows the view saved in it. */
    private static final Object LOOK_BEING_SHOWN = new Object();

    /** A session showing {@code initial}, the built-in sample, until a file is opened. */
    public DocumentSession(Chart initial, ChartLoader loader, Dialogs dialogs) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        document = new ChartDocument(initial, null, validator);
        showingSample = true;
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public Chart chart() {
        return document.chart();
    }

    /** The chart with its current state and every scenario, as a save would write it. */
    public Chart whole() {
        return document.whole();
    }

    /** The scenarios of the chart, in order. */
    public List<Scenario> scenarios() {
        return document.scenarios();
    }

    /** The scenario shown; empty when the window shows the current state. */
    public Optional<Scenario> shownScenario() {
        return document.shownScenario();
    }

    /** Shows the scenario {@code id}, or the current state for null; its own undo history and findings come with it. */
    public void showScenario(String id) {
        if (!java.util.Objects.equals(id, shownScenario().map(Scenario::id).orElse(null))) {
            document.show(id);
            fire(Change.REPLACED);
        }
    }

    /** Makes a scenario from the current state (null) or from the scenario {@code basedOn}, and shows it. */
    public Scenario newScenario(String name, String description, String basedOn) {
        Scenario made = document.newScenario(name, description, basedOn);
        fire(Change.REPLACED);
        return made;
    }

    /** Gives the scenario {@code id} another name. */
    public void renameScenario(String id, String name) {
        document.rename(id, name);
        fire(Change.STATUS);
    }

    /** Deletes the scenario {@code id} (the caller has asked); shows the current state if it was shown. */
    public void deleteScenario(String id) {
        boolean wasShown = shownScenario().filter(s -> s.id().equals(id)).isPresent();
        document.delete(id);
        fire(wasShown ? Change.REPLACED : Change.STATUS);
    }

    /**
     * Makes the scenario {@code id} the current state, as one undoable step of the current
     * state's history, and shows the current state; the scenario stays.
     */
    public void promoteScenario(String id) {
        boolean wasShown = shownScenario().isPresent();
        document.promote(id);
        fire(wasShown ? Change.REPLACED : Change.EDITED);
    }

    /** The findings of the chart as it is now. */
    public Validation validation() {
        return document.validation();
    }

    /** The open document, which the autosave tells apart from the next one. */
    ChartDocument document() {
        return document;
    }

    /** The file the chart came from; empty for the built-in sample or a new chart. */
    public Optional<Path> file() {
        return document.file();
    }

    /**
     * Whether the chart has changes that are not saved: edits, or, for a chart with a file, a view
     * shown otherwise than when the file was last opened or saved (a team folded, other rows),
     * which a save writes into the file and closing without saving would lose.
     */
    public boolean isDirty() {
        return document.isDirty() || isViewUnsaved();
    }

    /**
     * Whether the window shows a chart with a file otherwise than when the file was last opened or
     * saved. Such a change is no edit (nothing to undo), but the file keeps the view it was saved
     * with (decision 0025), so it is unsaved until the next save.
     */
    public boolean isViewUnsaved() {
        return document.file().isPresent() && lookSaved != LOOK_BEING_SHOWN && !Objects.equals(look.get(), lookSaved);
    }

    /** Whether the window shows the built-in sample it started with (edited or not). */
    public boolean isShowingSample() {
        return showingSample;
    }

    /** Whether the chart's file is open only for reading (someone else edits it): Save asks for another file. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * "Leadership team — leadership.orgchart.json", "… — sample" for the built-in chart or
     * "… — unsaved" for a new one; a trailing "*" marks unsaved changes.
     */
    public String windowTitle() {
        Path file = document.file().orElse(null);
        String source = file == null ? (showingSample ? Texts.t("document.documentSession.sample") : Texts.t("document.documentSession.unsaved"))
                : file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return chart().title() + shownScenario().map(s -> " (" + s.name() + ")").orElse("") + " — " + source + (isDirty() ? "*" : "") + (readOnly ? Texts.t("document.documentSession.readOnly") : "");
    }

    /**
     * Applies {@code edit} as one undo step, or refuses it with the reason and changes nothing.
     * The window model is the one caller: it guards against edits made while it tells of one.
     */
    public EditResult apply(Edit edit) {
        try {
            document.apply(edit);
        } catch (EditRefusedException e) {
            return EditResult.refused(e.getMessage());
        }
        fire(Change.EDITED);
        return EditResult.applied();
    }

    public boolean canUndo() {
        return document.canUndo();
    }

    public boolean canRedo() {
        return document.canRedo();
    }

    /** "Undo Move 'CFO' under 'CEO'", or plain "Undo" when there is nothing to undo. */
    public String undoText() {
        return document.undoLabel().map(l -> Texts.t("document.documentSession.undo", l)).orElse(Texts.t("document.documentSession.undo2"));
    }

    public String redoText() {
        return document.redoLabel().map(l -> Texts.t("document.documentSession.redo", l)).orElse(Texts.t("document.documentSession.redo2"));
    }

    public void undo() {
        if (document.canUndo()) {
            document.undo();
            fire(Change.EDITED);
        }
    }

    public void redo() {
        if (document.canRedo()) {
            document.redo();
            fire(Change.EDITED);
        }
    }

    /**
     * Opens the file the command line names, if any. When it does not load, the user is told
     * why and the sample stays, so the window is never empty.
     */
    public void openFromCommandLine(List<String> args) {
        if (args.isEmpty() || args.get(0).isBlank()) {
            return; // some launchers pass an empty argument for "none"
        }
        try {
            open(Path.of(args.get(0)));
        } catch (InvalidPathException e) {
            dialogs.showError(OPEN_FAILED, Texts.t("document.documentSession.isNotAFile", args.get(0)));
        }
    }

    /** Asks for a chart file and opens it. */
    public void openChosenFile() {
        dialogs.chooseChartToOpen().ifPresent(this::open);
    }

    /**
     * Opens {@code path}: on success the window shows it; otherwise the user is told what is
     * wrong and where, and the open chart stays as it was.
     */
    public boolean open(Path path) {
        if (!confirmDiscardingChanges()) {
            return false;
        }
        Chart loaded;
        try {
            loaded = loader.load(path);
        } catch (ChartFormatException e) {
            dialogs.showError(OPEN_FAILED, e.getMessage());
            return false;
        }
        boolean shown = showGuarded(document(loaded, path));
        if (shown) {
            recentFiles.add(path);
        }
        return shown;
    }

    /**
     * Shows a chart recovered from an autosave, as unsaved changes to {@code originalFile} (null
     * for a chart that never had a file); false when the user kept the open chart instead.
     */
    public boolean openRecovered(Chart chart, Path originalFile) {
        return confirmDiscardingChanges()
                && showGuarded(document(chart, originalFile).markUnsaved());
    }

    /** Starts a new, unsaved chart (after asking about unsaved changes). */
    public boolean newChart(Chart chart) {
        if (!confirmDiscardingChanges()) {
            return false;
        }
        show(document(chart, null));
        return true;
    }

    /**
     * Opens {@code chart}, made from another format (a CSV import), as a new chart that has never
     * been saved: the title says "unsaved" and closing it asks to save.
     */
    public boolean openUnsaved(Chart chart) {
        if (!confirmDiscardingChanges()) {
            return false;
        }
        show(document(chart, null).markUnsaved());
        return true;
    }

    /**
     * Reads the chart's file again, dropping the changes made here: the user chose the version
     * another program wrote. False when it does not load (the user is told, the chart stays).
     */
    public boolean reload() {
        Optional<Path> file = document.file();
        return file.isPresent() && reread(file.get());
    }

    /**
     * Throws away the changes since the last save (after asking) and shows the file as it is
     * on disk now. A file that no longer loads leaves the chart as it was.
     */
    public boolean revert() {
        Optional<Path> file = document.file();
        if (file.isEmpty() || !isDirty()) {
            return false;
        }
        int answer = dialogs.chooseSafely(Texts.t("document.documentSession.revertToTheSaved"),
                Texts.t("document.documentSession.theChangesMadeSince", file.get().getFileName()),
                1, Texts.t("document.documentSession.revert"), Texts.t("document.documentSession.cancel"));
        return answer == 0 && reread(file.get());
    }

    /** Shows {@code file} as it is on disk now; the guard learns that version. */
    private boolean reread(Path file) {
        Chart loaded;
        try {
            loaded = loader.load(file);
        } catch (ChartFormatException e) {
            dialogs.showError(OPEN_FAILED, e.getMessage());
            return false;
        }
        boolean wasReadOnly = readOnly;
        replace(document(loaded, file));
        fileGuard.opening(file);
        readOnly = wasReadOnly;
        fireNewDocument();
        return true;
    }

    /**
     * A document for {@code chart}, checked as {@link #setBackgroundChecks} says: when its findings
     * arrive later, the window is told, unless it shows another document by then.
     */
    private ChartDocument document(Chart chart, Path file) {
        ChartDocument[] made = new ChartDocument[1];
        made[0] = new ChartDocument(chart, file, validator, checks, () -> {
            if (document == made[0]) {
                fire(Change.CHECKED);
            }
        });
        return made[0];
    }

    /** Whether the findings of the chart shown are still being worked out (a large chart just opened). */
    public boolean isChecking() {
        return document.isChecking() && shownScenario().isEmpty();
    }

    /**
     * Where the findings of the charts opened from now on are worked out; on the spot unless set
     * (the window checks large charts on a thread of its own, so that they show at once).
     */
    public void setBackgroundChecks(BackgroundChecks checks) {
        this.checks = Objects.requireNonNull(checks, "checks");
    }

    private boolean showGuarded(ChartDocument newDocument) {
        FileGuard.Access access = newDocument.file().map(fileGuard::opening).orElse(FileGuard.Access.EDIT);
        if (access == FileGuard.Access.CANCEL) {
            return false;
        }
        replace(newDocument);
        readOnly = access == FileGuard.Access.READ_ONLY;
        fireNewDocument();
        return true;
    }

    private void show(ChartDocument newDocument) {
        replace(newDocument);
        fireNewDocument();
    }

    /**
     * Tells that another document is shown; the window shows it with the view saved in it, which
     * is its saved look from then on (and, while the window is being told, nothing is unsaved).
     */
    private void fireNewDocument() {
        lookSaved = LOOK_BEING_SHOWN;
        fire(Change.REPLACED);
        lookSaved = look.get();
    }

    private void replace(ChartDocument newDocument) {
        if (document.file().isPresent() && !document.file().equals(newDocument.file())) {
            fileGuard.closed(document.file().get());
        }
        document = Objects.requireNonNull(newDocument, "document");
        readOnly = false;
        showingSample = false;
    }

    /**
     * Whether the open chart may be replaced or closed: true when it has no unsaved changes, or
     * the user saved them or chose to discard them; false when the user cancelled (or a save
     * failed, which the user has been told about).
     */
    public boolean confirmDiscardingChanges() {
        if (!isDirty()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(chart().title())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Saves to the chart's file, or asks for one. False when nothing was saved. */
    public boolean save() {
        Optional<Path> target = document.file();
        return target.isPresent() && !readOnly ? saveTo(target.get()) : saveAs();
    }

    /** Asks for a file and saves there. */
    public boolean saveAs() {
        String suggested = document.file().map(f -> String.valueOf(f.getFileName()))
                .orElse(fileNameFor(chart().title()));
        Optional<Path> target = dialogs.chooseChartToSave(suggested);
        return target.isPresent() && saveTo(target.get());
    }

    private boolean saveTo(Path target) {
        if (!fileGuard.mayWrite(target)) {
            return false;
        }
        try {
            document.saveAs(target, backup, beforeSave);
        } catch (SaveFailedException e) {
            dialogs.showError(SAVE_FAILED, e.getMessage());
            return false;
        }
        fileGuard.written(target);
        readOnly = false;
        showingSample = false;
        lookSaved = look.get();
        fire(Change.STATUS);
        return true;
    }

    /**
     * Sets what each save adds to the chart it writes, such as the view the window shows, which
     * is no edit of its own: the chart in memory and its undo history stay as they are.
     */
    public void setBeforeSave(java.util.function.UnaryOperator<Chart> addition) {
        beforeSave = Objects.requireNonNull(addition, "addition");
    }

    /**
     * Tells the session how the window shows the chart now, as a value that equals another only
     * when the window shows the chart the same way: a change of it since the file was opened or
     * saved is unsaved ({@link #isViewUnsaved()}). Taken as saved from now.
     */
    public void setLook(java.util.function.Supplier<?> shownLook) {
        look = Objects.requireNonNull(shownLook, "shownLook");
        lookSaved = look.get();
    }

    /**
     * {@code whole} as a save would write it, with what each save adds (the view the window
     * shows): what an autosave writes, so that a recovered chart comes back as it was shown.
     */
    public Chart asSaved(Chart whole) {
        return beforeSave.apply(whole);
    }

    /** Tells {@code listener} whenever what a save adds may have changed (the window's view), which is no edit. */
    public void addSavedViewListener(Runnable listener) {
        savedViewListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The window shows the chart otherwise (folded teams, rows, orientation): what a save adds changed. */
    public void savedViewChanged() {
        List.copyOf(savedViewListeners).forEach(Runnable::run);
    }

    /** A file name for a chart of this title, without the characters file systems refuse. */
    public static String fileNameFor(String title) {
        String base = title.strip().replaceAll("[\\\\/:*?\"<>|]+", " ").replaceAll("\\s+", " ").strip();
        return (base.isEmpty() ? "chart" : base) + ChartFiles.EXTENSION;
    }

    /** The files opened or saved lately, newest first; File → Open Recent lists them. */
    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /** Where the list of recent files is kept (in memory unless the program sets otherwise). */
    public void setRecentFiles(RecentFiles files) {
        recentFiles = Objects.requireNonNull(files, "files");
        fire(Change.STATUS);
    }

    /** Opens a file of the Open Recent list; one that is gone is taken off the list. */
    public boolean openRecent(Path path) {
        if (!Files.isRegularFile(path)) {
            dialogs.showError(OPEN_FAILED, Texts.t("document.documentSession.theFileNoLonger", path));
            recentFiles.remove(path);
            fire(Change.STATUS);
            return false;
        }
        return open(path);
    }

    /** Asked before files are opened and written: locks and changes made by others. */
    public void setFileGuard(FileGuard guard) {
        fileGuard = Objects.requireNonNull(guard, "guard");
    }

    /** Whether a save keeps the replaced file as {@code NAME~} (it does unless turned off). */
    public void setBackupPolicy(BackupPolicy policy) {
        backup = Objects.requireNonNull(policy, "policy");
    }

    public BackupPolicy backupPolicy() {
        return backup;
    }

    private void fire(Change change) {
        for (Listener l : List.copyOf(listeners)) {
            l.documentChanged(change);
        }
    }
}
