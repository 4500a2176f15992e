package dev.orgwright.ui;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.Theme;
import java.util.List;
import javafx.application.Application;
import javafx.application.Application.Parameters;
import javafx.stage.Stage;

/**
 * The JavaFX application: one window showing a chart, the file named on the command line or
 * else the built-in sample.
 */
public final class OrgwrightApp extends Application {

    /** Starts the toolkit and opens the window; {@code args} may name a chart file. */
    public static void main(String[] args) {
        StartupWarmUp.begin();
        LoggingConfig.install();
        launch(OrgwrightApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Parameters parameters = getParameters();
        List<String> args = parameters == null ? List.of() : parameters.getRaw();
        stage.getIcons().setAll(WindowIcons.load());
        MainWindow window = openWindow(stage, new FxDialogs(stage), FirstFrameProbe.withoutOption(args));
        if (FirstFrameProbe.requested(args)) {
            FirstFrameProbe.watch(stage.getScene(), window.canvas(), FirstFrameProbe::printAndExit);
        }
    }

    /**
     * Wires and shows a window on {@code stage}: the sample first, so that a file from the
     * command line that does not load leaves a working window behind its error message.
     */
    static MainWindow openWindow(Stage stage, Dialogs dialogs, List<String> args) {
        ChartWindowModel model = new ChartWindowModel(StartupWarmUp.sample(),
                new CachedCardSizer(new CardSizing(new FxTextMeasure(), Theme.LIGHT)), ChartFiles::load, dialogs);
        model.setRecentFiles(RecentFiles.inPreferences(java.util.prefs.Preferences.userNodeForPackage(OrgwrightApp.class)));
        MainWindow window = new MainWindow(stage, model, dialogs);
        stage.show();
        model.openFromCommandLine(args);
        return window;
    }
}
