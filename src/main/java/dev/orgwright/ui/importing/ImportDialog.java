package dev.orgwright.ui.importing;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.PhotoImport;
import dev.orgwright.io.csv.ColumnMapping;
import dev.orgwright.io.csv.ColumnRole;
import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.CsvRow;
import dev.orgwright.io.csv.CsvTable;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.ImportProgress;
import dev.orgwright.io.csv.ImportResult;
import dev.orgwright.io.xlsx.WorkbookImport;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File → Import… (a CSV file or a workbook's first sheet): the mapping found from the header (one
 * choice per column, and whether it is kept private), the first rows, and every problem row,
 * checked in the background whenever the mapping changes, with a
 * progress bar and Cancel. Import opens the result as a new, unsaved chart. The file is read
 * and imported off the FX thread; what is shown is kept in a {@link CsvImportModel}.
 */
public final class ImportDialog {

    /** Imports a table; {@code CsvImport::importTable} in the program, a controllable one in tests. */
    @FunctionalInterface
    public interface Runner {
        ImportResult run(CsvTable table, ColumnMapping mapping, ImportOptions options, ImportProgress progress)
                throws Exception;
    }

    public static final String CANCELLED = Texts.t("importing.importDialog.theImportWasCancelled");

    private final Stage stage = new Stage();
    private final CsvImportModel model;
    private final ChartWindowModel window;
    private final Runner runner;
    private final Label fileLabel = new Label();
    private final GridPane mapping = new GridPane();
    private final List<ComboBox<ColumnRole>> roles = new ArrayList<>();
    private final List<CheckBox> privacy = new ArrayList<>();
    private final Label privacySummary = new Label();
    private final TableView<CsvRow> preview = new TableView<>();
    private final Label status = new Label();
    /** Top positions, levels and managers not found, live as the user remaps. */
    private final Label figures = new Label();
    /** Why the import chose the id and manager columns. */
    private final Label reasons = new Label();
    private final ListView<String> problems = new ListView<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button(Texts.t("importing.importDialog.cancel"));
    private final Button importButton = new Button(Texts.t("importing.importDialog.import"));
    private final PairsAndGradesPane pairs;
    /** Asks for a folder of photos: the window's folder chooser, or a test's answer. */
    private final Supplier<Optional<Path>> choosePhotos;
    private final Button photosButton = new Button(Texts.t("importing.photos.choose"));
    private final Label photos = new Label();
    private Task<?> job;
    private boolean openWhenDone;
    private boolean syncing;

    /** Asks for a CSV file and, unless the user cancels, shows the dialog for it. */
    public static void chooseAndShow(Window owner, Dialogs dialogs, ChartWindowModel window) {
        dialogs.chooseCsvToImport().ifPresent(file -> show(owner, window, file, CsvImport::importTable,
                dialogs::chooseCsvToImport, dialogs::choosePhotosFolder));
    }

    public static ImportDialog show(Window owner, ChartWindowModel window, Path file, Runner runner) {
        return show(owner, window, file, runner, Optional::empty);
    }

    /** As {@link #show(Window, ChartWindowModel, Path, Runner)}, asking {@code chooseSecondFile} for a second file. */
    public static ImportDialog show(Window owner, ChartWindowModel window, Path file, Runner runner,
                                    Supplier<Optional<Path>> chooseSecondFile) {
        return show(owner, window, file, runner, chooseSecondFile, Optional::empty);
    }

    /**
     * As {@link #show(Window, ChartWindowModel, Path, Runner, Supplier)}, asking {@code choosePhotos}
     * for a folder of photos when the user clicks "Photos folder…".
     */
    public static ImportDialog show(Window owner, ChartWindowModel window, Path file, Runner runner,
                                    Supplier<Optional<Path>> chooseSecondFile, Supplier<Optional<Path>> choosePhotos) {
        ImportDialog dialog = new ImportDialog(owner, window, file, runner, chooseSecondFile, choosePhotos);
        dialog.stage.show();
        dialog.startReading();
        return dialog;
    }

    private ImportDialog(Window owner, ChartWindowModel window, Path file, Runner runner,
                         Supplier<Optional<Path>> chooseSecondFile, Supplier<Optional<Path>> choosePhotos) {
        this.window = window;
        this.runner = runner;
        this.choosePhotos = choosePhotos;
        this.pairs = new PairsAndGradesPane(window.chart().tiers(), chooseSecondFile, this::refresh);
        // The tiers of the open chart, so that a chart with a Board or Staff tier imports into it.
        this.model = new CsvImportModel(file, new ImportOptions(CsvImportModel.titleFor(file), window.chart().tiers()));
        if (owner != null && owner.isShowing()) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Texts.t("importing.importDialog.import2", file.getFileName()));
        stage.setScene(new Scene(content(), 920, 760)); // the photos row below the second file: no part shrinks
        stage.getScene().getStylesheets().add(ImportDialog.class.getResource("/dev/orgwright/ui/orgwright.css").toExternalForm());
        stage.setOnHidden(e -> cancelJob());
        refresh();
    }

    private VBox content() {
        fileLabel.setId("import-file");
        mapping.setId("import-mapping");
        mapping.setHgap(8);
        mapping.setVgap(4);
        ScrollPane mappingScroll = new ScrollPane(mapping);
        mappingScroll.setPrefViewportHeight(150);
        mappingScroll.setFitToWidth(true);
        preview.setId("import-preview");
        preview.setPrefHeight(220);
        status.setId("import-status");
        status.setWrapText(true);
        figures.setId("import-figures");
        figures.setWrapText(true);
        reasons.setId("import-reasons");
        reasons.setWrapText(true);
        problems.setId("import-problems");
        problems.setPrefHeight(150);
        progress.setId("import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> cancelJob());
        importButton.setId("import-open");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> importOrOpen());
        Button close = new Button(Texts.t("importing.importDialog.close"));
        close.setId("import-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        gap.setMinWidth(24);
        HBox buttons = new HBox(8, progress, cancel, gap, importButton, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        privacySummary.setId("import-privacy");
        privacySummary.setWrapText(true);
        photosButton.setId("import-photos-choose");
        photosButton.setOnAction(e -> choosePhotos.get().ifPresent(this::photosChosen));
        photos.setId("import-photos");
        photos.setWrapText(true);
        HBox photosRow = new HBox(8, photosButton, photos);
        photosRow.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(6, fileLabel, heading(Texts.t("importing.importDialog.columnsWhatEachOne")),
                mappingScroll, reasons, privacySummary,
                heading(Texts.t("importing.importDialog.firstRows")), preview, status, figures, heading(Texts.t("importing.importDialog.problemRows")), problems,
                heading(Texts.t("importing.importDialog.secondFileAndGrades")), pairs.content(), photosRow, buttons);
        root.setPadding(new Insets(12));
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox.setVgrow(problems, Priority.ALWAYS);
        return root;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("pane-heading");
        return label;
    }

    private void startReading() {
        Path file = model.file();
        Task<CsvTable> task = new Task<>() {
            @Override
            protected CsvTable call() throws ChartFormatException {
                return WorkbookImport.isWorkbook(file) ? WorkbookImport.read(file, null) : CsvImport.read(file);
            }
        };
        task.setOnSucceeded(e -> {
            job = null;
            model.tableRead(task.getValue());
            buildMapping();
            fillPreview();
            startImport(false);
        });
        task.setOnFailed(e -> {
            job = null;
            model.failed(null, messageOf(task.getException()));
            refresh();
        });
        start(task);
    }

    /** Imports with the current mapping; {@code open}: opens the chart when it is done. */
    private void startImport(boolean open) {
        cancelJob();
        openWhenDone = open;
        CsvTable table = model.table().orElseThrow();
        ColumnMapping used = model.mapping();
        ImportOptions options = model.options();
        Task<ImportResult> task = new Task<>() {
            @Override
            protected ImportResult call() throws Exception {
                return runner.run(table, used, options, (done, total) -> updateProgress(done, total));
            }
        };
        task.setOnSucceeded(e -> {
            job = null;
            model.imported(used, options, task.getValue());
            pairs.show(model.result());
            refresh();
            if (openWhenDone && model.canOpen()) {
                open();
            }
        });
        task.setOnFailed(e -> {
            job = null;
            model.failed(used, messageOf(task.getException()));
            refresh();
        });
        task.setOnCancelled(e -> {
            if (job == task) {
                job = null;
                model.failed(used, CANCELLED);
                refresh();
            }
        });
        start(task);
    }

    private void start(Task<?> task) {
        job = task;
        progress.progressProperty().bind(task.progressProperty());
        Thread thread = new Thread(task, "csv-import");
        thread.setDaemon(true); // an import never keeps the program from quitting
        thread.start();
        refresh();
    }

    private void cancelJob() {
        Task<?> running = job;
        if (running != null) {
            running.cancel(true); // interrupts the importing thread, which stops at its next check
        }
    }

    private void importOrOpen() {
        if (model.canOpen()) {
            open();
        } else if (job == null && model.table().isPresent()) {
            startImport(true);
        }
    }

    /** The folder the user chose for the photos: the preview says how many of them match a position. */
    private void photosChosen(Path folder) {
        model.setPhotosFolder(folder);
        refresh();
    }

    private void open() {
        Optional<dev.orgwright.model.Chart> chart = pairs.chart();
        Optional<Path> folder = model.photosFolder();
        if (chart.isPresent() && folder.isPresent()) {
            openWithPhotos(chart.get(), folder.get());
        } else if (chart.isPresent() && window.session().openUnsaved(chart.get())) {
            stage.close();
        }
    }

    /** Embeds the folder's photos off the FX thread (each image is read and scaled), then opens the chart. */
    private void openWithPhotos(dev.orgwright.model.Chart chart, Path folder) {
        Task<PhotoImport.Outcome> task = new Task<>() {
            @Override
            protected PhotoImport.Outcome call() throws Exception {
                return PhotoImport.fromFolder(chart, folder);
            }
        };
        task.setOnSucceeded(e -> {
            job = null;
            PhotoImport.Outcome outcome = task.getValue();
            refresh();
            if (window.session().openUnsaved(outcome.chart())) {
                if (!outcome.problems().isEmpty()) {
                    window.setNotice(Texts.t("importing.photos.leftOut", outcome.problems().size(),
                            String.join(" ", outcome.problems())));
                }
                stage.close();
            }
        });
        task.setOnFailed(e -> {
            job = null;
            model.photosFailed(String.valueOf(task.getException().getMessage()));
            refresh();
        });
        task.setOnCancelled(e -> {
            job = null;
            refresh();
        });
        start(task);
    }

    private void buildMapping() {
        ColumnMapping m = model.mapping();
        mapping.getChildren().clear();
        roles.clear();
        privacy.clear();
        for (int c = 0; c < m.headers().size(); c++) {
            int column = c;
            ComboBox<ColumnRole> role = new ComboBox<>();
            role.setId("role-" + c);
            role.setPrefWidth(210);
            role.getItems().setAll(ColumnRole.values());
            role.setConverter(new StringConverter<>() {
                @Override
                public String toString(ColumnRole r) {
                    return r == null ? "" : r.label();
                }

                @Override
                public ColumnRole fromString(String text) {
                    return null; // not editable
                }
            });
            role.setOnAction(e -> roleChosen(column, role.getValue()));
            roles.add(role);
            CheckBox isPrivate = new CheckBox(Texts.t("importing.importDialog.private"));
            isPrivate.setId("private-" + c);
            isPrivate.setTooltip(new Tooltip(Texts.t("importing.importDialog.aPrivateColumnIs")));
            isPrivate.setOnAction(e -> privacyChosen(column, isPrivate.isSelected()));
            privacy.add(isPrivate);
            Label header = new Label(m.headerName(c));
            header.setLabelFor(role);
            // Two columns of the file per line of the grid keep a 24-column export compact.
            mapping.add(header, (c % 2) * 3, c / 2);
            mapping.add(role, (c % 2) * 3 + 1, c / 2);
            mapping.add(isPrivate, (c % 2) * 3 + 2, c / 2);
        }
        syncRoles();
    }

    private void roleChosen(int column, ColumnRole role) {
        if (syncing || role == null) {
            return;
        }
        if (model.setRole(column, role)) {
            syncRoles(); // a unique role left another column
            startImport(false);
        }
    }

    private void privacyChosen(int column, boolean isPrivate) {
        if (syncing) {
            return;
        }
        if (model.setPrivate(column, isPrivate)) {
            startImport(false);
        }
        syncRoles();
    }

    private void syncRoles() {
        syncing = true;
        try {
            for (int c = 0; c < roles.size(); c++) {
                roles.get(c).setValue(model.mapping().role(c));
                // The cost is always private; columns that are no field have nothing to keep private.
                privacy.get(c).setSelected(model.isPrivate(c));
                privacy.get(c).setDisable(!model.canChoosePrivacy(c));
            }
            privacySummary.setText(model.privacySummary());
        } finally {
            syncing = false;
        }
        for (int c = 0; c < preview.getColumns().size() - 1; c++) {
            preview.getColumns().get(c + 1).setText(columnTitle(c));
        }
    }

    private void fillPreview() {
        preview.getColumns().clear();
        TableColumn<CsvRow, String> row = new TableColumn<>(Texts.t("importing.importDialog.row"));
        row.setCellValueFactory(cd -> new ReadOnlyStringWrapper(Integer.toString(cd.getValue().row())));
        row.setSortable(false);
        preview.getColumns().add(row);
        for (int c = 0; c < model.mapping().headers().size(); c++) {
            int column = c;
            TableColumn<CsvRow, String> col = new TableColumn<>(columnTitle(c));
            col.setSortable(false);
            // Line breaks inside a value would make the row tall: shown as a return sign.
            col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(
                    cd.getValue().field(column).replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎')));
            preview.getColumns().add(col);
        }
        preview.getItems().setAll(model.preview());
    }

    private String columnTitle(int column) {
        return model.mapping().headerName(column) + "\n(" + model.mapping().role(column).label() + ")";
    }

    private void refresh() {
        boolean running = job != null;
        fileLabel.setText(model.fileSummary());
        status.setText(running && model.table().isPresent() ? Texts.t("importing.importDialog.checkingEveryRowWith")
                : model.status());
        figures.setText(running ? "" : model.figures());
        photos.setText(model.photosSummary());
        photosButton.setDisable(running);
        reasons.setText(String.join("\n", model.reasons()));
        problems.getItems().setAll(model.problems());
        problems.getItems().addAll(pairs.problems());
        problems.setPlaceholder(new Label(model.result().isPresent() ? Texts.t("importing.importDialog.noProblemRowsEvery")
                : ""));
        cancel.setDisable(!running);
        importButton.setDisable(running || model.table().isEmpty()
                || (model.result().isPresent() && (!model.canOpen() || !pairs.canOpen())));
        if (!running) {
            progress.progressProperty().unbind();
            progress.setProgress(model.result().isPresent() ? 1 : 0);
        }
    }

    private static String messageOf(Throwable e) {
        if (e instanceof ChartFormatException || e instanceof CancellationException) {
            return e instanceof CancellationException ? CANCELLED : e.getMessage();
        }
        String detail = e == null || e.getMessage() == null ? String.valueOf(e) : e.getMessage();
        return Texts.t("importing.importDialog.theImportStoppedOn", detail);
    }

    Stage stage() {
        return stage;
    }
}
