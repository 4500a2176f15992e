package dev.orgwright.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers the window's questions in place of a user and remembers what it was told. */
final class RecordingDialogs implements Dialogs {

    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<String> abouts = new CopyOnWriteArrayList<>();
    volatile Path fileToOpen;

    @Override
    public void showError(String headline, String message) {
        errors.add(headline + ": " + message);
    }

    @Override
    public Optional<Path> chooseChartToOpen() {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public void showAbout(String name, String version) {
        abouts.add(name + " " + version);
    }
}
