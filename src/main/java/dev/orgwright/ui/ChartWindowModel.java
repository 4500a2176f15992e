package dev.orgwright.ui;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.Viewport;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of a chart window, without a toolkit: the chart, the file it came from, its
 * layout, the selection, and where the view looks. The view turns gestures into calls here and
 * redraws when told; whatever the window shows can be asked of this class, and tested.
 */
public final class ChartWindowModel {

    /** Reads a chart file; {@code ChartFiles::load} in the program. */
    @FunctionalInterface
    public interface ChartLoader {
        Chart load(Path file) throws ChartFormatException;
    }

    static final String OPEN_FAILED = "The chart could not be opened";
    /**
     * A newly shown chart is not shrunk below this: at 75% a title is still about 10 px, while a
     * wide chart fitted whole would be unreadable. The fit command (key 0) shows it all.
     */
    static final double READABLE_SCALE = 0.75;

    private final CardSizer sizer;
    private final ChartLoader loader;
    private final Dialogs dialogs;
    private final TreeLayout treeLayout = new TreeLayout();
    private final Camera camera = new Camera();
    private final List<Runnable> listeners = new ArrayList<>();

    private Chart chart;
    private Path file;
    private ChartLayout layout;
    private int vacancies;
    private PositionId selection;
    private double viewWidth;
    private double viewHeight;
    private boolean fitPending;
    private double fitMinScale;

    /** A window showing {@code initial}, the built-in sample, until a file is opened. */
    public ChartWindowModel(Chart initial, CardSizer sizer, ChartLoader loader, Dialogs dialogs) {
        this.sizer = Objects.requireNonNull(sizer, "sizer");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        show(initial, null);
    }

    /** Runs {@code listener} after every change of what the window shows. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
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
        Chart loaded;
        try {
            loaded = loader.load(path);
        } catch (ChartFormatException e) {
            dialogs.showError(OPEN_FAILED, e.getMessage());
            return false;
        }
        show(loaded, path);
        return true;
    }

    public void showAbout() {
        dialogs.showAbout(AppInfo.NAME, AppInfo.version());
    }

    private void show(Chart newChart, Path newFile) {
        chart = Objects.requireNonNull(newChart, "chart");
        file = newFile;
        layout = treeLayout.layout(chart, sizer);
        vacancies = 0;
        for (Position p : chart.inTreeOrder()) {
            vacancies += p.isVacant() ? 1 : 0;
        }
        selection = null;
        fitPending = true;
        fitMinScale = READABLE_SCALE;
        fitIfPossible();
        changed();
    }

    public Chart chart() {
        return chart;
    }

    /** The file the chart came from; empty for the built-in sample. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public ChartLayout layout() {
        return layout;
    }

    public Optional<PositionId> selection() {
        return Optional.ofNullable(selection);
    }

    /** "Leadership team — leadership.orgchart.json", or "… — sample" for the built-in chart. */
    public String windowTitle() {
        String source = file == null ? "sample"
                : file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return chart.title() + " — " + source;
    }

    /** "6 positions · 1 vacancy · zoom 100%". */
    public String summaryText() {
        return count(chart.size(), "position", "positions") + " · " + count(vacancies, "vacancy", "vacancies")
                + " · zoom " + zoomPercent() + "%";
    }

    /** "Selected: Chief Executive Officer", or a hint when nothing is selected. */
    public String selectionText() {
        return selection == null ? "Click a card to select it"
                : "Selected: " + chart.position(selection).title();
    }

    public int zoomPercent() {
        return (int) Math.round(camera.scale() * 100);
    }

    /** Selects the card under the view point, or nothing when the point is on the background. */
    public void selectAt(double viewX, double viewY) {
        Viewport v = viewport();
        select(layout.positionAt(v.toChartX(viewX), v.toChartY(viewY)).orElse(null));
    }

    /** Selects {@code id}; null clears the selection. */
    public void select(PositionId id) {
        if (id != null && !chart.contains(id)) {
            throw new IllegalArgumentException("The chart has no position '" + id + "'.");
        }
        if (!Objects.equals(id, selection)) {
            selection = id;
            changed();
        }
    }

    /** Whether a card is under the view point. */
    public boolean isCardAt(double viewX, double viewY) {
        Viewport v = viewport();
        return layout.positionAt(v.toChartX(viewX), v.toChartY(viewY)).isPresent();
    }

    /**
     * The view has a new size; the first time it has one, the chart is fitted into it, down to a
     * readable scale, from the top when it is taller than that.
     */
    public void resize(double width, double height) {
        if (width == viewWidth && height == viewHeight) {
            return;
        }
        viewWidth = width;
        viewHeight = height;
        fitIfPossible();
        changed();
    }

    /** Shows the whole chart, however small that makes it. */
    public void fit() {
        fitPending = true;
        fitMinScale = 0;
        fitIfPossible();
        changed();
    }

    public void zoomAt(double factor, double viewX, double viewY) {
        camera.zoomAt(factor, viewX, viewY);
        changed();
    }

    /** Zooms around the middle of the view. */
    public void zoomBy(double factor) {
        zoomAt(factor, viewWidth / 2, viewHeight / 2);
    }

    public void panBy(double dx, double dy) {
        camera.panBy(dx, dy);
        changed();
    }

    /** What the view shows. */
    public Viewport viewport() {
        return camera.viewport(Math.max(1, viewWidth), Math.max(1, viewHeight));
    }

    /** Where the card of {@code id} is drawn, in view pixels. */
    public Optional<Box> viewBoxOf(PositionId id) {
        Viewport v = viewport();
        return layout.box(id).map(b -> new Box(v.toSurfaceX(b.x()), v.toSurfaceY(b.y()),
                b.width() * v.scale(), b.height() * v.scale()));
    }

    private void fitIfPossible() {
        if (fitPending && viewWidth > 0 && viewHeight > 0) {
            camera.fit(layout.bounds(), viewWidth, viewHeight, fitMinScale);
            fitPending = false;
        }
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
