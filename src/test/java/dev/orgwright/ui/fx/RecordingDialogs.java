package dev.orgwright.ui.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers the window's questions in place of a user and remembers what it was told. */
public final class RecordingDialogs implements Dialogs {

    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> abouts = new CopyOnWriteArrayList<>();
    public final List<String> questions = new CopyOnWriteArrayList<>();
    /** The messages of the {@link #choose} questions, in order. */
    public final List<String> messages = new CopyOnWriteArrayList<>();
    /** Answers to the {@link #choose} questions, in order; {@link #choice} once they run out. */
    final java.util.Queue<Integer> choices = new java.util.concurrent.ConcurrentLinkedQueue<>();
    public volatile Path fileToOpen;
    public volatile Path fileToSave;
    public volatile Path exportFile;
    public volatile Path changeListFile;
    public volatile Path csvToImport;
    /** The folder "Photos folder…" answers with; null for a cancelled chooser. */
    public volatile Path photosFolder;
    public volatile SaveChoice saveChoice = SaveChoice.CANCEL;
    public volatile String textAnswer;
    public volatile int choice = -1;

    @Override
    public void showError(String headline, String message) {
        errors.add(headline + ": " + message);
    }

    @Override
    public Optional<Path> chooseChartToOpen() {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseCsvToImport() {
        questions.add("import a CSV file");
        return Optional.ofNullable(csvToImport);
    }

    @Override
    public Optional<Path> choosePhotosFolder() {
        questions.add("choose a photos folder");
        return Optional.ofNullable(photosFolder);
    }

    @Override
    public void showAbout(String name, String version) {
        abouts.add(name + " " + version);
    }

    @Override
    public Optional<Path> chooseChartToSave(String suggestedName) {
        questions.add("save as " + suggestedName);
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName, String extension) {
        questions.add("export as " + suggestedName + " (" + extension + ")");
        return Optional.ofNullable(exportFile);
    }

    @Override
    public Optional<Path> chooseChangeListFile(String suggestedName) {
        questions.add("save the change list as " + suggestedName);
        return Optional.ofNullable(changeListFile);
    }

    @Override
    public SaveChoice askToSaveChanges(String chartName) {
        questions.add("save changes to " + chartName);
        return saveChoice;
    }

    @Override
    public Optional<String> askText(String headline, String prompt, String initial) {
        questions.add(headline);
        return Optional.ofNullable(textAnswer);
    }

    @Override
    public int choose(String headline, String message, String... answers) {
        questions.add(headline);
        messages.add(message);
        Integer next = choices.poll();
        return next != null ? next : choice;
    }
}
