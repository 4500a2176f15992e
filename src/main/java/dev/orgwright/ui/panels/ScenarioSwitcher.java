package dev.orgwright.ui.panels;

import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.ScenarioCommands;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.Texts;
import java.util.EnumSet;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;

/**
 * The toolbar's choice of design: the current state and each scenario. Choosing one shows it
 * with its own undo history and findings; the list follows scenarios made, renamed and deleted.
 */
public final class ScenarioSwitcher extends ComboBox<String> {

    private final ScenarioCommands commands;
    private boolean refreshing;

    public ScenarioSwitcher(ChartWindowModel model, ScenarioCommands commands) {
        this.commands = commands;
        setId("scenario-switcher");
        setTooltip(new Tooltip(Texts.t("panels.scenarioSwitcher.theDesignShownThe")));
        setOnAction(e -> {
            if (!refreshing && getSelectionModel().getSelectedIndex() >= 0) {
                commands.show(getSelectionModel().getSelectedIndex());
            }
        });
        model.listen(EnumSet.of(Aspect.CHART, Aspect.DOCUMENT), change -> refresh());
        refresh();
    }

    /** Lists the designs again and selects the one shown, without showing anything. */
    void refresh() {
        refreshing = true;
        try {
            List<String> names = commands.designNames();
            if (!getItems().equals(names)) {
                getItems().setAll(names);
            }
            getSelectionModel().select(commands.shownIndex());
        } finally {
            refreshing = false;
        }
    }
}
