package dev.orgwright.ui.panels;

import dev.orgwright.rules.Finding;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.FxFonts;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/**
 * The findings of the chart, live: severity, position and message, with a Fix button where the
 * finding has a fix. Clicking a finding selects its position and brings it into view; filters
 * narrow the list by severity and by rule.
 */
public final class FindingsPane extends BorderPane {

    static final String ALL_SEVERITIES = "All severities";
    static final String ALL_RULES = "All rules";

    private final ChartWindowModel model;
    private final ListView<Finding> list = new ListView<>();
    private final ComboBox<String> severity = new ComboBox<>();
    private final ComboBox<String> rule = new ComboBox<>();
    private final Label heading = new Label();
    private Validation shown;
    private final javafx.animation.PauseTransition pending =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(60));

    public FindingsPane(ChartWindowModel model) {
        this.model = model;
        setId("findings-pane");
        getStyleClass().add("findings-pane");
        list.setId("findings-list");
        list.setCellFactory(v -> new FindingCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            if (f != null && f.positionId() != null && model.chart().contains(f.positionId())) {
                model.select(f.positionId());
                model.view().bringIntoView(f.positionId());
            }
        });
        severity.setId("severity-filter");
        severity.getItems().addAll(ALL_SEVERITIES, "Errors", "Warnings", "Notes");
        severity.setValue(ALL_SEVERITIES);
        severity.setOnAction(e -> refresh(true));
        rule.setId("rule-filter");
        rule.setValue(ALL_RULES);
        rule.setOnAction(e -> refresh(true));
        heading.getStyleClass().add("pane-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, spacer, severity, rule);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        setTop(bar);
        setCenter(list);
        setPrefHeight(190);
        // The list follows the chart a moment after each change, once the canvas has shown it:
        // rebuilding 50,000 rows must not hold up the frame that shows a drop. Changes in quick
        // succession are gathered into one rebuild.
        pending.setOnFinished(e -> refresh(false));
        model.listen(EnumSet.of(Aspect.CHART), change -> {
            if (model.validation() != shown && pending.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                pending.playFromStart();
            }
        });
        refresh(true);
    }

    ListView<Finding> list() {
        return list;
    }

    private void refresh(boolean force) {
        Validation v = model.validation();
        if (!force && v == shown) {
            return;
        }
        shown = v;
        List<Finding> all = v.all();
        TreeSet<String> ruleIds = new TreeSet<>();
        all.forEach(f -> ruleIds.add(f.ruleId()));
        String chosenRule = rule.getValue();
        if (!rule.getItems().equals(concat(ruleIds))) {
            rule.getItems().setAll(concat(ruleIds));
            rule.setValue(ruleIds.contains(chosenRule) ? chosenRule : ALL_RULES);
        }
        Severity only = switch (severity.getValue()) {
            case "Errors" -> Severity.ERROR;
            case "Warnings" -> Severity.WARNING;
            case "Notes" -> Severity.INFO;
            default -> null;
        };
        String onlyRule = ALL_RULES.equals(rule.getValue()) ? null : rule.getValue();
        // Errors first, then warnings, then notes; in tree order within each.
        list.setItems(FXCollections.observableArrayList(all.stream()
                .filter(f -> only == null || f.severity() == only)
                .filter(f -> onlyRule == null || f.ruleId().equals(onlyRule))
                .sorted(java.util.Comparator.comparing(Finding::severity))
                .toList()));
        heading.setText("Findings: " + count(v.count(Severity.ERROR), "error") + ", "
                + count(v.count(Severity.WARNING), "warning") + ", " + count(v.count(Severity.INFO), "note"));
    }

    private static List<String> concat(TreeSet<String> ruleIds) {
        java.util.ArrayList<String> items = new java.util.ArrayList<>();
        items.add(ALL_RULES);
        items.addAll(ruleIds);
        return items;
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** One finding: a coloured dot, the position's title, the message, and a Fix button. */
    private final class FindingCell extends ListCell<Finding> {
        private final Circle dot = new Circle(5);
        private final Label position = new Label();
        private final Label message = new Label();
        private final Button fix = new Button("Fix");
        private final HBox row;

        FindingCell() {
            position.getStyleClass().add("finding-position");
            message.getStyleClass().add("finding-message");
            message.setMaxWidth(Double.MAX_VALUE);
            message.setMinWidth(0); // a long message is cut short with "…", so Fix stays in view
            HBox.setHgrow(message, Priority.ALWAYS);
            setPrefWidth(0); // rows take the list's width: no sideways scrolling
            fix.getStyleClass().add("fix-button");
            fix.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            row = new HBox(8, dot, position, message, fix);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            dot.setFill(FxFonts.color(switch (f.severity()) {
                case ERROR -> dev.orgwright.render.Theme.LIGHT.marks().error();
                case WARNING -> dev.orgwright.render.Theme.LIGHT.marks().warning();
                case INFO -> dev.orgwright.render.Theme.LIGHT.marks().info();
            }));
            position.setText(f.position().flatMap(id -> model.chart().find(id)).map(p -> p.title()).orElse("Chart"));
            message.setText(f.message());
            setTooltip(new Tooltip(f.severity().id() + " · " + f.ruleId() + "\n" + f.explanation()));
            fix.setVisible(f.fix().isPresent());
            fix.setManaged(f.fix().isPresent());
            f.fix().ifPresent(x -> {
                fix.setTooltip(new Tooltip(x.label(model.chart())));
                fix.setOnAction(e -> model.applyOrExplain(x.edit()));
            });
            setGraphic(row);
        }
    }
}
