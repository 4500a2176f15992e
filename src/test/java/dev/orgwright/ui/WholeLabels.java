package dev.orgwright.ui;

import dev.orgwright.model.PositionId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finds the labels and buttons of a window and its dialogs whose text is cut off with an ellipsis:
 * the check the window tests of each language share, since a translation longer than the English
 * text is where a layout too tight shows.
 */
final class WholeLabels {

    /** The menu items, by id, that open the dialogs checked besides the main window. */
    static final List<String> DIALOGS = List.of("preferences", "tiers", "chart-properties", "export", "keyboard-shortcuts");

    /** A width a user may give the tier editor, narrower than it opens. */
    private static final double NARROW = 700;

    private WholeLabels() {
    }

    /**
     * The texts shown cut in {@code window}, in each of its {@link #DIALOGS} and in the question
     * that deleting a manager asks, each prefixed with where it is. Dialogs are closed after.
     */
    static List<String> cutInWindowAndDialogs(FxRobot robot, MainWindow window) throws Exception {
        List<String> cut = new ArrayList<>(WaitForAsyncUtils.asyncFx(
                () -> cutLabels(window.canvas().getScene().getRoot())).get());
        for (String action : DIALOGS) {
            MenuItem item = menuItem(window, action + "-item");
            robot.interact(item::fire);
            WaitForAsyncUtils.waitForFxEvents();
            cut.addAll(cutInOtherWindows(window, action));
            if (action.equals("tiers")) { // narrowed, its table gives the columns less room
                WaitForAsyncUtils.asyncFx(() -> otherWindows(window).forEach(w -> w.setWidth(NARROW))).get();
                WaitForAsyncUtils.waitForFxEvents();
                cut.addAll(cutInOtherWindows(window, action + " narrowed"));
            }
            closeDialogs(window);
        }
        robot.interact(() -> window.model().select(PositionId.of("cfo")));
        robot.interact(menuItem(window, "delete-item")::fire);
        WaitForAsyncUtils.waitForFxEvents();
        cut.addAll(cutInOtherWindows(window, "delete"));
        closeDialogs(window);
        return cut;
    }

    private static void closeDialogs(MainWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(otherWindows(window)).forEach(Window::hide)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> cutInOtherWindows(MainWindow window, String where) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> otherWindows(window).stream()
                .flatMap(w -> cutLabels(w.getScene().getRoot()).stream()).map(t -> where + ": " + t).toList()).get();
    }

    /** The dialogs showing besides the main windows: the one under test and the primary stage. */
    private static List<Window> otherWindows(MainWindow window) {
        Window main = window.canvas().getScene().getWindow();
        Window primary = org.testfx.api.FxToolkit.toolkitContext().getRegisteredStage();
        return Window.getWindows().stream().filter(w -> w != main && w != primary && w.isShowing()
                && !(w instanceof PopupWindow)).toList();
    }

    /** Whether {@code node} and everything it sits in are visible: a tab not chosen or a bar folded away is not. */
    private static boolean shownOnScreen(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Rows of lists, tables and trees shorten long texts on purpose; the row's own view shows them whole. */
    private static boolean inACell(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up instanceof Cell<?>) {
                return true;
            }
        }
        return false;
    }

    /** A menu item of the window's menu bar, at any depth. */
    private static MenuItem menuItem(MainWindow window, String id) {
        List<MenuItem> items = new ArrayList<>();
        MenuBar bar = (MenuBar) window.canvas().getScene().getRoot().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            collect(menu, items);
        }
        return items.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem i : menu.getItems()) {
            into.add(i);
            if (i instanceof Menu sub) {
                collect(sub, into);
            }
        }
    }

    /**
     * The texts under {@code root} that a label or button shows shortened: its skin draws the text
     * ending in the ellipsis while the control's own text is longer. Each is a word the reader loses.
     */
    static List<String> cutLabels(Parent root) {
        root.applyCss();
        root.layout();
        List<String> cut = new ArrayList<>();
        for (Node n : root.lookupAll(".text")) {
            if (n instanceof Text shown && n.getParent() instanceof Labeled owner
                    && shownOnScreen(owner) && !inACell(owner) && owner.getText() != null && !owner.getText().equals(shown.getText())
                    && shown.getText().endsWith(owner.getEllipsisString())) {
                cut.add(owner.getText() + " (shown as " + shown.getText() + ")");
            }
        }
        return cut;
    }

    /**
     * Loads the classes of the window that keep a text in a {@code static final} field, so that
     * those texts are fixed in the language set now (English, which the other tests of the run read)
     * before a test switches the language.
     */
    static void fixTextConstants() throws IOException, ClassNotFoundException {
        Path root = Path.of("src/main/java");
        List<String> names;
        try (Stream<Path> files = Files.walk(root.resolve("dev/orgwright/ui"))) {
            names = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).matches("(?s).*static final [^;]*Texts\\.t\\(.*");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", "")).toList();
        }
        ClassLoader loader = WholeLabels.class.getClassLoader();
        for (String name : names) {
            Class<?> type = Class.forName(name, true, loader);
            for (Class<?> nested : type.getDeclaredClasses()) {
                Class.forName(nested.getName(), true, loader);
            }
        }
    }
}
