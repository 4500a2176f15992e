package dev.orgwright.ui.export;

import dev.orgwright.render.deck.SlideSize;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.ui.fx.Texts;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Export…: the format, the part of the chart, what the cards show, the PNG's scale and
 * background, the PDF's paper and pages, with a live preview; then a file is chosen and the
 * export runs off the JavaFX thread. The choices are remembered for the window. The comparison
 * window opens it too, for the proposal with its changes marked.
 *
 * <p>The PNG scale always holds a value, so a chart too large at it for image programs is not
 * refused: the dialog says so next to the scale before the export, and writes the PNG at the
 * largest scale that fits, naming it in the status bar.
 */
public final class ExportDialog {

    static final String FAILED = Texts.t("export.exportDialog.theChartCouldNot");
    /** The headline of the message listing what an export could not draw. */
    public static final String UNDRAWN = Texts.t("export.exportDialog.someTextCouldNot");

    /** The parts of the cards a view or the window may leave out, as a view's {@code hide} names them. */
    private static final String HOLDERS = "holders";
    private static final String BADGES = "badges";
    private static final String LEGEND = "legend";

    private final ExportSource source;
    private final Dialogs dialogs;
    private final Consumer<String> notice;
    private ExportSettings settings;
    private DeckChoices deck = DeckChoices.DEFAULT;
    private Stage stage;
    /** Where the preview plans books and decks; its own background thread unless set. */
    private java.util.concurrent.Executor planner;

    /** A dialog exporting what {@code source} shows, set to the defaults; {@code notice} shows a line in its status bar. */
    public ExportDialog(ExportSource source, Dialogs dialogs, Consumer<String> notice) {
        this(source, dialogs, notice, ExportSettings.DEFAULT);
    }

    /** A dialog exporting what {@code source} shows, set to {@code initial} until the user chooses otherwise. */
    public ExportDialog(ExportSource source, Dialogs dialogs, Consumer<String> notice, ExportSettings initial) {
        this.source = source;
        this.dialogs = dialogs;
        this.notice = notice;
        this.settings = initial;
    }

    /** What the dialog last had chosen (the defaults before it is first used). */
    public ExportSettings settings() {
        return settings;
    }

    /** What the dialog last had chosen for a PowerPoint deck. */
    public DeckChoices deckChoices() {
        return deck;
    }

    /**
     * Plans the preview's books and decks with {@code executor} from the next showing on, instead
     * of the preview's own background thread: a test holds a plan under way with it.
     */
    public void planPreviewsOn(java.util.concurrent.Executor executor) {
        planner = java.util.Objects.requireNonNull(executor, "executor");
    }

    /** The open dialog's window, if it is showing. */
    public Optional<Stage> stage() {
        return Optional.ofNullable(stage).filter(Stage::isShowing);
    }

    /** Opens the dialog over {@code owner} set to {@code format}, the rest as last time: File → Export PowerPoint…. */
    public void show(Window owner, ExportFormat format) {
        if (stage().isEmpty()) {
            settings = settings.withFormat(format);
        }
        show(owner);
    }

    /** Opens the dialog over {@code owner}, set as last time. */
    public void show(Window owner) {
        if (stage().isPresent()) {
            stage.toFront();
            return;
        }
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(source.changes() == null ? Texts.t("export.exportDialog.exportTheChart") : Texts.t("export.exportDialog.exportTheComparison"));
        new Form(stage).build();
        stage.show();
    }

    /** The controls of one showing of the dialog. */
    private final class Form {
        private final Stage window;
        private final ToggleGroup format = new ToggleGroup();
        private final ToggleGroup scope = new ToggleGroup();
        private final CheckBox holders = check("export-holders", Texts.t("export.exportDialog.export-holders"));
        private final CheckBox duties = check("export-duties", Texts.t("export.exportDialog.export-duties"));
        private final CheckBox badges = check("export-badges", Texts.t("export.exportDialog.export-badges"));
        private final CheckBox legend = check("export-legend", Texts.t("export.exportDialog.export-legend"));
        /** Off each time the dialog opens: private values go into an output only when asked for it. */
        private final CheckBox includePrivate = check("export-private", Texts.t("export.private.values"));
        private final TextField title = new TextField();
        private final CheckBox date = check("export-date", Texts.t("export.exportDialog.export-date"));
        private final Spinner<Double> scale = new Spinner<>(new PngScaleValues(2));
        /** Shown when the PNG at the chosen scale would be larger than image programs open. */
        private final Label scaleNote = new Label();
        private final Button scaleFit = new Button();
        private double largestFitting;
        private final CheckBox transparent = check("export-transparent", Texts.t("export.exportDialog.export-transparent"));
        private final ChoiceBox<PageSetup.Paper> paper = new ChoiceBox<>();
        private final ChoiceBox<String> orientation = new ChoiceBox<>();
        private final ToggleGroup pages = new ToggleGroup();
        private final RadioButton onePage = radio("export-one-page", Texts.t("export.exportDialog.export-one-page"), pages);
        private final RadioButton grid = radio("export-page-grid", Texts.t("export.exportDialog.export-page-grid"), pages);
        private final Spinner<Integer> columns = new Spinner<>(1, PageSetup.MAX_PAGES_PER_SIDE, 2);
        private final Spinner<Integer> rows = new Spinner<>(1, PageSetup.MAX_PAGES_PER_SIDE, 1);
        private final ExportPreview preview = new ExportPreview();
        private final ProgressIndicator progress = new ProgressIndicator();
        private final Label status = new Label();
        private final Button export = new Button(Texts.t("export.exportDialog.export"));
        private final Button cancel = new Button(Texts.t("export.exportDialog.cancel"));
        private final ChoiceBox<String> viewChoice = new ChoiceBox<>();
        private GridPane pngBox;
        private GridPane pdfBox;
        private final CheckBox analysisPage = check("export-analysis", Texts.t("analysis.export.page"));
        /** Off each time the dialog opens: cost is private, so it is asked for each time. */
        private final CheckBox analysisCost = check("export-analysis-cost", Texts.t("analysis.export.cost"));
        private GridPane deckBox;
        private VBox scopes;
        private final ChoiceBox<SlideSize> slideSize = new ChoiceBox<>();
        private final CheckBox deckFindings = check("export-deck-findings", Texts.t("export.exportDialog.export-deck-findings"));
        private final CheckBox deckPrivate = check("export-deck-private", Texts.t("export.exportDialog.export-deck-private"));
        private final CheckBox deckCharters = check("export-deck-charters", Texts.t("export.exportDialog.export-deck-charters"));
        private final CheckBox deckWhole = check("export-deck-whole", Texts.t("export.deck.wholeChart"));
        private boolean loading;

        Form(Stage window) {
            this.window = window;
            if (planner != null) {
                preview.planOn(planner);
            }
            // A book still being planned when the dialog closes is no longer wanted.
            window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> preview.stopPlanning());
        }

        void build() {
            HBox formats = new HBox(12);
            for (ExportFormat f : ExportFormat.values()) {
                RadioButton b = radio("export-format-" + f.name().toLowerCase(java.util.Locale.ROOT),
                        f == ExportFormat.BOOK ? dev.orgwright.ui.fx.Texts.t("export.format.book") : f.name(), format);
                b.setUserData(f);
                if ((f == ExportFormat.PPTX || f == ExportFormat.BOOK) && source.changes() != null) {
                    b.setDisable(true); // a deck cuts one chart into teams; a comparison has two
                }
                formats.getChildren().add(b);
            }
            scopes = new VBox(4);
            for (ExportSettings.Scope s : ExportSettings.Scope.values()) {
                RadioButton b = radio("export-scope-" + s.name().toLowerCase(java.util.Locale.ROOT), s.label(), scope);
                b.setUserData(s);
                if (s == ExportSettings.Scope.SUBTREE && source.selection().isEmpty()) {
                    b.setDisable(true);
                    b.setText(Texts.t("export.exportDialog.selectAPositionFirst", s.label()));
                }
                if (s == ExportSettings.Scope.VIEW && source.view().isEmpty()) {
                    b.setDisable(true);
                    b.setText(s.label() + (source.changes() != null ? Texts.t("export.exportDialog.showTheProposalFirst") : Texts.t("export.exportDialog.notAvailable")));
                }
                scopes.getChildren().add(b);
            }
            if (source.changes() != null) {
                // A comparison is drawn as its window shows it: marks and their legend, no findings badges.
                badges.setDisable(true);
                badges.setText(Texts.t("export.exportDialog.findingsBadgesNotIn"));
                legend.setText(Texts.t("export.exportDialog.legendOfTiersAnd"));
            }
            title.setId("export-title");
            title.setPromptText(Texts.t("export.exportDialog.aHeadingAboveThe"));
            scale.setId("export-scale");
            scale.setEditable(true); // any scale from 0.1 to 4 may be typed, such as the largest a refusal names
            scale.setPrefWidth(80);
            paper.setId("export-paper");
            paper.getItems().setAll(PageSetup.Paper.values());
            paper.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(PageSetup.Paper p) {
                    return p == null ? "" : p.label();
                }

                @Override
                public PageSetup.Paper fromString(String s) {
                    return PageSetup.Paper.parse(s);
                }
            });
            orientation.setId("export-orientation");
            orientation.getItems().setAll(Texts.t("export.exportDialog.landscape"), Texts.t("export.exportDialog.portrait"));
            columns.setId("export-columns");
            rows.setId("export-rows");
            columns.setPrefWidth(70);
            rows.setPrefWidth(70);
            progress.setId("export-progress");
            progress.setPrefSize(22, 22);
            progress.setVisible(false);
            status.setId("export-status");
            export.setId("export-button");
            export.setDefaultButton(true);
            cancel.setId("export-cancel");
            cancel.setCancelButton(true);

            GridPane what = grid();
            what.addRow(0, heading(Texts.t("export.exportDialog.format")), formats);
            what.addRow(1, heading(Texts.t("export.exportDialog.part")), scopes);
            viewChoice.setId("export-view");
            viewChoice.getItems().add(Texts.t("views.export.shown"));
            Views.all(source.chart().settings()).forEach(v -> viewChoice.getItems().add(v.name()));
            viewChoice.getSelectionModel().select(0);
            viewChoice.setDisable(viewChoice.getItems().size() == 1);
            // The view sets what the cards show, so it comes before the boxes it ticks.
            what.addRow(2, heading(Texts.t("views.export.label")), viewChoice);
            what.addRow(3, heading(Texts.t("export.exportDialog.show")),
                    new VBox(4, holders, duties, badges, legend, includePrivate));
            what.addRow(4, heading(Texts.t("export.exportDialog.heading")), new VBox(4, title, date));
            pngBox = grid();
            pngBox.addRow(0, heading(Texts.t("export.exportDialog.pngScale")), new HBox(6, scale, new Label("×")));
            scaleNote.setId("export-scale-note");
            scaleNote.setWrapText(true);
            scaleNote.setPrefWidth(360);
            scaleNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            scaleFit.setId("export-scale-fit");
            scaleFit.setOnAction(e -> scale.getValueFactory().setValue(largestFitting));
            VBox tooLarge = new VBox(4, scaleNote, scaleFit);
            tooLarge.managedProperty().bind(tooLarge.visibleProperty());
            scaleFit.managedProperty().bind(scaleFit.visibleProperty());
            scaleNote.visibleProperty().bind(scaleNote.textProperty().isEmpty().not());
            tooLarge.visibleProperty().bind(scaleNote.visibleProperty());
            scaleNote.textProperty().addListener((o, a, b) -> {
                if (window.isShowing() && a.isEmpty() != b.isEmpty()) {
                    window.sizeToScene(); // room for the note, and none left when it goes
                }
            });
            pngBox.addRow(1, new Label(), tooLarge);
            pngBox.addRow(2, new Label(), transparent);
            pdfBox = grid();
            pdfBox.addRow(0, heading(Texts.t("export.exportDialog.pdfPaper")), new HBox(6, paper, orientation));
            pdfBox.addRow(1, heading(Texts.t("export.exportDialog.pages")), new VBox(4, onePage,
                    new HBox(6, grid, columns, new Label(Texts.t("export.exportDialog.across")), rows, new Label(Texts.t("export.exportDialog.down")))));
            pdfBox.addRow(2, new Label(), new VBox(4, analysisPage, analysisCost));
            analysisCost.disableProperty().bind(analysisPage.selectedProperty().not());
            slideSize.setId("export-slide-size");
            slideSize.getItems().setAll(SlideSize.values());
            deckBox = grid();
            deckBox.addRow(0, heading(Texts.t("export.exportDialog.slides")), slideSize);
            deckBox.addRow(1, new Label(), new VBox(4, deckWhole, deckFindings, deckPrivate, deckCharters));
            VBox left = new VBox(10, what, pngBox, pdfBox, deckBox);
            VBox right = new VBox(6, heading(Texts.t("export.exportDialog.preview")), preview);
            HBox body = new HBox(20, left, right);
            body.setPadding(new Insets(16));
            ButtonBar.setButtonData(export, ButtonBar.ButtonData.OK_DONE);
            // Its text changes with the format ("Export PPTX…"): a width shared with Cancel, fixed
            // when the dialog opens, would cut the longer ones off.
            ButtonBar.setButtonUniformSize(export, false);
            export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
            ButtonBar buttons = new ButtonBar();
            buttons.getButtons().addAll(export, cancel);
            HBox footer = new HBox(10, progress, status, buttons);
            HBox.setHgrow(buttons, javafx.scene.layout.Priority.ALWAYS);
            footer.setAlignment(Pos.CENTER_LEFT);
            footer.setPadding(new Insets(0, 16, 16, 16));
            Scene scene = new Scene(new BorderPane(body, null, null, footer, null));
            scene.getStylesheets().add(ExportDialog.class.getResource("/dev/orgwright/ui/orgwright.css").toExternalForm());
            window.setScene(scene);
            alignHeadings(body);

            load(settings);
            tickShownParts();
            format.selectedToggleProperty().addListener((o, a, b) -> changed());
            scope.selectedToggleProperty().addListener((o, a, b) -> changed());
            pages.selectedToggleProperty().addListener((o, a, b) -> changed());
            slideSize.valueProperty().addListener((o, a, b) -> changed());
            for (CheckBox c : new CheckBox[] {holders, duties, badges, legend, includePrivate, date, transparent, deckFindings,
                    deckPrivate, deckCharters, deckWhole, analysisPage, analysisCost}) {
                c.selectedProperty().addListener((o, a, b) -> changed());
            }
            // Typing a heading redraws the preview once the typing pauses, not at each key: the
            // preview lays the whole chart out, which takes a moment for a large one.
            javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(250));
            typing.setOnFinished(e -> changed());
            title.textProperty().addListener((o, a, b) -> {
                settings = remembered(read());
                typing.playFromStart();
            });
            scale.valueProperty().addListener((o, a, b) -> changed());
            paper.valueProperty().addListener((o, a, b) -> changed());
            orientation.valueProperty().addListener((o, a, b) -> changed());
            columns.valueProperty().addListener((o, a, b) -> changed());
            rows.valueProperty().addListener((o, a, b) -> changed());
            viewChoice.valueProperty().addListener((o, a, b) -> viewChosen());
            export.setOnAction(e -> export());
            cancel.setOnAction(e -> window.close());
            changed();
        }

        /** Sets the controls to {@code s}. */
        private void load(ExportSettings s) {
            loading = true;
            select(format, s.format());
            boolean unavailable = s.scope() == ExportSettings.Scope.SUBTREE && source.selection().isEmpty()
                    || s.scope() == ExportSettings.Scope.VIEW && source.view().isEmpty();
            ExportSettings.Scope wanted = unavailable ? ExportSettings.Scope.WHOLE : s.scope();
            select(scope, wanted);
            ExportOptions o = s.options();
            holders.setSelected(o.holders());
            duties.setSelected(o.duties());
            badges.setSelected(o.badges());
            legend.setSelected(o.legend());
            includePrivate.setSelected(o.includePrivate());
            title.setText(o.title().isEmpty() ? "" : o.title());
            date.setSelected(o.date() != null);
            transparent.setSelected(o.background() == ExportOptions.Background.TRANSPARENT);
            scale.getValueFactory().setValue(s.scale());
            paper.setValue(s.page().paper());
            orientation.setValue(s.page().landscape() ? Texts.t("export.exportDialog.landscape") : Texts.t("export.exportDialog.portrait"));
            (s.page().fitsOnePage() ? onePage : grid).setSelected(true);
            if (!s.page().fitsOnePage()) {
                columns.getValueFactory().setValue(s.page().columns());
                rows.getValueFactory().setValue(s.page().rows());
            }
            slideSize.setValue(deck.size());
            deckFindings.setSelected(deck.findings());
            deckPrivate.setSelected(deck.includePrivate());
            deckCharters.setSelected(deck.charters());
            deckWhole.setSelected(deck.wholeChart());
            loading = false;
        }

        /** The settings the controls show. */
        private ExportSettings read() {
            ExportOptions o = ExportOptions.DEFAULT.withHolders(holders.isSelected()).withDuties(duties.isSelected())
                    .withBadges(badges.isSelected()).withLegend(legend.isSelected()).withTitle(title.getText())
                    .withIncludePrivate(includePrivate.isSelected())
                    .withDate(date.isSelected() ? LocalDate.now() : null)
                    .withBackground(transparent.isSelected() ? ExportOptions.Background.TRANSPARENT
                            : ExportOptions.Background.WHITE);
            PageSetup page = new PageSetup(paper.getValue(), Texts.t("export.exportDialog.landscape").equals(orientation.getValue()),
                    grid.isSelected() ? columns.getValue() : 1, grid.isSelected() ? rows.getValue() : 1);
            return new ExportSettings((ExportFormat) format.getSelectedToggle().getUserData(),
                    (ExportSettings.Scope) scope.getSelectedToggle().getUserData(), o, scale.getValue(), page);
        }

        private void changed() {
            if (loading) {
                return;
            }
            ExportSettings shown = read();
            settings = remembered(shown);
            deck = new DeckChoices(slideSize.getValue(), deckFindings.isSelected(), deckPrivate.isSelected(),
                    deckCharters.isSelected(), deckWhole.isSelected());
            pngBox.setDisable(settings.format() != ExportFormat.PNG);
            pdfBox.setDisable(settings.format() != ExportFormat.PDF && settings.format() != ExportFormat.BOOK);
            deckBox.setDisable(settings.format() != ExportFormat.PPTX);
            // A deck always shows the whole chart; a view with a root shows that position's team.
            scopes.setDisable(settings.format() == ExportFormat.PPTX
                    || viewedSource() instanceof ViewedSource v && v.root().isPresent());
            // A book chooses its own pages; the paper and its orientation still apply.
            boolean bookPages = settings.format() == ExportFormat.BOOK;
            onePage.setDisable(bookPages);
            grid.setDisable(bookPages);
            columns.setDisable(bookPages || !grid.isSelected());
            rows.setDisable(bookPages || !grid.isSelected());
            export.setText(settings.format() == ExportFormat.BOOK ? Texts.t("export.book.button")
                    : Texts.t("export.exportDialog.export2", settings.format().name()));
            preview.show(viewed(shown).request(viewedSource()), shown.format(), deck,
                    analysisPage.isSelected() ? analysisCost.isSelected() : null);
            weighScale(shown);
        }

        /**
         * Says, next to the scale, when the PNG of the part and view chosen would be larger at
         * that scale than image programs open, and at which scale it will be written instead,
         * with a button that chooses that scale; says nothing when the scale fits.
         */
        private void weighScale(ExportSettings shown) {
            Optional<dev.orgwright.render.export.PngSize> size = shown.format() == ExportFormat.PNG
                    ? preview.sheetSize() : Optional.empty();
            double chosen = shown.scale();
            if (size.isEmpty() || size.get().fits(chosen)) {
                scaleNote.setText("");
                return;
            }
            dev.orgwright.render.export.PngSize png = size.get();
            if (!png.fitsAtSomeScale()) {
                scaleNote.setText(Texts.t("export.png.noScaleFits", chosen, png.width(chosen), png.height(chosen)));
                scaleFit.setVisible(false);
                return;
            }
            largestFitting = png.largestScale(chosen);
            scaleNote.setText(Texts.t("export.png.scaleNote", chosen, png.width(chosen), png.height(chosen),
                    largestFitting, png.width(largestFitting), png.height(largestFitting)));
            scaleFit.setText(Texts.t("export.png.useLargest", largestFitting));
            scaleFit.setVisible(true);
        }

        /** The saved view chosen in the dialog; empty for the window's own. */
        private Optional<SavedView> chosenView() {
            int index = viewChoice.getSelectionModel().getSelectedIndex();
            return index <= 0 ? Optional.empty() : Optional.of(Views.all(source.chart().settings()).get(index - 1));
        }

        /** What is exported: the window's chart as it shows it, or as the chosen view shows it. */
        private ExportSource viewedSource() {
            return chosenView().<ExportSource>map(v -> new ViewedSource(source, v)).orElse(source);
        }

        /**
         * A view with a root exports that position's team, whatever part is chosen; a deck, whose
         * part cannot be chosen, otherwise shows the whole chart as the view folds it.
         */
        private ExportSettings viewed(ExportSettings s) {
            return viewedSource() instanceof ViewedSource v && v.root().isPresent()
                    ? s.withScope(ExportSettings.Scope.SUBTREE)
                    : s.format() == ExportFormat.PPTX ? s.withScope(ExportSettings.Scope.WHOLE)
                    : s.scope() == ExportSettings.Scope.VIEW && viewedSource() != source ? s.withScope(ExportSettings.Scope.WHOLE) : s;
        }

        /** A view chosen: the parts it hides are unticked, the rest ticked, then the preview follows. */
        private void viewChosen() {
            tickShownParts();
            changed();
        }

        /**
         * Ticks the parts of the cards the chosen view shows and unticks those it hides. A saved
         * view's parts are its own; "as the window shows it", a part is ticked when the window
         * shows it (View → Show…) and the user did not untick it in the dialog before. The user
         * may change a box afterwards: the boxes are what is exported.
         */
        private void tickShownParts() {
            Optional<SavedView> view = chosenView();
            java.util.Set<String> hidden = view.map(v -> java.util.Set.copyOf(v.hide()))
                    .orElseGet(() -> source.hidden().orElse(java.util.Set.of()));
            ExportOptions own = view.isPresent() ? ExportOptions.DEFAULT : settings.options();
            boolean was = loading;
            loading = true;
            holders.setSelected(own.holders() && !hidden.contains(HOLDERS));
            if (!badges.isDisabled()) {
                badges.setSelected(own.badges() && !hidden.contains(BADGES));
            }
            legend.setSelected(own.legend() && !hidden.contains(LEGEND));
            loading = was;
        }

        /**
         * The choices to remember for the next export, print and presentation from {@code boxes},
         * what the dialog shows: a part unticked only because the window or a saved view leaves
         * it out keeps the user's own earlier choice, so that showing it in the window again
         * brings it back.
         */
        private ExportSettings remembered(ExportSettings boxes) {
            ExportOptions o = boxes.options();
            ExportOptions kept = settings.options();
            if (chosenView().isPresent()) {
                return boxes.withOptions(o.withHolders(kept.holders()).withBadges(kept.badges()).withLegend(kept.legend()));
            }
            java.util.Set<String> hidden = source.hidden().orElse(java.util.Set.of());
            return boxes.withOptions(o
                    .withHolders(o.holders() || hidden.contains(HOLDERS) && kept.holders())
                    .withBadges(o.badges() || hidden.contains(BADGES) && kept.badges())
                    .withLegend(o.legend() || hidden.contains(LEGEND) && kept.legend()));
        }

        /** Asks for a file, then writes it on a worker thread; the dialog closes when it is written. */
        private void export() {
            ExportSettings chosen = read();
            settings = remembered(chosen);
            DeckChoices deckChosen = new DeckChoices(slideSize.getValue(), deckFindings.isSelected(),
                    deckPrivate.isSelected(), deckCharters.isSelected(), deckWhole.isSelected());
            deck = deckChosen;
            ExportRequest request;
            try {
                request = viewed(chosen).request(viewedSource());
            } catch (IllegalArgumentException e) {
                dialogs.showError(FAILED, e.getMessage());
                return;
            }
            String name = chosen.suggestedName(source.name());
            Optional<Path> target = dialogs.chooseExportFile(name, chosen.format().extension());
            if (target.isEmpty()) {
                return;
            }
            busy(true, Texts.t("export.exportDialog.exportingTo", target.get().getFileName()));
            java.util.function.Supplier<dev.orgwright.render.export.ChartExporter> exporter =
                    chosen.format() == ExportFormat.PPTX ? deckChosen::exporter : chosen.format()::exporter;
            // A PNG too large at the scale chosen is written at the largest that fits, as the note said.
            java.util.concurrent.atomic.AtomicReference<dev.orgwright.render.export.PixelExporter> pixels =
                    new java.util.concurrent.atomic.AtomicReference<>();
            if (chosen.format() == ExportFormat.PNG) {
                exporter = () -> {
                    dev.orgwright.render.export.PixelExporter fitting = new FxPngExporter().fittingLimits();
                    pixels.set(fitting);
                    return fitting;
                };
            }
            if ((chosen.format() == ExportFormat.PDF || chosen.format() == ExportFormat.BOOK)
                    && analysisPage.isSelected()) {
                boolean cost = analysisCost.isSelected();
                boolean book = chosen.format() == ExportFormat.BOOK;
                dev.orgwright.model.Chart chart = source.chart();
                // Analysed on the worker thread, with the fonts: a large chart takes a moment.
                exporter = () -> {
                    dev.orgwright.render.AnalysisPage page = new dev.orgwright.render.AnalysisPage(
                            dev.orgwright.analysis.Analyzer.withDefaultBands().analyze(chart), cost);
                    return book ? ((dev.orgwright.render.export.BookExporter) ExportFormat.BOOK.exporter())
                            .withAnalysisPage(page)
                            : new dev.orgwright.render.export.PdfExporter(SharedFonts.get()).withAnalysisPage(page);
                };
            }
            ExportRun.start(exporter, request, target.get(), undrawn -> {
                busy(false, "");
                window.close();
                notice.accept(Optional.ofNullable(pixels.get()).flatMap(p -> p.reduction())
                        .map(r -> Texts.t("export.png.writtenAt", target.get().getFileName(), r.written(),
                                r.size().width(r.written()), r.size().height(r.written()), r.asked()))
                        .orElseGet(() -> Texts.t("export.exportDialog.exportedTo", target.get().getFileName())));
                if (!undrawn.isEmpty()) {
                    dialogs.showError(UNDRAWN, undrawnMessage(target.get(), undrawn));
                }
            }, message -> {
                busy(false, "");
                dialogs.showError(FAILED, message);
            });
        }

        private void busy(boolean on, String text) {
            progress.setVisible(on);
            status.setText(text);
            export.setDisable(on);
            ((BorderPane) window.getScene().getRoot()).getCenter().setDisable(on);
        }
    }

    /** The texts an export lost characters of, one line each, as {@code orgwright export} prints them. */
    static String undrawnMessage(Path target, List<dev.orgwright.render.export.UndrawnText> undrawn) {
        return undrawnList(Texts.t(undrawn.size() == 1 ? "export.exportDialog.undrawn.one" : "export.exportDialog.undrawn.many",
                target.getFileName(), undrawn.size()), undrawn);
    }

    /** {@code lead}, then each text that lost characters on a line of its own; printing tells it so too. */
    static String undrawnList(String lead, List<dev.orgwright.render.export.UndrawnText> undrawn) {
        StringBuilder b = new StringBuilder(lead);
        undrawn.forEach(u -> b.append('\n').append(u.describe()));
        return b.toString();
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        return g;
    }

    /**
     * Gives the headings of the dialog's groups one width, that of the widest, so that the
     * controls of every group start in one column whatever the language.
     */
    private static void alignHeadings(javafx.scene.Parent body) {
        body.applyCss();
        List<Label> headings = body.lookupAll(".pane-heading").stream().filter(Label.class::isInstance)
                .map(Label.class::cast).filter(l -> GridPane.getColumnIndex(l) != null).toList();
        double widest = headings.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0);
        headings.forEach(l -> l.setMinWidth(Math.ceil(widest)));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-heading");
        l.setMinWidth(80);
        return l;
    }

    private static CheckBox check(String id, String text) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        return c;
    }

    private static RadioButton radio(String id, String text, ToggleGroup group) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        return b;
    }

    private static void select(ToggleGroup group, Object data) {
        group.getToggles().stream().filter(t -> t.getUserData() == data).findFirst().ifPresent(t -> t.setSelected(true));
    }
}
