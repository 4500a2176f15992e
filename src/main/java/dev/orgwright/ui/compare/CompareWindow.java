package dev.orgwright.ui.compare;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.model.Chart;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.Theme;
import dev.orgwright.ui.fx.CachedCardSizer;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.Texts;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window comparing two charts, as File → Compare with… opens one: the chosen file is the
 * current organisation, the open chart is the proposal.
 */
public final class CompareWindow {

    public static final String COMPARE_FAILED = Texts.t("compare.compareWindow.theChartsCouldNot");

    private CompareWindow() {
    }

    /** Loads {@code currentFile} and shows it against {@code proposal}; a file that does not load is reported. */
    public static Stage open(Window owner, Path currentFile, Chart proposal, Dialogs dialogs) {
        Chart current;
        try {
            current = ChartFiles.load(currentFile);
        } catch (ChartFormatException e) {
            dialogs.showError(COMPARE_FAILED, e.getMessage());
            return null;
        }
        String name = currentFile.getFileName() == null ? currentFile.toString() : currentFile.getFileName().toString();
        return show(owner, current, proposal, Texts.t("compare.compareWindow.compare", name, proposal.title()), dialogs);
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
        dev.orgwright.ui.fx.WindowKeys.closeOnEscape(stage);
        stage.show();
        return stage;
    }
}
