package dev.orgwright.ui.compare;

import dev.orgwright.analysis.Analysis;
import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.analysis.Analyzer;
import dev.orgwright.analysis.Bridge;
import dev.orgwright.model.diff.ChartDiff;
import dev.orgwright.ui.fx.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The comparison's figures as pictures: the head count bridge from current to proposed as a small
 * waterfall (added, closed, then the moved and changed positions kept), the cost bridge beside
 * it only when the user ticks "Show cost" (cost is private), and the managers per span band and
 * positions per layer of both charts side by side.
 */
final class BridgeView extends VBox {

    /**
     * One bar of a waterfall: it runs from {@code from} to {@code to}; a total starts at 0, a
     * step where the one before it ended.
     *
     * @param key   names the bar in ids ({@code compare-bridge-positions-added})
     * @param name  what the bar is, under it
     * @param shown the figure written over it
     */
    record Step(String key, String name, double from, double to, String shown) {
    }

    private static final double PLOT_W = 300;
    private static final double PLOT_H = 110;

    private final CheckBox showCost = new CheckBox(Texts.t("analysis.compare.showCost"));
    private final Pane positions = plot("compare-bridge-positions");
    private final Pane cost = plot("compare-bridge-cost");
    private final Label costHidden = new Label(Texts.t("analysis.compare.costHidden"));
    private final BarChart<String, Number> bands = chart("compare-span-bands", Texts.t("analysis.compare.spanBands"));
    private final BarChart<String, Number> layers = chart("compare-layers", Texts.t("analysis.compare.layers"));
    private ChartDiff diff;
    private Runnable costShown = () -> { };

    BridgeView() {
        super(4);
        setId("compare-bridge");
        showCost.setId("compare-show-cost");
        showCost.setOnAction(e -> {
            refresh();
            costShown.run();
        });
        costHidden.setId("compare-cost-hidden");
        costHidden.setWrapText(true);
        getChildren().addAll(new Label(Texts.t("analysis.compare.bridge")), positions, showCost, cost, costHidden,
                new HBox(4, bands, layers));
    }

    /** Shows the figures of {@code comparison}. */
    void show(ChartDiff comparison) {
        this.diff = comparison;
        refresh();
    }

    /** Runs {@code r} after the user shows or hides the cost. */
    void onShowCost(Runnable r) {
        costShown = r;
    }

    /** Whether the cost bridge is shown. */
    boolean showsCost() {
        return showCost.isSelected();
    }

    private void refresh() {
        if (diff == null) {
            return;
        }
        Bridge b = Bridge.of(diff);
        draw(positions, positionSteps(b));
        boolean withCost = showCost.isSelected();
        cost.setVisible(withCost);
        cost.setManaged(withCost);
        costHidden.setVisible(!withCost);
        costHidden.setManaged(!withCost);
        draw(cost, withCost ? costSteps(b, diff.newChart().settings().currency().orElse(null)) : List.of());
        Analyzer analyzer = Analyzer.withDefaultBands();
        Analysis before = analyzer.analyze(diff.oldChart());
        Analysis after = analyzer.analyze(diff.newChart());
        List<String> bandNames = before.spanBands().stream().map(c -> c.band().label()).toList();
        bands.getData().setAll(series(Texts.t("analysis.compare.current"), bandNames,
                        before.spanBands().stream().map(Analysis.BandCount::managers).toList()),
                series(Texts.t("analysis.compare.proposed"), bandNames,
                        after.spanBands().stream().map(Analysis.BandCount::managers).toList()));
        int deepest = Math.max(before.layers(), after.layers());
        List<String> layerNames = new ArrayList<>();
        for (int l = 1; l <= deepest; l++) {
            layerNames.add(String.valueOf(l));
        }
        layers.getData().setAll(series(Texts.t("analysis.compare.current"), layerNames, before.positionsPerLayer()),
                series(Texts.t("analysis.compare.proposed"), layerNames, after.positionsPerLayer()));
    }

    /** Current, added, closed, moved and changed (kept: no change of head count), proposed. */
    static List<Step> positionSteps(Bridge b) {
        double now = b.before().positions();
        double added = now + b.added();
        double closed = added - b.closed();
        return List.of(
                new Step("current", Texts.t("analysis.compare.current"), 0, now, String.valueOf(b.before().positions())),
                new Step("added", Texts.t("analysis.compare.added"), now, added, "+" + b.added()),
                new Step("closed", Texts.t("analysis.compare.closed"), added, closed, "−" + b.closed()),
                new Step("moved", Texts.t("analysis.compare.moved"), closed, closed, String.valueOf(b.moved())),
                new Step("changed", Texts.t("analysis.compare.changed"), closed, closed, String.valueOf(b.changed())),
                new Step("proposed", Texts.t("analysis.compare.proposed"), 0, b.after().positions(),
                        String.valueOf(b.after().positions())));
    }

    /** Current cost, what added positions bring, what closed ones take away, the change on those kept, proposed. */
    static List<Step> costSteps(Bridge b, String currency) {
        double now = b.before().cost().doubleValue();
        double added = now + b.costAdded().doubleValue();
        double closed = added - b.costClosed().doubleValue();
        double changed = closed + b.costChanged().doubleValue();
        String unit = currency == null ? "" : " " + currency;
        return List.of(
                new Step("current", Texts.t("analysis.compare.current"), 0, now, whole(b.before().cost()) + unit),
                new Step("added", Texts.t("analysis.compare.added"), now, added, "+" + whole(b.costAdded())),
                new Step("closed", Texts.t("analysis.compare.closed"), added, closed, "−" + whole(b.costClosed())),
                new Step("changed", Texts.t("analysis.compare.changed"), closed, changed,
                        (b.costChanged().signum() < 0 ? "−" : "+") + whole(b.costChanged().abs())),
                new Step("proposed", Texts.t("analysis.compare.proposed"), 0, b.after().cost().doubleValue(),
                        whole(b.after().cost()) + unit));
    }

    private static String whole(BigDecimal n) {
        return AnalysisTables.number(n.setScale(0, java.math.RoundingMode.HALF_UP));
    }

    /** Draws {@code steps} into {@code plot} as floating bars, each with its figure over it and its name under it. */
    private static void draw(Pane plot, List<Step> steps) {
        plot.getChildren().clear();
        double top = 1;
        for (Step s : steps) {
            top = Math.max(top, Math.max(s.from(), s.to()));
        }
        double slot = PLOT_W / Math.max(1, steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            double high = PLOT_H * (1 - Math.max(s.from(), s.to()) / top);
            double height = Math.max(1.5, PLOT_H * Math.abs(s.to() - s.from()) / top);
            Region bar = new Region();
            bar.setId(plot.getId() + "-" + s.key());
            bar.getStyleClass().addAll("bridge-bar", s.from() == 0 ? "bridge-total"
                    : s.to() > s.from() ? "bridge-up" : s.to() < s.from() ? "bridge-down" : "bridge-level");
            bar.setStyle("-fx-background-color: " + (s.from() == 0 ? "#667085" : s.to() > s.from() ? "#12B76A"
                    : s.to() < s.from() ? "#F04438" : "#98A2B3") + ";");
            bar.setMinSize(slot * 0.6, height);
            bar.setPrefSize(slot * 0.6, height);
            bar.setMaxSize(slot * 0.6, height);
            bar.relocate(i * slot + slot * 0.2, 16 + high);
            Label figure = new Label(s.shown());
            figure.setId(plot.getId() + "-" + s.key() + "-figure");
            figure.getStyleClass().add("bridge-figure");
            figure.setLayoutX(i * slot + 2);
            figure.setLayoutY(high);
            Label name = new Label(s.name());
            name.getStyleClass().add("caption");
            name.setLayoutX(i * slot + 2);
            name.setLayoutY(PLOT_H + 20);
            plot.getChildren().addAll(bar, figure, name);
        }
    }

    private static Pane plot(String id) {
        Pane p = new Pane();
        p.setId(id);
        p.setMinSize(PLOT_W, PLOT_H + 40);
        p.setPrefSize(PLOT_W, PLOT_H + 40);
        return p;
    }

    private static BarChart<String, Number> chart(String id, String title) {
        BarChart<String, Number> c = new BarChart<>(new CategoryAxis(), new NumberAxis());
        c.setId(id);
        c.setTitle(title);
        c.setAnimated(false);
        c.setPrefSize(190, 170);
        c.setLegendVisible(true);
        return c;
    }

    private static XYChart.Series<String, Number> series(String name, List<String> labels, List<Integer> values) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int i = 0; i < labels.size(); i++) {
            s.getData().add(new XYChart.Data<>(labels.get(i), i < values.size() ? values.get(i) : 0));
        }
        return s;
    }
}
