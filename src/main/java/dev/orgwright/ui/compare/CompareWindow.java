package dev.orgwright.ui.compare;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.model.Chart;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.Theme;
import dev.orgwright.ui.fx.CachedCardSizer;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.FxTextMeasure;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window comparing two charts, and the File → Compare with… command that opens one: the
 * chosen file is the current organisation, the open chart is the proposal.
 */
public final class CompareWindow {

    public static final String COMPARE_FAILED = "The charts could not be compared";

    private CompareWindow() {
    }

    /** Adds "Compare with…" to the File menu, after "Open…" (and "Open Recent", if there). */
    public static void addTo(Menu file, Window owner, Supplier<Chart> openChart, Dialogs dialogs) {
        MenuItem item = new MenuItem("Compare with…");
        item.setId("compare-with-item");
        item.setOnAction(e -> dialogs.chooseChartToOpen().ifPresent(path ->
                open(owner, path, openChart.get(), dialogs)));
        int at = file.getItems().size() - 1;
        for (int i = 0; i < file.getItems().size(); i++) {
            String text = file.getItems().get(i).getText();
            if ("Open…".equals(text) || "Open Recent".equals(text)) {
                at = i;
            }
        }
        file.getItems().add(at + 1, item);
    }

    /** Loads {@code currentFile} and shows it against {@code proposal}; a file that does not load is reported. */
    static Stage open(Window owner, Path currentFile, Chart proposal, Dialogs dialogs) {
        Chart current;
        try {
            current = ChartFiles.load(currentFile);
        } catch (ChartFormatException e) {
            dialogs.showError(COMPARE_FAILED, e.getMessage());
            return null;
        }
        String name = currentFile.getFileName() == null ? currentFile.toString() : currentFile.getFileName().toString();
        return show(owner, current, proposal, "Compare: " + name + " → " + proposal.title(), dialogs);
    }

    public static Stage show(Window owner, Chart current, Chart proposal, String title, Dialogs dialogs) {
        CompareModel model = new CompareModel(current, proposal,
                new CachedCardSizer(new CardSizing(new FxTextMeasure(), Theme.LIGHT)));
        ComparePane pane = new ComparePane(model, dialogs);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        Scene scene = new Scene(pane, 1280, 800);
        scene.getStylesheets().add(CompareWindow.class.getResource("/dev/orgwright/ui/orgwright.css").toExternalForm());
        stage.setScene(scene);
        stage.setUserData(pane);
        stage.show();
        return stage;
    }
}
