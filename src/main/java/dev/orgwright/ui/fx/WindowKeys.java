package dev.orgwright.ui.fx;

import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The keys every window of the program answers the same way: Escape closes it, as its close box
 * would (so a window that asks before closing still asks). A control that uses Escape itself (a
 * table cell being edited, an open list) consumes it first and keeps the window open.
 */
public final class WindowKeys {

    private WindowKeys() {
    }

    /** Makes Escape close {@code stage}, once it has its scene. */
    public static void closeOnEscape(Stage stage) {
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });
    }
}
