package dev.orgwright.ui.fx;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions and messages the window puts to the user. Behind an interface so that
 * view-models never open a dialog themselves and tests can answer in their place.
 */
public interface Dialogs {

    /** Tells the user something went wrong; {@code message} says what and where. */
    void showError(String headline, String message);

    /** Asks which chart file to open; empty when the user cancels. */
    Optional<Path> chooseChartToOpen();

    /** Asks which CSV file or workbook (a spreadsheet or HR export) to import; empty when the user cancels. */
    Optional<Path> chooseCsvToImport();

    /**
     * Asks for a folder of photos (JPEG and PNG files named by a position's id or its holder's
     * name) to put on the cards of an import; empty when the user cancels.
     */
    default Optional<Path> choosePhotosFolder() {
        return Optional.empty();
    }

    /** Shows the program's name and version. */
    void showAbout(String name, String version);

    /** Asks where to save a chart; {@code suggestedName} is the file name to propose. */
    Optional<Path> chooseChartToSave(String suggestedName);

    /**
     * Asks where to write an export; {@code suggestedName} is the file name to propose and
     * {@code extension} (without the dot: "png", "svg", "pdf") the ending the file gets.
     */
    Optional<Path> chooseExportFile(String suggestedName, String extension);

    /**
     * Asks where to save a comparison's change list; {@code suggestedName} is the file name to
     * propose. The ending of the chosen file says its format: {@code .md} Markdown, {@code .csv}
     * CSV (a name without either gets the ending of the file type chosen in the dialog).
     */
    Optional<Path> chooseChangeListFile(String suggestedName);

    /** Asks whether to save the changes to {@code chartName} before they would be lost. */
    SaveChoice askToSaveChanges(String chartName);

    /** Asks for a line of text, such as a new title; empty when the user cancels. */
    Optional<String> askText(String headline, String prompt, String initial);

    /** Asks a yes/no/cancel question with the given answers; returns the index chosen, or -1. */
    int choose(String headline, String message, String... answers);

    /**
     * As {@link #choose}, with answer {@code safe} the one Enter and Escape give: the answer that
     * loses nothing, so a destructive question is never confirmed by a key pressed out of habit.
     */
    default int chooseSafely(String headline, String message, int safe, String... answers) {
        return choose(headline, message, answers);
    }
}
