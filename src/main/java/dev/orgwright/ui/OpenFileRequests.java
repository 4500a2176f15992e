package dev.orgwright.ui;

import dev.orgwright.ui.editor.ChartWindowModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Chart files the system asks the running program to open: on macOS a double-clicked chart
 * arrives as an "open documents" event, not as a command-line argument, and it may arrive
 * before the first window exists. Requests are kept until a window takes them, then handed to
 * it on the JavaFX thread, in order.
 */
public final class OpenFileRequests {

    private final List<Path> waiting = new ArrayList<>();
    private Consumer<Path> opener;

    /** Asks for {@code files} to be opened; from any thread. */
    public void deliver(List<Path> files) {
        Consumer<Path> target;
        synchronized (this) {
            if (opener == null) {
                waiting.addAll(files);
                return;
            }
            target = opener;
        }
        List<Path> now = List.copyOf(files);
        Platform.runLater(() -> now.forEach(target));
    }

    /** From now on, files are opened by {@code open} (on the JavaFX thread); those waiting first. */
    void openWith(Consumer<Path> open) {
        List<Path> now;
        synchronized (this) {
            opener = Objects.requireNonNull(open, "open");
            now = List.copyOf(waiting);
            waiting.clear();
        }
        if (!now.isEmpty()) {
            Platform.runLater(() -> now.forEach(open));
        }
    }

    /**
     * Where a requested file goes: into {@code first} when it shows the untouched sample (nothing
     * of the user's is in it), otherwise into a new window of its own, so that no open work is
     * put at risk by a double-click in the file manager.
     */
    static void route(Path file, ChartWindowModel first, Consumer<Path> openInNewWindow) {
        if (first.session().isShowingSample() && !first.session().isDirty()) {
            first.session().open(file);
        } else {
            openInNewWindow.accept(file);
        }
    }
}
