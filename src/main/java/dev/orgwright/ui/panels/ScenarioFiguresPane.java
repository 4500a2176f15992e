package dev.orgwright.ui.panels;

import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.analysis.ScenarioFigures;
import dev.orgwright.model.Chart;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.Texts;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Scenario → Figures Side by Side: the current state and every scenario in one table, the
 * figures {@code orgwright scenarios} prints. Follows every edit while open.
 */
public final class ScenarioFiguresPane {

    private final ChartWindowModel model;
    private final Validator validator = Validator.withDefaultRules();
    private final TableView<List<String>> table = new TableView<>();
    private final WindowChange.Listener follow = change -> refresh();

    public ScenarioFiguresPane(ChartWindowModel model) {
        this.model = model;
    }

    /** Opens the table in a window of its own beside {@code owner}. */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Texts.t("panels.scenarioFiguresPane.scenariosSideBySide"));
        table.setId("scenario-figures");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label note = new Label(Texts.t("panels.scenarioFiguresPane.costTotalsOnlyErrors"));
        BorderPane root = new BorderPane(table, null, null, note, null);
        stage.setScene(new Scene(root, 980, 320));
        stage.getScene().getStylesheets().add(ScenarioFiguresPane.class.getResource("/dev/orgwright/ui/orgwright.css")
                .toExternalForm());
        stage.setUserData(this);
        model.listen(EnumSet.of(Aspect.CHART, Aspect.DOCUMENT), follow);
        stage.setOnHidden(e -> model.removeListener(follow));
        refresh();
        dev.orgwright.ui.fx.WindowKeys.closeOnEscape(stage);
        stage.show();
        return stage;
    }

    /** The table as it is shown: a header and a row per design. */
    public AnalysisTables.Table figures() {
        Chart whole = model.session().whole();
        List<ScenarioFigures.Row> rows = ScenarioFigures.rows(whole, design -> {
            Validation v = validator.validate(design);
            return new ScenarioFigures.Findings(v.count(Severity.ERROR), v.count(Severity.WARNING));
        });
        return ScenarioFigures.table(rows, whole);
    }

    private void refresh() {
        AnalysisTables.Table t = figures();
        table.getColumns().clear();
        for (int i = 0; i < t.header().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(t.header().get(i));
            c.setSortable(false);
            c.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
            table.getColumns().add(c);
        }
        table.getItems().setAll(t.rows());
    }
}
