package dev.orgwright.ui.fx;

import java.lang.ref.WeakReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives every dialog and secondary window the text size the reader chose for the main window
 * (View → Text Size), in one place instead of in each dialog: a window that opens takes the size
 * of its owner, or of the main window when it has none, and the open ones change with it.
 *
 * <p>It watches {@link Window#getWindows()}, so a {@code Stage}, an {@code Alert} or a
 * {@code Dialog} made anywhere follows without knowing of it. Menus, tooltips and other pop-ups
 * are left alone: they take their size from the control they belong to.
 */
public final class WindowTextSize {

    private static final Pattern SIZE = Pattern.compile("-fx-font-size:\\s*([^;]+);?");
    /** Marks the root of a main window, whose size {@code ViewOptions} sets itself. */
    private static final String MAIN = "orgwright.textSize.main";

    private static WeakReference<Parent> latestMain = new WeakReference<>(null);
    private static boolean watching;

    private WindowTextSize() {
    }

    /**
     * Makes the windows that have no owner follow {@code mainRoot} (the root of a main window,
     * already styled with its size) from now on, and brings every open dialog to the size of its
     * owner. Called on the JavaFX thread whenever a main window is made or its text size changes.
     */
    public static void follow(Parent mainRoot) {
        mainRoot.getProperties().put(MAIN, Boolean.TRUE);
        latestMain = new WeakReference<>(mainRoot);
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(WindowTextSize::apply);
                }
            });
        }
        // Owners come before the windows they own in the list, so a chain of dialogs takes one size.
        for (Window w : Window.getWindows().toArray(Window[]::new)) {
            apply(w);
        }
    }

    /** The size (such as {@code "15.0px"}) a style gives, or {@code null} when it gives none. */
    static String sizeIn(String style) {
        if (style == null) {
            return null;
        }
        Matcher m = SIZE.matcher(style);
        return m.find() ? m.group(1).strip() : null;
    }

    /** {@code style} with its font size set to {@code size}, the rest of it kept. */
    static String withSize(String style, String size) {
        String declaration = "-fx-font-size: " + size + ";";
        if (style == null || style.isBlank()) {
            return declaration;
        }
        Matcher m = SIZE.matcher(style);
        if (m.find()) {
            return style.substring(0, m.start()) + declaration + style.substring(m.end());
        }
        return declaration + " " + style;
    }

    private static void apply(Window window) {
        if (!(window instanceof Stage stage)) {
            return;
        }
        Parent root = rootOf(stage);
        if (root == null || root.getProperties().containsKey(MAIN)) {
            return;
        }
        String size = sizeFor(stage);
        if (size != null && !size.equals(sizeIn(root.getStyle()))) {
            root.setStyle(withSize(root.getStyle(), size));
        }
    }

    private static String sizeFor(Stage stage) {
        Window owner = stage.getOwner();
        if (owner != null && owner.getScene() != null) {
            String size = sizeIn(owner.getScene().getRoot().getStyle());
            if (size != null) {
                return size;
            }
        }
        Parent main = latestMain.get();
        return main == null ? null : sizeIn(main.getStyle());
    }

    private static Parent rootOf(Stage stage) {
        Scene scene = stage.getScene();
        return scene == null ? null : scene.getRoot();
    }
}
