package dev.orgwright.ui.panels;

import dev.orgwright.rules.Finding;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.FxFonts;
import dev.orgwright.ui.fx.Texts;
import java.util.EnumSet;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/**
 * The findings of the chart, live: severity, position and message, with a Fix button where the
 * finding has a fix. Clicking a finding selects its position and brings it into view; filters
 * narrow the list by severity and by rule. What is listed, and how, is the {@link FindingsFilter}'s.
 * The Details toggle shows, below the list, why the selected finding was raised and the figures
 * behind it (scores, confidences), which the plain message leaves out.
 */
public final class FindingsPane extends BorderPane {

    private final ChartWindowModel model;
    private final FindingsFilter filter = new FindingsFilter();
    private final ListView<Finding> list = new ListView<>();
    private final ComboBox<String> severity = new ComboBox<>();
    private final ComboBox<String> rule = new ComboBox<>();
    private final Label heading = new Label();
    private final ToggleButton detailsToggle = new ToggleButton(Texts.t("findings.details.toggle"));
    private final Label details = new Label();
    /** Set while the filters are filled from the findings, so that filling them is not taken for a choice. */
    private boolean updating;
    private final javafx.animation.PauseTransition pending =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(60));

    public FindingsPane(ChartWindowModel model) {
        this.model = model;
        setId("findings-pane");
        getStyleClass().add("findings-pane");
        list.setId("findings-list");
        list.setCellFactory(v -> new FindingCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            showDetails(f);
            if (f != null && f.positionId() != null && model.chart().contains(f.positionId())) {
                model.select(f.positionId());
                model.view().bringIntoView(f.positionId());
            }
        });
        severity.setId("severity-filter");
        severity.getItems().setAll(filter.severityChoices());
        severity.setValue(filter.severityChoice());
        severity.setOnAction(e -> {
            if (!updating) {
                filter.chooseSeverity(severity.getValue());
                showList();
            }
        });
        rule.setId("rule-filter");
        rule.setValue(filter.ruleChoice());
        rule.setOnAction(e -> {
            if (!updating) {
                filter.chooseRule(rule.getValue());
                showList();
            }
        });
        heading.getStyleClass().add("pane-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        detailsToggle.setId("findings-details-toggle");
        detailsToggle.setTooltip(new Tooltip(Texts.t("findings.details.tooltip")));
        details.setId("finding-details");
        details.setWrapText(true);
        details.setPadding(new Insets(4, 8, 4, 8));
        details.visibleProperty().bind(detailsToggle.selectedProperty());
        details.managedProperty().bind(detailsToggle.selectedProperty());
        showDetails(null);
        setBottom(details);
        HBox bar = new HBox(8, heading, spacer, severity, rule, detailsToggle);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        setTop(bar);
        setCenter(list);
        setPrefHeight(190);
        // The list follows the chart a moment after each change, once the canvas has shown it:
        // rebuilding 50,000 rows must not hold up the frame that shows a drop. Changes in quick
        // succession are gathered into one rebuild.
        pending.setOnFinished(e -> follow());
        model.listen(EnumSet.of(Aspect.CHART), change -> scheduleFollow());
        follow();
    }

    private void scheduleFollow() {
        if (model.validation() != filter.shown() && pending.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            pending.playFromStart();
        }
    }

    /** Shows the findings of the chart as it is now. */
    private void follow() {
        if (model.validation() == filter.shown()) {
            return;
        }
        filter.show(model.validation());
        updating = true;
        try {
            if (!rule.getItems().equals(filter.ruleChoices())) {
                rule.getItems().setAll(filter.ruleChoices());
            }
            rule.setValue(filter.ruleChoice());
        } finally {
            updating = false;
        }
        heading.setText(filter.heading());
        showList();
    }

    /** Why {@code f} was raised and the figures behind it, or a hint to select one. */
    private void showDetails(Finding f) {
        if (f == null) {
            details.setText(Texts.t("findings.details.none"));
            return;
        }
        String why = Texts.t("findings.details.why", f.explanation());
        details.setText(f.details().isEmpty() ? why + "\n" + Texts.t("findings.details.noFigures")
                : why + "\n" + Texts.t("findings.details.figures", f.details()));
    }

    private void showList() {
        list.setItems(FXCollections.observableArrayList(filter.listed()));
    }

    /** One finding: a coloured dot, the position's title, the message, and a Fix button. */
    private final class FindingCell extends ListCell<Finding> {
        private final Circle dot = new Circle(5);
        private final Label position = new Label();
        private final Label message = new Label();
        private final Button fix = new Button(Texts.t("panels.findingsPane.fix"));
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
            FindingsFilter.Row shown = filter.row(f);
            dot.setFill(FxFonts.color(switch (shown.severity()) {
                case ERROR -> dev.orgwright.render.Theme.LIGHT.marks().error();
                case WARNING -> dev.orgwright.render.Theme.LIGHT.marks().warning();
                case INFO -> dev.orgwright.render.Theme.LIGHT.marks().info();
            }));
            position.setText(shown.position());
            message.setText(shown.message());
            setTooltip(new Tooltip(shown.details()));
            fix.setVisible(shown.fix().isPresent());
            fix.setManaged(shown.fix().isPresent());
            shown.fix().ifPresent(label -> fix.setTooltip(new Tooltip(label)));
            f.fix().ifPresent(x -> fix.setOnAction(e -> model.applyOrExplain(x.edit())));
            setGraphic(row);
        }
    }
}
