package dev.orgwright.ui;

import dev.orgwright.io.ChartFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** {@link Dialogs} as JavaFX alerts and file choosers, owned by the window. */
final class FxDialogs implements Dialogs {

    private final Stage owner;
    private File lastFolder;

    FxDialogs(Stage owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String headline, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(AppInfo.NAME);
        alert.setHeaderText(headline);
        // A Label wraps long file paths instead of cutting them off.
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        own(alert);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseChartToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a chart");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Orgwright charts (*" + ChartFiles.EXTENSION + ")", "*" + ChartFiles.EXTENSION),
                new FileChooser.ExtensionFilter("JSON files (*.json)", "*.json"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    @Override
    public void showAbout(String name, String version) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("About " + name);
        alert.setHeaderText(name + " " + version);
        alert.setContentText("An org-chart designer that knows the tiers of management.");
        own(alert);
        alert.showAndWait();
    }

    private void own(Alert alert) {
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
    }
}
