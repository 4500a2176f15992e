package dev.orgwright.ui;

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

    /** Shows the program's name and version. */
    void showAbout(String name, String version);
}
