package dev.orgwright.ui.compare;

import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.analysis.Analyzer;
import dev.orgwright.analysis.Bridge;
import dev.orgwright.model.diff.Change;
import dev.orgwright.model.diff.ChangeKind;
import dev.orgwright.model.diff.ChartDiff;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Theme;
import dev.orgwright.rules.Finding;
import dev.orgwright.ui.export.ExportDialog;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Motion;
import dev.orgwright.ui.fx.Texts;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The comparison view: a bar with the current/proposed switch, a legend and the summary; the
 * chart canvas; beside it the list of changes (a click brings the change into view) and the
 * findings the proposal fixes and introduces. Switching sides animates the cards between the
 * two layouts (under reduced motion the other side shows at once). Export… draws the proposal
 * with its marks into PNG, SVG or PDF through the export dialog; Save Change List… writes the
 * changes as CSV or Markdown. "Show private values" (off whenever the window opens) names the old
 * and new values of a changed cost or private field in the list, and in a change list saved
 * meanwhile, and writes private values on the cards; otherwise the list says only that they changed.
 */
public final class ComparePane extends BorderPane {

    public static final Duration SWITCH_TIME = Duration.millis(450);

    private final CompareModel model;
    private final CompareCanvas canvas;
    private final ListView<Change> changes = new ListView<>();
    private final ListView<String> findings = new ListView<>();
    private final Label summary = new Label();
    /** The bridge from current to proposed and the spans and layers side by side, as {@code diff} prints them. */
    private final TextArea figures = new TextArea();
    private final BridgeView bridge = new BridgeView();
    private final Label notice = new Label();
    private final Dialogs dialogs;
    private final ExportDialog export;
    private final DoubleProperty progress = new SimpleDoubleProperty(1);
    private Timeline animation;

    public ComparePane(CompareModel model, Dialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.export = new ExportDialog(new ComparisonExportSource(model), dialogs, notice::setText,
                ComparisonExportSource.DEFAULTS);
        notice.setId("compare-notice");
        canvas = new CompareCanvas(model, Theme.LIGHT);
        summary.setId("compare-summary");
        changes.setId("change-list");
        findings.setId("findings-diff-list");
        changes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Change c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.description());
                setGraphic(empty || c == null ? null : swatch(c.kind().group()));
            }
        });
        changes.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && model.focused().orElse(null) != now) {
                model.focus(now);
            }
        });
        progress.addListener((o, was, now) -> model.setProgress(now.doubleValue()));

        ToggleGroup sides = new ToggleGroup();
        ToggleButton current = new ToggleButton(Texts.t("compare.comparePane.current"));
        current.setId("show-current");
        ToggleButton proposed = new ToggleButton(Texts.t("compare.comparePane.proposed"));
        proposed.setId("show-proposed");
        current.setToggleGroup(sides);
        proposed.setToggleGroup(sides);
        proposed.setSelected(true);
        current.setOnAction(e -> switchTo(CompareModel.Side.CURRENT, current, proposed));
        proposed.setOnAction(e -> switchTo(CompareModel.Side.PROPOSED, current, proposed));
        Button swap = new Button(Texts.t("compare.comparePane.swapSides"));
        swap.setId("swap-sides");
        swap.setOnAction(e -> model.swapSides());
        Button fit = new Button(Texts.t("compare.comparePane.fit"));
        fit.setOnAction(e -> model.fit());
        // Off whenever a comparison opens: private values are shown only while the user asks.
        CheckBox showPrivate = new CheckBox(Texts.t("compare.privateValues.show"));
        showPrivate.setId("compare-show-private");
        showPrivate.setTooltip(new Tooltip(Texts.t("compare.privateValues.tip")));
        showPrivate.setSelected(model.showsPrivate());
        showPrivate.setOnAction(e -> model.setShowPrivate(showPrivate.isSelected()));
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(current, proposed, swap, fit, showPrivate, legend(), spacer, summary);

        figures.setId("compare-figures");
        figures.setEditable(false);
        figures.setPrefRowCount(12);
        figures.setStyle("-fx-font-family: monospace;");
        VBox side = new VBox(new Label(Texts.t("compare.comparePane.changes")), changes, new Label(Texts.t("compare.comparePane.findings")), findings,
                new Label(Texts.t("compare.comparePane.headCountFteAnd")), figures, bridgeScroll());
        side.setPadding(new Insets(6));
        side.setSpacing(4);
        VBox.setVgrow(changes, Priority.ALWAYS);
        findings.setPrefHeight(160);
        SplitPane split = new SplitPane(canvas, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(side, false);
        HBox status = new HBox(notice);
        status.getStyleClass().add("status-bar");
        setTop(new VBox(menus(), bar));
        setCenter(split);
        setBottom(status);
        model.addListener(update -> {
            if (update == CompareModel.Update.COMPARISON) {
                refreshLists();
            }
            if (update != CompareModel.Update.VIEW) {
                showFocusInList();
            }
        });
        refreshLists();
    }

    private void showFocusInList() {
        Change focused = model.focused().orElse(null);
        if (focused != changes.getSelectionModel().getSelectedItem()) {
            if (focused == null) {
                changes.getSelectionModel().clearSelection();
            } else {
                changes.getSelectionModel().select(focused);
                changes.scrollTo(focused);
            }
        }
    }

    public CompareModel model() {
        return model;
    }

    public CompareCanvas canvas() {
        return canvas;
    }

    public ExportDialog exportDialog() {
        return export;
    }

    /** File: the comparison's outputs, and Close. */
    private MenuBar menus() {
        MenuItem exportItem = new MenuItem(Texts.t("compare.comparePane.export"));
        exportItem.setId("compare-export");
        exportItem.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportItem.setOnAction(e -> export());
        MenuItem saveList = new MenuItem(Texts.t("compare.comparePane.saveChangeList"));
        saveList.setId("save-change-list");
        saveList.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        saveList.setOnAction(e -> saveChangeList());
        MenuItem close = new MenuItem(Texts.t("compare.comparePane.close"));
        close.setAccelerator(KeyCombination.keyCombination("Shortcut+W"));
        close.setOnAction(e -> getScene().getWindow().hide());
        Menu file = new Menu(Texts.t("compare.comparePane.file"), null, exportItem, saveList, new SeparatorMenuItem(), close);
        file.setId("compare-file-menu");
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Opens the export dialog for the proposal with its changes marked. */
    void export() {
        if (getScene() != null) {
            export.show(getScene().getWindow());
        }
    }

    /** Asks for a file and writes the change list there; the status line says where it went. */
    void saveChangeList() {
        ChangeListFile.chooseAndSave(model.listed(), model.findings(), dialogs).ifPresent(file ->
                notice.setText(Texts.t("compare.comparePane.savedTheChangeList", file.getFileName())));
    }

    private void switchTo(CompareModel.Side side, ToggleButton current, ToggleButton proposed) {
        // A toggle group lets the selected button be clicked off; one side is always shown.
        current.setSelected(side == CompareModel.Side.CURRENT);
        proposed.setSelected(side == CompareModel.Side.PROPOSED);
        if (side == model.side()) {
            return;
        }
        if (animation != null) {
            animation.stop();
        }
        model.show(side);
        if (Motion.reduced()) {
            model.setProgress(1); // the switch is over as soon as it starts
            return;
        }
        progress.set(0);
        animation = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(progress, 0)),
                new KeyFrame(SWITCH_TIME, new KeyValue(progress, 1)));
        animation.play();
    }

    private void refreshLists() {
        changes.getItems().setAll(model.changes());
        findings.getItems().clear();
        for (Finding f : model.findings().fixed()) {
            findings.getItems().add(Texts.t("compare.comparePane.fixed", f.message()));
        }
        for (Finding f : model.findings().introduced()) {
            findings.getItems().add(Texts.t("compare.comparePane.introduced", f.message()));
        }
        summary.setText(model.summary());
        refreshFigures();
        bridge.show(model.diff());
    }

    /** The bridge and distributions as text; cost only while the user shows it, for it is private. */
    private void refreshFigures() {
        ChartDiff diff = model.diff();
        Analyzer analyzer = Analyzer.withDefaultBands();
        AnalysisTables.Table table = AnalysisTables.bridge(Bridge.of(diff), bridge.showsCost(),
                diff.newChart().settings().currency().orElse(null));
        if (!bridge.showsCost()) {
            table = new AnalysisTables.Table(table.title(), table.header(), table.rows().subList(0, 2));
        }
        figures.setText(AnalysisTables.text(table) + "\n"
                + AnalysisTables.text(AnalysisTables.distributions(analyzer.analyze(diff.oldChart()),
                analyzer.analyze(diff.newChart()))));
    }

    private javafx.scene.control.ScrollPane bridgeScroll() {
        bridge.onShowCost(this::refreshFigures);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(bridge);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(300);
        return scroll;
    }

    private static HBox legend() {
        HBox legend = new HBox(10);
        legend.setId("legend");
        legend.getChildren().addAll(legendItem(Texts.t("compare.comparePane.added"), ChangeKind.Group.ADDED),
                legendItem(Texts.t("compare.comparePane.removed"), ChangeKind.Group.REMOVED), legendItem(Texts.t("compare.comparePane.moved"), ChangeKind.Group.MOVED),
                legendItem(Texts.t("compare.comparePane.changed"), ChangeKind.Group.CHANGED), legendItem(Texts.t("compare.comparePane.duties"), ChangeKind.Group.DUTIES));
        return legend;
    }

    private static Label legendItem(String text, ChangeKind.Group group) {
        Label label = new Label(text, swatch(group));
        label.getStyleClass().add("legend-item");
        return label;
    }

    static Rectangle swatch(ChangeKind.Group group) {
        Rgba c = ChangeMarks.Colours.LIGHT.of(group);
        Rectangle r = new Rectangle(12, 12, Color.rgb(c.red(), c.green(), c.blue(), c.opacity()));
        r.setArcWidth(4);
        r.setArcHeight(4);
        return r;
    }
}
