package dev.orgwright.ui.panels;

import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.analysis.AnalysisTables.By;
import dev.orgwright.io.AtomicFileWriter;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import dev.orgwright.ui.panels.AnalysisModel.Bar;
import dev.orgwright.ui.panels.AnalysisModel.ManagerSpan;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View → Analysis: the figures people would rather look at than read. Managers per span band,
 * positions per layer by tier, head count, FTE and cost by tier or department, the widest and
 * the narrowest spans (a click selects the manager). Follows every edit while open.
 */
public final class AnalysisPane {

    private final ChartWindowModel model;
    private final Dialogs dialogs;
    private final AnalysisModel analysis;
    private final CheckBox includePrivate = new CheckBox(Texts.t("panels.analysisPane.includePrivateValuesThe"));
    private final VBox headlines = new VBox(2);
    private final BarChart<String, Number> spans = barChart(Texts.t("panels.analysisPane.managersPerSpanBand"), Texts.t("panels.analysisPane.span"), Texts.t("panels.analysisPane.managers"));
    private final StackedBarChart<String, Number> layers = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<Number, String> headCount = sideways(Texts.t("panels.analysisPane.headCountAndFte"));
    private final BarChart<Number, String> cost = sideways(Texts.t("panels.analysisPane.cost"));
    private final Label noCost = new Label(Texts.t("panels.analysisPane.noPositionHasA"));
    private final ComboBox<By> groupBy = new ComboBox<>();
    private final ListView<ManagerSpan> widest = new ListView<>();
    private final ListView<ManagerSpan> narrowest = new ListView<>();
    private final WindowChange.Listener follow = change -> refresh();
    private boolean updating;

    public AnalysisPane(ChartWindowModel model, Dialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.analysis = new AnalysisModel(model.chart());
    }

    /** Opens the analysis in a window of its own beside {@code owner}. */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Texts.t("panels.analysisPane.analysis"));
        stage.setScene(new Scene(content(), 1160, 740));
        stage.getScene().getStylesheets().add(AnalysisPane.class.getResource("/dev/orgwright/ui/orgwright.css")
                .toExternalForm());
        model.listen(EnumSet.of(Aspect.CHART), follow);
        stage.setOnHidden(e -> model.removeListener(follow));
        refresh();
        dev.orgwright.ui.fx.WindowKeys.closeOnEscape(stage);
        stage.show();
        return stage;
    }

    private ScrollPane content() {
        headlines.setId("analysis-headlines");
        spans.setId("analysis-spans");
        layers.setId("analysis-layers");
        layers.setTitle(Texts.t("panels.analysisPane.positionsPerLayerBy"));
        layers.setAnimated(false);
        layers.setPrefSize(400, 290);
        ((CategoryAxis) layers.getXAxis()).setLabel(Texts.t("panels.analysisPane.layer"));
        ((NumberAxis) layers.getYAxis()).setLabel(Texts.t("panels.analysisPane.positions"));
        headCount.setId("analysis-head-count");
        cost.setId("analysis-cost");
        groupBy.setId("analysis-group-by");
        groupBy.getItems().setAll(By.TIER, By.DEPARTMENT);
        groupBy.setValue(By.TIER);
        groupBy.setButtonCell(byCell());
        groupBy.setCellFactory(v -> byCell());
        groupBy.setOnAction(e -> refresh());
        for (ListView<ManagerSpan> list : List.of(widest, narrowest)) {
            list.setPrefHeight(250);
            list.setCellFactory(v -> new ListCell<>() {
                @Override
                protected void updateItem(ManagerSpan m, boolean empty) {
                    super.updateItem(m, empty);
                    setText(empty || m == null ? null : m.text());
                }
            });
            list.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
                if (!updating && m != null && model.chart().contains(m.id())) {
                    model.select(m.id());
                    model.view().bringIntoView(m.id());
                }
            });
        }
        widest.setId("analysis-widest");
        narrowest.setId("analysis-narrowest");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.add(spans, 0, 0);
        grid.add(layers, 1, 0);
        grid.add(headCount, 0, 1);
        noCost.setWrapText(true);
        noCost.setMaxWidth(360);
        noCost.getStyleClass().add("caption");
        grid.add(new javafx.scene.layout.StackPane(cost, noCost), 1, 1);
        VBox side = new VBox(6, new HBox(8, new Label(Texts.t("panels.analysisPane.groupBy")), groupBy), caption(Texts.t("panels.analysisPane.widestSpans")), widest,
                caption(Texts.t("panels.analysisPane.narrowestSpans")), narrowest);
        side.setPrefWidth(320);
        side.setMinWidth(280);
        Button csv = new Button(Texts.t("panels.analysisPane.saveAsCsv"));
        csv.setId("analysis-save-csv");
        csv.setOnAction(e -> save("csv"));
        Button markdown = new Button(Texts.t("panels.analysisPane.saveAsMarkdown"));
        markdown.setId("analysis-save-markdown");
        markdown.setOnAction(e -> save("md"));
        includePrivate.setId("analysis-include-private");
        HBox actions = new HBox(8, csv, markdown, includePrivate);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox body = new VBox(12, headlines, actions, new HBox(12, grid, side));
        body.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setId("analysis");
        return scroll;
    }

    /** Shows the figures of the chart as it is now. */
    private void refresh() {
        updating = true;
        try {
            analysis.update(model.chart());
            headlines.getChildren().setAll(analysis.headlines().stream().map(AnalysisPane::headline).toList());
            show(spans, List.of(Map.entry(Texts.t("panels.analysisPane.managers"), analysis.spanHistogram())));
            layers.getData().setAll(analysis.layerPyramid().entrySet().stream().map(e -> series(e.getKey(), e.getValue()))
                    .toList());
            By by = groupBy.getValue();
            showSideways(headCount, List.of(Map.entry(Texts.t("panels.analysisPane.positions"), analysis.headCount(by)),
                    Map.entry(Texts.t("panels.analysisPane.fte"), analysis.fte(by))));
            List<Bar> costs = analysis.cost(by);
            cost.setTitle(Texts.t("panels.analysisPane.cost2", model.chart().settings().currency().map(c -> " (" + c + ")").orElse("")));
            List<Map.Entry<String, List<Bar>>> costSeries = new java.util.ArrayList<>();
            if (!costs.isEmpty()) {
                costSeries.add(Map.entry(Texts.t("panels.analysisPane.cost"), costs));
            }
            List<AnalysisModel.Budget> budgets = analysis.budgets(by);
            if (!budgets.isEmpty()) {
                // The budgets the chart sets, beside the cost of the same groups.
                costSeries.add(Map.entry(Texts.t("panels.analysisPane.budget"), budgets.stream().map(b -> new Bar(b.group(), b.budget())).toList()));
                cost.setTitle(Texts.t("panels.analysisPane.againstBudget", cost.getTitle()));
            }
            showSideways(cost, costSeries);
            cost.setVisible(!costs.isEmpty());
            noCost.setVisible(costs.isEmpty());
            widest.getItems().setAll(analysis.extremes(true));
            narrowest.getItems().setAll(analysis.extremes(false));
        } finally {
            updating = false;
        }
    }

    /**
     * Writes the analysis where the user says: as CSV one row per position with its layer, span
     * and roll-ups; as Markdown the summary and the breakdowns by tier, department and layer.
     * Team costs only when the user includes private values.
     */
    private void save(String extension) {
        String base = model.chart().title().isBlank() ? "chart" : model.chart().title().strip();
        dialogs.chooseExportFile(Texts.t("panels.analysisPane.analysis2", base, extension), extension).ifPresent(target -> {
            AnalysisTables tables = new AnalysisTables(analysis.analysis(),
                    includePrivate.isSelected() ? AnalysisTables.Costs.ALL : AnalysisTables.Costs.TOTALS);
            String text;
            if (extension.equals("csv")) {
                text = AnalysisTables.csv(tables.positions());
            } else {
                StringBuilder md = new StringBuilder(Texts.t("panels.analysisPane.markdownHeading", model.chart().title()) + "\n\n");
                md.append(AnalysisTables.markdown(tables.summary()));
                for (By by : List.of(By.TIER, By.DEPARTMENT, By.LAYER)) {
                    md.append('\n').append(AnalysisTables.markdown(tables.breakdown(by)));
                }
                text = md.toString();
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            try {
                AtomicFileWriter.write(target, out -> out.write(bytes));
                model.setNotice(Texts.t("panels.analysisPane.savedTheAnalysisTo", target.getFileName()));
            } catch (SaveFailedException e) {
                dialogs.showError(Texts.t("panels.analysisPane.theAnalysisWasNot"), e.getMessage());
            }
        });
    }

    /** The analysis shown, for tests. */
    public AnalysisModel model() {
        return analysis;
    }

    private static void show(XYChart<String, Number> chart, List<Map.Entry<String, List<Bar>>> data) {
        chart.getData().setAll(data.stream().map(e -> series(e.getKey(), e.getValue())).toList());
    }

    private static void showSideways(XYChart<Number, String> chart, List<Map.Entry<String, List<Bar>>> data) {
        chart.getData().setAll(data.stream().map(e -> {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(e.getKey());
            // The first group reads at the top, as in a table.
            List<Bar> bars = new java.util.ArrayList<>(e.getValue());
            java.util.Collections.reverse(bars);
            for (Bar b : bars) {
                s.getData().add(new XYChart.Data<>(b.value(), b.label()));
            }
            return s;
        }).toList());
    }

    private static BarChart<Number, String> sideways(String title) {
        BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setPrefSize(400, 290);
        return chart;
    }

    private static XYChart.Series<String, Number> series(String name, List<Bar> bars) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (Bar b : bars) {
            s.getData().add(new XYChart.Data<>(b.label(), b.value()));
        }
        return s;
    }

    private static BarChart<String, Number> barChart(String title, String x, String y) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.getXAxis().setLabel(x);
        chart.getYAxis().setLabel(y);
        chart.setPrefSize(400, 290);
        return chart;
    }

    private static ListCell<By> byCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(By by, boolean empty) {
                super.updateItem(by, empty);
                setText(empty || by == null ? null : by == By.TIER ? Texts.t("panels.analysisPane.tier") : Texts.t("panels.analysisPane.department"));
            }
        };
    }

    private static Label headline(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("analysis-headline");
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-heading");
        return l;
    }
}
