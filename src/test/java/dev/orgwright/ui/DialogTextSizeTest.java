package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View → Text Size reaches every dialog and secondary window, not only the main window: a dialog
 * opened after the text was made larger, and one already open when it changes, show their texts
 * at the chosen size.
 */
@ExtendWith(ApplicationExtension.class)
class DialogTextSizeTest {

    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = OrgwrightApp.openWindow(stage, new FxDialogs(stage), List.of());
    }

    @AfterEach
    void normalSize(FxRobot robot) throws Exception {
        TestWindows.closeOtherWindows();
        robot.interact(() -> window.viewOptions().normalSize());
    }

    @Test
    void dialogsOpenedFromTheWindowFollowTheChosenTextSize(FxRobot robot) throws Exception {
        ViewOptions view = window.viewOptions();
        double normal = onFx(view::fontSize);
        robot.interact(() -> {
            view.larger();
            view.larger();
        });
        double larger = onFx(view::fontSize);
        assertNotEquals(normal, larger);

        Window preferences = open(robot, "preferences");
        assertEquals(larger, fontSizeIn(preferences, "#preferences-note"), "the Preferences dialog");
        Window tiers = open(robot, "tiers");
        assertEquals(larger, fontSizeIn(tiers, "#tier-close"), "the Tiers and Responsibilities window");

        // An alert made by the dialog helpers, and a change of size while the windows are open.
        Platform.runLater(() -> new FxDialogs((Stage) tiers).showError("Headline", "Something to read."));
        WaitForAsyncUtils.waitForFxEvents();
        Window alert = onFx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().lookup(".dialog-pane") != null)
                .findFirst().orElseThrow());
        assertEquals(larger, fontSizeIn(alert, ".dialog-pane .content"), "an alert");

        robot.interact(view::smaller);
        double smaller = onFx(view::fontSize);
        assertEquals(smaller, fontSizeIn(tiers, "#tier-close"), "an open window follows a change");
        assertEquals(smaller, fontSizeIn(alert, ".dialog-pane .content"), "an open alert follows a change");
    }

    /** Fires the menu bar's item of {@code actionId} and gives the window it opened. */
    private Window open(FxRobot robot, String actionId) throws Exception {
        List<Window> before = onFx(() -> List.copyOf(Window.getWindows()));
        MenuItem item = onFx(() -> find(robot.lookup(".menu-bar").queryAs(MenuBar.class), actionId));
        assertNotNull(item, "a menu item for " + actionId);
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> Window.getWindows().stream().filter(w -> !before.contains(w)).findFirst().orElseThrow());
    }

    private static MenuItem find(MenuBar bar, String actionId) {
        List<MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(m -> collect(m, all));
        return all.stream().filter(i -> i.getId() != null && i.getId().equals(actionId + "-item")
                && !(i instanceof Menu)).findFirst().orElse(null);
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem i : menu.getItems()) {
            into.add(i);
            if (i instanceof Menu sub) {
                collect(sub, into);
            }
        }
    }

    private static double fontSizeIn(Window w, String selector) throws Exception {
        return onFx(() -> {
            w.getScene().getRoot().applyCss();
            Node node = w.getScene().getRoot().lookup(selector);
            assertNotNull(node, selector);
            return ((Labeled) node).getFont().getSize();
        });
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
