package dev.orgwright.ui.editor;

import dev.orgwright.io.BackupPolicy;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.Decorations;
import dev.orgwright.render.Viewport;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.document.ChartDocument;
import dev.orgwright.ui.document.FileGuard;
import dev.orgwright.ui.document.RecentFiles;
import dev.orgwright.ui.fx.AppInfo;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.view.ChartView;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The state of a chart window, without a toolkit: the open document (chart, file, undo history,
 * findings), its layout, the selection, collapsed managers, and where the view looks. The view turns gestures into calls here and
 * redraws when told; whatever the window shows can be asked of this class, and tested.
 */
public final class ChartWindowModel {

    /** Reads a chart file; {@code ChartFiles::load} in the program. */
    @FunctionalInterface
    public interface ChartLoader {
        Chart load(Path file) throws ChartFormatException;
    }

    static final String OPEN_FAILED = "The chart could not be opened";
    static final String EDIT_REFUSED = "This change is not possible";
    static final String SAVE_FAILED = "The chart could not be saved";

    private final CardSizer sizer;
    private final ChartLoader loader;
    private final Dialogs dialogs;
    private final Validator validator = Validator.withDefaultRules();
    private final List<Runnable> listeners = new ArrayList<>();
    private final ChartView view = ChartView.of(() -> this.layout, this::changed);
    private final Set<PositionId> collapsed = new HashSet<>();

    private final CardDrag drag = new CardDrag(this);
    private TreeLayout treeLayout = new TreeLayout();
    private RecentFiles recentFiles = RecentFiles.inMemory();
    /** Whether the window shows the built-in sample it opened with (not a new or opened chart). */
    private boolean showingSample;
    private String notice;
    private Set<PositionId> searchMatches = Set.of();
    private Decorations cachedDecorations;
    private ChartDocument document;
    private ChartLayout layout;
    private int vacancies;
    private Chart countedChart;
    /** The chart the layout was made for (the layout still fits the chart after edits that move no card). */
    private Chart laidOutChart;
    private PositionId selection;
    private FileGuard fileGuard = FileGuard.NONE;
    private boolean readOnly;
    private BackupPolicy backup = BackupPolicy.KEEP_PREVIOUS;

    /** A window showing {@code initial}, the built-in sample, until a file is opened. */
    public ChartWindowModel(Chart initial, CardSizer sizer, ChartLoader loader, Dialogs dialogs) {
        this.sizer = Objects.requireNonNull(sizer, "sizer");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        show(new ChartDocument(initial, null, validator));
        showingSample = true;
    }

    /** Runs {@code listener} after every change of what the window shows. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
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
            dialogs.showError(OPEN_FAILED, "\"" + args.get(0) + "\" is not a file path this system understands.");
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
        boolean shown = showGuarded(new ChartDocument(loaded, path, validator));
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
        if (!confirmDiscardingChanges()) {
            return false;
        }
        return showGuarded(new ChartDocument(chart, originalFile, validator).markUnsaved());
    }

    /**
     * Reads the chart's file again, dropping the changes made here: the user chose the version
     * another program wrote. False when it does not load (the user is told, the chart stays).
     */
    public boolean reload() {
        Optional<Path> file = document.file();
        return file.isPresent() && reread(file.get());
    }

    /** The files opened or saved lately, newest first; File → Open Recent lists them. */
    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /** Opens a file of the Open Recent list; one that is gone is taken off the list. */
    public boolean openRecent(Path path) {
        if (!java.nio.file.Files.isRegularFile(path)) {
            dialogs.showError(OPEN_FAILED, path + ": the file no longer exists; it is taken off the list of recent files.");
            recentFiles.remove(path);
            changed();
            return false;
        }
        return open(path);
    }

    /** Where the list of recent files is kept (in memory unless the program sets otherwise). */
    public void setRecentFiles(RecentFiles files) {
        recentFiles = Objects.requireNonNull(files, "files");
        changed();
    }

    /**
     * Throws away the changes since the last save (after asking) and shows the file as it is
     * on disk now. A file that no longer loads leaves the chart as it was.
     */
    public boolean revert() {
        Optional<Path> file = document.file();
        if (file.isEmpty() || !document.isDirty()) {
            return false;
        }
        int answer = dialogs.choose("Revert to the saved file?",
                "The changes made since '" + file.get().getFileName() + "' was last saved will be lost.",
                "Revert", "Cancel");
        if (answer != 0) {
            return false;
        }
        return reread(file.get());
    }

    /** Shows {@code file} as it is on disk now; the guard learns that version. */
    private boolean reread(Path file) {
        try {
            boolean wasReadOnly = readOnly;
            show(new ChartDocument(loader.load(file), file, validator));
            fileGuard.opening(file);
            readOnly = wasReadOnly;
        } catch (ChartFormatException e) {
            dialogs.showError(OPEN_FAILED, e.getMessage());
            return false;
        }
        changed();
        return true;
    }

    private boolean showGuarded(ChartDocument newDocument) {
        FileGuard.Access access = newDocument.file().map(fileGuard::opening).orElse(FileGuard.Access.EDIT);
        if (access == FileGuard.Access.CANCEL) {
            return false;
        }
        show(newDocument);
        readOnly = access == FileGuard.Access.READ_ONLY;
        changed();
        return true;
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

    /** Whether the chart's file is open only for reading (someone else edits it): Save asks for another file. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The open document: what the autosave tells apart. */
    public ChartDocument document() {
        return document;
    }

    /** Starts a new, unsaved chart (after asking about unsaved changes). */
    public boolean newChart(Chart chart) {
        if (!confirmDiscardingChanges()) {
            return false;
        }
        show(new ChartDocument(chart, null, validator));
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
        show(ChartDocument.unsaved(chart, validator));
        return true;
    }

    /**
     * Whether the open chart may be replaced or closed: true when it has no unsaved changes, or
     * the user saved them or chose to discard them; false when the user cancelled (or a save
     * failed, which the user has been told about).
     */
    public boolean confirmDiscardingChanges() {
        if (!document.isDirty()) {
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
            document.saveAs(target, backup);
        } catch (SaveFailedException e) {
            dialogs.showError(SAVE_FAILED, e.getMessage());
            return false;
        }
        fileGuard.written(target);
        readOnly = false;
        showingSample = false;
        changed();
        return true;
    }

    static String fileNameFor(String title) {
        String base = title.strip().replaceAll("[\\\\/:*?\"<>|]+", " ").replaceAll("\\s+", " ").strip();
        return (base.isEmpty() ? "chart" : base) + dev.orgwright.io.ChartFiles.EXTENSION;
    }

    /**
     * Applies an edit as one undoable step; the layout and the findings follow. A refused edit
     * changes nothing and the user is told why. Returns whether the chart changed.
     */
    public boolean apply(Edit edit) {
        try {
            document.apply(edit);
        } catch (EditRefusedException e) {
            dialogs.showError(EDIT_REFUSED, e.getMessage());
            return false;
        }
        afterChartChange();
        return true;
    }

    /**
     * Makes {@code id} report to {@code manager} (as a dotted line when {@code dotted}), as a
     * drop on the canvas or in the outline does; nothing happens when it reports there already.
     * A move the chart does not allow (into the position's own team) changes nothing and leaves
     * its reason in the status bar, as a drop's refusal should, rather than in a dialog.
     */
    public boolean reportTo(PositionId id, PositionId manager, boolean dotted) {
        if (dotted) {
            return apply(dev.orgwright.model.Edits.addDottedLine(id, manager));
        }
        String why = dev.orgwright.model.Edits.whyCannotReportTo(chart(), id, manager);
        if (why != null) {
            setNotice(why);
            return false;
        }
        return !manager.equals(chart().position(id).reportsTo()) && apply(dev.orgwright.model.Edits.move(id, manager, -1));
    }

    public boolean canUndo() {
        return document.canUndo();
    }

    public boolean canRedo() {
        return document.canRedo();
    }

    /** "Undo Move 'CFO' under 'CEO'", or plain "Undo" when there is nothing to undo. */
    public String undoText() {
        return document.undoLabel().map(l -> "Undo " + l).orElse("Undo");
    }

    public String redoText() {
        return document.redoLabel().map(l -> "Redo " + l).orElse("Redo");
    }

    public void undo() {
        if (document.canUndo()) {
            document.undo();
            afterChartChange();
        }
    }

    public void redo() {
        if (document.canRedo()) {
            document.redo();
            afterChartChange();
        }
    }

    private void afterChartChange() {
        cachedDecorations = null;
        if (selection != null && !chart().contains(selection)) {
            selection = null;
        }
        collapsed.removeIf(id -> !chart().contains(id));
        relayoutIfNeeded();
        changed();
    }

    /** Lays the chart out again with other options (rows, compact mode, orientation). */
    public void setLayoutOptions(LayoutOptions options) {
        treeLayout = new TreeLayout(options);
        relayout();
        changed();
    }

    public LayoutOptions layoutOptions() {
        return treeLayout.options();
    }

    /** The managers whose reports are hidden now. */
    public Set<PositionId> collapsed() {
        return Set.copyOf(collapsed);
    }

    /** Hides or shows the reports of {@code id}. */
    public void toggleCollapsed(PositionId id) {
        if (chart().childrenOf(id).isEmpty()) {
            return;
        }
        if (!collapsed.remove(id)) {
            collapsed.add(id);
        }
        relayout();
        changed();
    }

    private void relayout() {
        // The previous layout is reused when this chart was made from its chart by edits.
        layout = treeLayout.layout(chart(), sizer, collapsed, layout);
        laidOutChart = chart();
        countVacancies();
    }

    /**
     * After an edit: lays the chart out again unless the edit cannot have moved a card (a
     * holder, a duty, a note, a title that keeps its card's size), so that most edits of a
     * 100,000-position chart cost what they touched.
     */
    private void relayoutIfNeeded() {
        if (laidOutChart != null && layoutUnchangedSince(laidOutChart)) {
            laidOutChart = chart();
            countVacancies();
        } else {
            relayout();
        }
    }

    private boolean layoutUnchangedSince(Chart before) {
        Chart now = chart();
        Optional<dev.orgwright.model.ChartChange> change = now.changesSince(before);
        if (change.isEmpty() || change.get().catalogChanged() || now.size() != before.size()
                || !now.roots().equals(before.roots())) {
            return false;
        }
        boolean byTier = treeLayout.options().rows() == LayoutOptions.Rows.BY_TIER;
        for (PositionId id : change.get().positions()) {
            Optional<Position> was = before.find(id);
            Optional<Position> is = now.find(id);
            if (was.isEmpty() || is.isEmpty()) {
                return false;
            }
            Position a = was.get();
            Position b = is.get();
            if (!Objects.equals(a.reportsTo(), b.reportsTo()) || !a.dottedLines().equals(b.dottedLines())
                    || (byTier && !Objects.equals(a.tierId(), b.tierId()))
                    || !before.childrenOf(id).equals(now.childrenOf(id))
                    || !sizer.sizeOf(a).equals(sizer.sizeOf(b))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps the number of vacancies for the status bar: after an edit only the positions it
     * touched are looked at, not the whole chart.
     */
    private void countVacancies() {
        Chart now = chart();
        if (now == countedChart) {
            return;
        }
        Optional<dev.orgwright.model.ChartChange> change = countedChart == null ? Optional.empty()
                : now.changesSince(countedChart);
        if (change.isPresent() && change.get().positions().size() < now.size() / 4 + 16) {
            for (PositionId id : change.get().positions()) {
                vacancies -= countedChart.find(id).map(p -> p.isVacant() ? 1 : 0).orElse(0);
                vacancies += now.find(id).map(p -> p.isVacant() ? 1 : 0).orElse(0);
            }
        } else {
            vacancies = 0;
            for (Position p : now.inTreeOrder()) {
                vacancies += p.isVacant() ? 1 : 0;
            }
        }
        countedChart = now;
    }

    public void showAbout() {
        dialogs.showAbout(AppInfo.NAME, AppInfo.version());
    }

    private void show(ChartDocument newDocument) {
        Objects.requireNonNull(newDocument, "document");
        if (document != null && document.file().isPresent() && !document.file().equals(newDocument.file())) {
            fileGuard.closed(document.file().get());
        }
        readOnly = false;
        document = newDocument;
        document = Objects.requireNonNull(newDocument, "document");
        showingSample = false;
        cachedDecorations = null;
        searchMatches = Set.of();
        collapsed.clear();
        relayout();
        selection = null;
        view.fitReadable(); // tells the listeners
    }

    public Chart chart() {
        return document.chart();
    }

    /** The findings of the chart as it is now. */
    public Validation validation() {
        return document.validation();
    }

    /** Whether the window shows the built-in sample it started with (edited or not). */
    public boolean isShowingSample() {
        return showingSample;
    }

    /** The file the chart came from; empty for the built-in sample or a new chart. */
    public Optional<Path> file() {
        return document.file();
    }

    /** Whether the chart has changes that are not saved. */
    public boolean isDirty() {
        return document.isDirty();
    }

    public ChartLayout layout() {
        return layout;
    }

    public Optional<PositionId> selection() {
        return Optional.ofNullable(selection);
    }

    /**
     * "Leadership team — leadership.orgchart.json", "… — sample" for the built-in chart or
     * "… — unsaved" for a new one; a trailing "*" marks unsaved changes.
     */
    public String windowTitle() {
        Path file = document.file().orElse(null);
        String source = file == null ? (showingSample ? "sample" : "unsaved")
                : file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return chart().title() + " — " + source + (document.isDirty() ? "*" : "") + (readOnly ? " (read-only)" : "");
    }

    /** "6 positions · 1 vacancy · 0 errors · 1 warning · 4 notes · zoom 100%". */
    public String summaryText() {
        Validation v = validation();
        return count(chart().size(), "position", "positions") + " · " + count(vacancies, "vacancy", "vacancies")
                + " · " + count(v.count(Severity.ERROR), "error", "errors")
                + " · " + count(v.count(Severity.WARNING), "warning", "warnings")
                + " · " + count(v.count(Severity.INFO), "note", "notes")
                + " · zoom " + zoomPercent() + "%";
    }

    /** A passing message for the status bar (why a drop is refused); null clears it. */
    public void setNotice(String text) {
        notice = text;
    }

    /** The drag-and-drop state of the canvas. */
    public CardDrag drag() {
        return drag;
    }

    /** Marks search matches on the canvas. */
    public void setSearchMatches(Set<PositionId> matches) {
        searchMatches = Set.copyOf(matches);
        decorationsChanged();
    }

    /** Something only the marks depend on changed (a hover, a search): repaint. */
    public void decorationsChanged() {
        cachedDecorations = null;
        changed();
    }

    /** What the canvas marks over the chart: selection, chain of command, drop target, matches, findings. */
    public Decorations decorations() {
        if (cachedDecorations == null || cachedDecorations.findings() != validation()) {
            Set<PositionId> chain = selection == null ? Set.of() : Set.copyOf(chart().chainOfCommand(selection));
            cachedDecorations = new Decorations(selection, chain, drag.target().orElse(null), drag.isRefused(),
                    searchMatches, validation());
        }
        return cachedDecorations;
    }

    /** "Selected: Chief Executive Officer", a notice, or a hint when nothing is selected. */
    public String selectionText() {
        if (notice != null) {
            return notice;
        }
        return selection == null ? "Click a card to select it"
                : "Selected: " + chart().position(selection).title();
    }

    public int zoomPercent() {
        return view.zoomPercent();
    }

    /** Selects the card under the view point, or nothing when the point is on the background. */
    public void selectAt(double viewX, double viewY) {
        Viewport v = viewport();
        select(layout.positionAt(v.toChartX(viewX), v.toChartY(viewY)).orElse(null));
    }

    /** Selects {@code id}; null clears the selection. */
    public void select(PositionId id) {
        if (id != null && !chart().contains(id)) {
            throw new IllegalArgumentException("The chart has no position '" + id + "'.");
        }
        if (!Objects.equals(id, selection)) {
            selection = id;
            notice = null;
            cachedDecorations = null;
            changed();
        }
    }

    /** The card under the view point, if any. */
    public Optional<PositionId> cardAt(double viewX, double viewY) {
        Viewport v = viewport();
        return layout.positionAt(v.toChartX(viewX), v.toChartY(viewY));
    }

    /**
     * The manager whose collapse control (the "+N" pill of a collapsed team, or the fold mark of
     * the selected manager) is under the view point, if any.
     */
    public Optional<PositionId> collapseControlAt(double viewX, double viewY) {
        Viewport v = viewport();
        double reach = dev.orgwright.render.CardMetrics.TOGGLE_HALF_HEIGHT / v.scale();
        for (double dy : new double[] {0, -reach}) {
            Optional<PositionId> id = layout.positionAt(v.toChartX(viewX), v.toChartY(viewY) + dy);
            if (id.isPresent() && !chart().childrenOf(id.get()).isEmpty()
                    && (layout.isCollapsed(id.get()) || id.get().equals(selection))) {
                Box b = layout.box(id.get()).orElseThrow();
                double cx = v.toSurfaceX(b.centreX());
                double bottom = v.toSurfaceY(b.bottom());
                if (Math.abs(viewX - cx) <= dev.orgwright.render.CardMetrics.TOGGLE_HALF_WIDTH
                        && Math.abs(viewY - bottom) <= dev.orgwright.render.CardMetrics.TOGGLE_HALF_HEIGHT) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a card is under the view point. */
    public boolean isCardAt(double viewX, double viewY) {
        Viewport v = viewport();
        return layout.positionAt(v.toChartX(viewX), v.toChartY(viewY)).isPresent();
    }

    /** The view has a new size; a chart waiting for its first fit is fitted now. */
    public void resize(double width, double height) {
        view.resize(width, height);
    }

    /** The camera, size and hit-testing of the canvas. */
    public ChartView view() {
        return view;
    }

    /**
     * Zooms so that the selected position and everything shown below it fill the view (no
     * closer than 150%); nothing happens without a selection.
     */
    public void zoomToSelection() {
        if (selection != null) {
            layout.boundsOf(chart().subtree(selection)).ifPresent(b -> view.showRegion(b, 1.5));
        }
    }

    /**
     * Glides the view to show {@code bounds} (chart units) centred, as large as fits but no
     * closer than {@code maxScale}: presentation mode steps through the chart this way.
     */
    public void showRegion(Box bounds, double maxScale) {
        view.showRegion(bounds, maxScale);
    }

    /** Looks at the chart again as {@code viewport} did, as when presentation mode ends. */
    public void restoreView(Viewport viewport) {
        view.restore(viewport);
    }

    /** Whether the view jumped since the last call: the canvas glides to such a view. */
    public boolean takeViewJump() {
        return view.takeJump();
    }

    /** Shows the whole chart, however small that makes it. */
    public void fit() {
        view.fit();
    }

    public void zoomAt(double factor, double viewX, double viewY) {
        view.zoomAt(factor, viewX, viewY);
    }

    /** Zooms around the middle of the view. */
    public void zoomBy(double factor) {
        view.zoomBy(factor);
    }

    public void panBy(double dx, double dy) {
        view.panBy(dx, dy);
    }

    /** What the view shows. */
    public Viewport viewport() {
        return view.viewport();
    }

    /** Pans, if needed, so that the card of {@code id} is in view (centred when it was not). */
    public void bringIntoView(PositionId id) {
        view.bringIntoView(id);
    }

    /** Where the card of {@code id} is drawn, in view pixels. */
    public Optional<Box> viewBoxOf(PositionId id) {
        return view.viewBoxOf(id);
    }

    private void changed() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
