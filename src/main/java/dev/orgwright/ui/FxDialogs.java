package dev.orgwright.ui;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.ui.compare.ChangeListFile;
import dev.orgwright.ui.fx.AppInfo;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.SaveChoice;
import dev.orgwright.ui.fx.Texts;
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
        chooser.setTitle(Texts.t("dialogs.openAChart"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.t("dialogs.orgwrightCharts", ChartFiles.EXTENSION), "*" + ChartFiles.EXTENSION),
                new FileChooser.ExtensionFilter(Texts.t("dialogs.jsonFilesJson"), "*.json"));
        return choose(chooser);
    }

    @Override
    public Optional<Path> choosePhotosFolder() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(Texts.t("importing.photos.chooserTitle"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            lastFolder = chosen.getParentFile() == null ? chosen : chosen.getParentFile();
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private Optional<Path> choose(FileChooser chooser) {
        return show(chooser, false).map(File::toPath);
    }

    /** Shows an open or save dialog in the folder used last, and remembers the folder chosen. */
    private Optional<File> show(FileChooser chooser, boolean save) {
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
        }
        return Optional.ofNullable(chosen);
    }

    @Override
    public Optional<Path> chooseCsvToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.t("dialogs.importACsvFile"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.t("dialogs.csvFilesAndWorkbooks"), "*.csv", "*.txt",
                        "*.tsv", "*.xlsx", "*.xlsm", "*.xls"),
                new FileChooser.ExtensionFilter(Texts.t("dialogs.csvFilesCsvTxt"), "*.csv", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter(Texts.t("dialogs.excelWorkbooksXlsxXls"), "*.xlsx", "*.xlsm", "*.xls"),
                new FileChooser.ExtensionFilter(Texts.t("dialogs.allFiles"), "*.*"));
        return choose(chooser);
    }

    @Override
    public void showAbout(String name, String version) {
        new AboutDialog(owner, AboutContent.of(name, version)).showAndWait();
    }

    @Override
    public Optional<Path> chooseChartToSave(String suggestedName) {
        // A name typed without the ending gets it, so the file opens with Orgwright later.
        return chooseFileToWrite(Texts.t("dialogs.saveTheChart"), suggestedName, new FileChooser.ExtensionFilter(
                Texts.t("dialogs.orgwrightCharts", ChartFiles.EXTENSION), "*" + ChartFiles.EXTENSION), ".json",
                ChartFiles.EXTENSION);
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName, String extension) {
        return chooseFileToWrite(Texts.t("dialogs.exportTheChart"), suggestedName, new FileChooser.ExtensionFilter(
                Texts.t("dialogs.files", extension.toUpperCase(java.util.Locale.ROOT), extension), "*." + extension),
                "." + extension, "." + extension);
    }

    @Override
    public Optional<Path> chooseChangeListFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.t("dialogs.saveTheChangeList"));
        chooser.setInitialFileName(suggestedName);
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(Texts.t("dialogs.csvForSpreadsheetsCsv"), "*.csv");
        FileChooser.ExtensionFilter markdown = new FileChooser.ExtensionFilter(Texts.t("dialogs.markdownMd"), "*.md");
        chooser.getExtensionFilters().addAll(csv, markdown);
        chooser.setSelectedExtensionFilter(ChangeListFile.Format.of(Path.of(suggestedName))
                == ChangeListFile.Format.MARKDOWN ? markdown : csv);
        Optional<File> shown = show(chooser, true);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        File chosen = shown.get();
        if (ChangeListFile.Format.hasEnding(chosen.toPath())) {
            return Optional.of(chosen.toPath());
        }
        // A name typed without an ending gets the one of the file type chosen in the dialog.
        String ending = chooser.getSelectedExtensionFilter() == markdown ? ".md" : ".csv";
        return Optional.of(chosen.toPath().resolveSibling(chosen.getName() + ending));
    }

    /** A save dialog; a chosen name not ending in {@code ending} gets {@code added} appended. */
    private Optional<Path> chooseFileToWrite(String title, String suggestedName, FileChooser.ExtensionFilter filter,
                                             String ending, String added) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(filter);
        Optional<File> shown = show(chooser, true);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        File chosen = shown.get();
        String name = chosen.getName();
        return Optional.of(name.toLowerCase(java.util.Locale.ROOT).endsWith(ending) ? chosen.toPath()
                : chosen.toPath().resolveSibling(name + added));
    }

    @Override
    public SaveChoice askToSaveChanges(String chartName) {
        int answer = choose(Texts.t("dialogs.saveTheChangesTo", chartName),
                Texts.t("dialogs.yourChangesWillBe"), Texts.t("dialogs.save"), Texts.t("dialogs.donTSave"), Texts.t("dialogs.cancel"));
        return answer == 0 ? SaveChoice.SAVE : answer == 1 ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public Optional<String> askText(String headline, String prompt, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial);
        dialog.setTitle(AppInfo.NAME);
        dialog.setHeaderText(headline);
        dialog.setContentText(prompt);
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait().map(String::strip);
    }

    @Override
    public int choose(String headline, String message, String... answers) {
        return ask(headline, message, 0, false, answers);
    }

    @Override
    public int chooseSafely(String headline, String message, int safe, String... answers) {
        return ask(headline, message, safe, true, answers);
    }

    /**
     * A question whose answer {@code preferred} is the default button, focused so that Enter gives
     * it. When that answer is the safe one and there is no Cancel, it is also what Escape gives.
     */
    private int ask(String headline, String message, int preferred, boolean safe, String... answers) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle(AppInfo.NAME);
        alert.setHeaderText(headline);
        alert.setContentText(message);
        boolean hasCancel = answers.length > 0 && answers[answers.length - 1].equals(Texts.t("dialogs.cancel"));
        java.util.List<javafx.scene.control.ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            javafx.scene.control.ButtonBar.ButtonData data = i == answers.length - 1 && hasCancel
                    || safe && !hasCancel && i == preferred
                    ? javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE
                    : i == 0 ? javafx.scene.control.ButtonBar.ButtonData.YES : javafx.scene.control.ButtonBar.ButtonData.NO;
            buttons.add(new javafx.scene.control.ButtonType(answers[i], data));
        }
        alert.getButtonTypes().setAll(buttons);
        for (int i = 0; i < buttons.size(); i++) {
            javafx.scene.Node node = alert.getDialogPane().lookupButton(buttons.get(i));
            if (node instanceof javafx.scene.control.Button button) {
                button.setDefaultButton(i == preferred);
                if (i == preferred) {
                    alert.setOnShown(e -> button.requestFocus());
                }
            }
        }
        own(alert);
        return alert.showAndWait().map(buttons::indexOf).orElse(-1);
    }

    private void own(Alert alert) {
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
    }
}
