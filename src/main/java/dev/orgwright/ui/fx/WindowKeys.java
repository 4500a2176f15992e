package dev.orgwright.ui.fx;

import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The keys every window of the program answers the same way: Escape closes it, as its close box
 * would (so a window that asks before closing still asks). Lists and tables would swallow the
 * key, so the window looks at it first; only a text being edited (in a table cell, say) keeps
 * Escape for itself, to take the edit back.
 */
public final class WindowKeys {

    private WindowKeys() {
    }

    /** Makes Escape close {@code stage}, once it has its scene. */
    public static void closeOnEscape(Stage stage) {
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !editing(stage.getScene().getFocusOwner())) {
                e.consume();
                Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });
    }

    /** Whether {@code node} is a text field inside a list, table or tree cell: an edit in progress. */
    private static boolean editing(javafx.scene.Node node) {
        if (!(node instanceof javafx.scene.control.TextInputControl)) {
            return false;
        }
        for (javafx.scene.Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.IndexedCell<?>) {
                return true;
            }
        }
        return false;
    }
}
