package dev.orgwright.ui.panels;

import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.Texts;
import java.util.EnumSet;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View → Accountability: who is responsible (R), accountable (A), consulted (C) and informed (I)
 * for each responsibility of the catalog, position by position. Rows that nobody answers for are
 * tinted red, rows with several accountable positions amber. Every change of a cell is one edit
 * through the window's command path, so Edit → Undo takes it back; the matrix follows every edit.
 */
public final class AccountabilityPane {

    private final ChartWindowModel model;
    private final AccountabilityMatrix matrix;
    private final AccountabilityGrid grid;
    private final ComboBox<AccountabilityMatrix.Filter> filter = new ComboBox<>();
    private final Label summary = new Label();
    private final WindowChange.Listener follow = change -> refresh();
    private boolean updating;

    public AccountabilityPane(ChartWindowModel model) {
        this.model = model;
        this.matrix = new AccountabilityMatrix(model.chart(), model.validation().raci());
        this.grid = new AccountabilityGrid(matrix, model::applyOrExplain);
    }

    /** Opens the matrix in a window of its own beside {@code owner}. */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Texts.t("panels.accountabilityPane.accountability"));
        filter.setId("accountability-filter");
        summary.setId("accountability-summary");
        filter.valueProperty().addListener((o, a, chosen) -> {
            if (!updating && chosen != null) {
                matrix.setFilter(chosen);
                refresh();
            }
        });
        Label legend = new Label(Texts.t("panels.accountabilityPane.rResponsibleAAccountable"));
        HBox top = new HBox(10, new Label(Texts.t("panels.accountabilityPane.positions")), filter, summary);
        top.setPadding(new Insets(8));
        HBox.setHgrow(summary, Priority.ALWAYS);
        BorderPane root = new BorderPane(grid, top, null, legend, null);
        BorderPane.setMargin(legend, new Insets(6, 8, 8, 8));
        stage.setScene(new Scene(root, 1100, 700));
        stage.getScene().getStylesheets().add(AccountabilityPane.class.getResource("/dev/orgwright/ui/orgwright.css")
                .toExternalForm());
        // Undo and redo here too, so a change made in the matrix is taken back without leaving it.
        stage.getScene().getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), model::undo);
        stage.getScene().getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), model::redo);
        stage.getScene().getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), model::redo);
        model.listen(EnumSet.of(Aspect.CHART), follow);
        stage.setOnHidden(e -> model.removeListener(follow));
        refresh();
        dev.orgwright.ui.fx.WindowKeys.closeOnEscape(stage);
        stage.show();
        grid.surface().requestFocus();
        return stage;
    }

    /** The matrix, for tests and the printable charters. */
    public AccountabilityMatrix matrix() {
        return matrix;
    }

    public AccountabilityGrid grid() {
        return grid;
    }

    private void refresh() {
        updating = true;
        try {
            matrix.update(model.chart(), model.validation().raci());
            filter.getItems().setAll(matrix.filters());
            filter.setValue(matrix.filter());
        } finally {
            updating = false;
        }
        int noA = 0;
        int manyA = 0;
        for (int r = 0; r < matrix.rowCount(); r++) {
            switch (matrix.rowState(r)) {
                case NO_ACCOUNTABLE -> noA++;
                case MANY_ACCOUNTABLE -> manyA++;
                default -> { }
            }
        }
        summary.setText(Texts.t("panels.accountabilityPane.responsibilitiesPositionsWithNobody", matrix.rowCount(), matrix.columnCount(), noA, manyA));
        grid.refresh();
    }
}
