package dev.orgwright.ui.help;

import dev.orgwright.ui.fx.Action;
import dev.orgwright.ui.fx.MenuEntry;
import dev.orgwright.ui.fx.Texts;
import dev.orgwright.ui.fx.WindowKeys;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → Keyboard Shortcuts: every key of the window on one sheet, made from the same actions
 * the menus are made from, so the sheet shows the keys the menus answer and cannot fall behind
 * them. The canvas's own keys (arrows, C, Escape, the drag modifiers) follow, from the texts.
 */
public final class ShortcutSheet {

    /** The canvas keys that are no menu command: the key and what it does, as they read now. */
    private static List<Row> canvasKeys() {
        String canvas = Texts.t("help.keys.canvas");
        return List.of(
                new Row(canvas, Texts.t("help.keys.arrows.does"), Texts.t("help.keys.arrows")),
                new Row(canvas, Texts.t("help.keys.tab.does"), Texts.t("help.keys.tab")),
                new Row(canvas, Texts.t("help.keys.collapse.does"), Texts.t("help.keys.collapse")),
                new Row(canvas, Texts.t("help.keys.zoom.does"), Texts.t("help.keys.zoom")),
                new Row(canvas, Texts.t("help.keys.fit.does"), Texts.t("help.keys.fit")),
                new Row(canvas, Texts.t("help.keys.escape.does"), Texts.t("help.keys.escape")),
                new Row(canvas, Texts.t("help.keys.space.does"), Texts.t("help.keys.space")),
                new Row(canvas, Texts.t("help.keys.alt.does"), Texts.t("help.keys.alt")));
    }

    /** One line of the sheet: where the command is, its name, and its key as the menus show it. */
    public record Row(String menu, String command, String key) {
    }

    private ShortcutSheet() {
    }

    /** The rows for {@code menus}: each command with a key, in menu order, then the canvas keys. */
    public static List<Row> rows(List<MenuEntry.Submenu> menus) {
        List<Row> rows = new ArrayList<>();
        for (MenuEntry.Submenu menu : menus) {
            collect(menu.label(), menu.entries(), rows);
        }
        rows.addAll(canvasKeys());
        return rows;
    }

    private static void collect(String menu, List<MenuEntry> entries, List<Row> rows) {
        for (MenuEntry entry : entries) {
            Action action = entry instanceof Action a ? a : entry instanceof MenuEntry.Choice c ? c.action() : null;
            if (action != null) {
                action.keyShown().ifPresent(k -> rows.add(new Row(menu, action.text(), k.getDisplayText())));
            } else if (entry instanceof MenuEntry.Submenu sub) {
                collect(menu + " → " + sub.label(), sub.entries(), rows);
            }
        }
    }

    /** Shows the sheet for {@code menus} over {@code owner}. */
    public static Stage show(Window owner, List<MenuEntry.Submenu> menus) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(14));
        int r = 0;
        for (Row row : rows(menus)) {
            Label key = new Label(row.key());
            key.setStyle("-fx-font-weight: bold;");
            Label menu = new Label(row.menu());
            menu.setStyle("-fx-text-fill: #475467;");
            grid.addRow(r++, key, new Label(row.command()), menu);
        }
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Texts.t("help.keys.title"));
        ScrollPane scroll = new ScrollPane(grid);
        if (owner != null && owner.getScene() != null) {
            scroll.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(new Scene(scroll, 620, 640));
        WindowKeys.closeOnEscape(stage);
        stage.show();
        return stage;
    }
}
