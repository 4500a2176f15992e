package dev.orgwright.ui;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.RecoveryStore;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.Theme;
import dev.orgwright.ui.document.Autosaver;
import dev.orgwright.ui.document.BackgroundChecks;
import dev.orgwright.ui.document.RecentFiles;
import dev.orgwright.ui.document.SafetyNet;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.CachedCardSizer;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.LanguagePreference;
import dev.orgwright.ui.fx.LoggingConfig;
import dev.orgwright.ui.fx.WindowIcons;
import java.util.List;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.application.Application.Parameters;
import javafx.stage.Stage;

/**
 * The JavaFX application: one window showing a chart, the file named on the command line or
 * else the built-in sample.
 */
public final class OrgwrightApp extends Application {

    /** Files the system asks to open while the program runs (macOS: a double-clicked chart). */
    private static final OpenFileRequests OPEN_REQUESTS = new OpenFileRequests();

    /** Starts the toolkit and opens the window; {@code args} may name a chart file. */
    public static void main(String[] args) {
        StartupWarmUp.begin(FirstFrameProbe.withoutOption(List.of(args)));
        LoggingConfig.install();
        SystemOpenFiles.listen(OPEN_REQUESTS);
        launch(OrgwrightApp.class, args);
    }

    private SafetyNet safety;

    @Override
    public void start(Stage stage) {
        // The language first: every text of the window is fixed when its controls are made.
        LanguagePreference.forUser().apply();
        StartupWarmUp.windowLanguageSet();
        Parameters parameters = getParameters();
        List<String> args = parameters == null ? List.of() : parameters.getRaw();
        stage.getIcons().setAll(WindowIcons.load());
        safety = SafetyNet.start(RecoveryStore.inUserDataFolder(), Autosaver.DEFAULT_DELAY);
        MainWindow window = openWindows(stage, new FxDialogs(stage), FirstFrameProbe.withoutOption(args), safety,
                FxDialogs::new);
        OPEN_REQUESTS.openWith(file -> OpenFileRequests.route(file, window.model(), other -> {
            Stage another = new Stage();
            another.getIcons().setAll(stage.getIcons());
            openWindow(another, new FxDialogs(another), List.of(other.toString()), safety);
        }));
        if (FirstFrameProbe.requested(args)) {
            FirstFrameProbe.watch(stage.getScene(), window.canvas(), FirstFrameProbe::printAndExit);
        } else {
            new dev.orgwright.ui.help.Tour(stage, java.util.prefs.Preferences.userNodeForPackage(
                    dev.orgwright.ui.help.Tour.class)).startIfFirstTime();
        }
    }

    /** A clean exit: the recovery session ends and takes its autosaves along. */
    @Override
    public void stop() {
        if (safety != null) {
            safety.close();
        }
    }

    /**
     * Wires and shows a window on {@code stage}: the sample first, so that a file from the
     * command line that does not load leaves a working window behind its error message.
     */
    static MainWindow openWindow(Stage stage, Dialogs dialogs, List<String> args) {
        return openWindow(stage, dialogs, args, null);
    }

    /** As {@link #openWindow(Stage, Dialogs, List)}, guarded and autosaved by {@code safety} when given. */
    static MainWindow openWindow(Stage stage, Dialogs dialogs, List<String> args, SafetyNet safety) {
        ChartWindowModel model = new ChartWindowModel(StartupWarmUp.sample(), cardSizer(), StartupWarmUp.loader(), dialogs);
        model.session().setRecentFiles(RecentFiles.inPreferences(java.util.prefs.Preferences.userNodeForPackage(OrgwrightApp.class)));
        MainWindow window = new MainWindow(stage, model, dialogs);
        // A large chart shows before its findings, which are worked out once it is on the screen
        // and arrive on this thread when they are ready.
        AfterChartShown afterChartShown = new AfterChartShown(stage.getScene(), window.canvas());
        model.session().setBackgroundChecks(BackgroundChecks.forLargeCharts(Platform::runLater, afterChartShown));
        if (safety != null) {
            safety.protect(stage, model.session(), dialogs);
        }
        stage.show();
        model.session().openFromCommandLine(args);
        // The inspector's form, which shows nothing before a position is selected, joins the
        // window once the chart is on the screen.
        afterChartShown.execute(window.inspector()::showWholeForm);
        return window;
    }

    /** Measures cards as a window does; each window, and the layout made ahead of one, has its own. */
    static CachedCardSizer cardSizer() {
        return new CachedCardSizer(new CardSizing(new FxTextMeasure(), Theme.LIGHT));
    }

    /**
     * The first window, then the offer to recover what a crash left: the first chart recovered
     * takes the first window unless it holds a chart of its own; each other one gets a window.
     */
    static MainWindow openWindows(Stage stage, Dialogs dialogs, List<String> args, SafetyNet safety,
                                  Function<Stage, Dialogs> dialogsFor) {
        MainWindow first = openWindow(stage, dialogs, args, safety);
        safety.offerRecovery(dialogs, ChartFiles::load, (chart, file, entryId) -> {
            ChartWindowModel target = first.model();
            if (target.session().isDirty() || target.session().file().isPresent()) {
                Stage another = new Stage();
                target = openWindow(another, dialogsFor.apply(another), List.of(), safety).model();
            }
            return safety.showRecovered(target.session(), chart, file, entryId);
        });
        return first;
    }
}
