package dev.orgwright.ui.fx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * Makes the menu bar, the toolbar and context menus from lists of {@link MenuEntry} and keeps
 * their labels, enabled states and ticks in step with the actions. A menu refreshes as it opens;
 * {@link #refresh()} refreshes the menu bar and the toolbar, and the window calls it whenever its
 * model changes: a menu item's accelerator fires only while the item is enabled, so the items
 * must follow the model, not what their menu showed when it was last open.
 */
public final class ActionControls {

    private static final double ICON_SIZE = 18;

    /** How the controls made for a place are named. */
    private enum Place {
        MENU_BAR, CONTEXT_MENU;

        String itemId(String id) {
            return this == MENU_BAR ? id + "-item" : "context-" + id;
        }

        String menuId(String id) {
            return this == MENU_BAR ? id + "-menu" : "context-" + id + "-menu";
        }
    }

    private final List<Runnable> updates = new ArrayList<>();

    /** The menu bar; an action's second shortcut sits on a hidden item beside it, which still fires. */
    public MenuBar menuBar(List<MenuEntry.Submenu> menus) {
        MenuBar bar = new MenuBar();
        for (MenuEntry.Submenu menu : menus) {
            bar.getMenus().add(menu(menu, Place.MENU_BAR, updates));
        }
        return bar;
    }

    /** A toolbar of buttons for {@code entries}: actions with icons, and separators. */
    public ToolBar toolbar(String id, List<MenuEntry> entries) {
        ToolBar bar = new ToolBar();
        bar.setId(id);
        for (MenuEntry entry : entries) {
            if (entry instanceof MenuEntry.Separator) {
                bar.getItems().add(new Separator());
            } else if (entry instanceof Action action) {
                bar.getItems().add(button(action));
            } else {
                throw new IllegalArgumentException("The toolbar shows actions, not '" + entry.id() + "'.");
            }
        }
        return bar;
    }

    /**
     * A context menu of {@code entries}, refreshed each time it opens. Its items show their
     * shortcuts as reminders; the menu bar's items are the ones that answer them.
     */
    public ContextMenu contextMenu(String id, List<MenuEntry> entries) {
        List<Runnable> own = new ArrayList<>();
        ContextMenu menu = new ContextMenu();
        menu.setId(id);
        menu.getItems().setAll(items(entries, Place.CONTEXT_MENU, own));
        menu.setOnShowing(e -> own.forEach(Runnable::run));
        return menu;
    }

    /** Brings the labels, enabled states and ticks of the menu bar and the toolbar up to date. */
    public void refresh() {
        updates.forEach(Runnable::run);
    }

    private Button button(Action action) {
        if (action.icon() == null) {
            throw new IllegalArgumentException("'" + action.id() + "' has no icon for the toolbar.");
        }
        Button button = new Button(null, Icons.icon(action.icon(), ICON_SIZE));
        button.setId("tool-" + action.id());
        button.setTooltip(new Tooltip(action.tooltip()));
        button.setFocusTraversable(false); // the canvas keeps the keyboard
        button.setOnAction(e -> action.run());
        track(updates, () -> button.setDisable(!action.isEnabled()));
        return button;
    }

    private static Menu menu(MenuEntry.Submenu entry, Place place, List<Runnable> sink) {
        Menu menu = new Menu(entry.label());
        menu.setId(place.menuId(entry.id()));
        List<Runnable> own = new ArrayList<>();
        menu.getItems().setAll(items(entry.entries(), place, own));
        menu.setOnShowing(e -> own.forEach(Runnable::run));
        sink.addAll(own);
        return menu;
    }

    private static Menu refilled(MenuEntry.Refilled entry, Place place) {
        Menu menu = new Menu(entry.label());
        menu.setId(place.menuId(entry.id()));
        // Its items are thrown away at the next opening, so nothing keeps their updates.
        Runnable refill = () -> menu.getItems().setAll(items(entry.entries().get(), place, new ArrayList<>()));
        menu.setOnShowing(e -> refill.run());
        refill.run();
        return menu;
    }

    private static List<MenuItem> items(List<MenuEntry> entries, Place place, List<Runnable> sink) {
        List<MenuItem> items = new ArrayList<>();
        Map<String, ToggleGroup> groups = new HashMap<>();
        for (MenuEntry entry : entries) {
            if (entry instanceof Action action) {
                items.add(item(new MenuItem(), action, place, sink));
                if (place == Place.MENU_BAR) {
                    items.addAll(hiddenShortcuts(action, sink));
                }
            } else if (entry instanceof MenuEntry.Choice choice) {
                items.add(choice(choice, place, sink, groups));
            } else if (entry instanceof MenuEntry.Submenu submenu) {
                items.add(menu(submenu, place, sink));
            } else if (entry instanceof MenuEntry.Refilled refilled) {
                items.add(refilled(refilled, place));
            } else if (entry instanceof MenuEntry.Prebuilt prebuilt) {
                MenuItem item = prebuilt.item().get();
                item.setId(place.itemId(prebuilt.id()));
                items.add(item);
            } else {
                items.add(new SeparatorMenuItem());
            }
        }
        return items;
    }

    private static MenuItem item(MenuItem item, Action action, Place place, List<Runnable> sink) {
        item.setId(place.itemId(action.id()));
        item.setMnemonicParsing(false); // labels quote titles, and a title may hold an underscore
        action.keyShown().ifPresent(item::setAccelerator);
        item.setOnAction(e -> action.run());
        track(sink, () -> {
            item.setText(action.text());
            item.setDisable(!action.isEnabled());
        });
        return item;
    }

    /** An action's shortcuts after the first, each on an item that is never shown but still fires. */
    private static List<MenuItem> hiddenShortcuts(Action action, List<Runnable> sink) {
        List<MenuItem> hidden = new ArrayList<>();
        for (String shortcut : action.shortcuts().stream().skip(1).toList()) {
            MenuItem item = new MenuItem();
            item.setVisible(false);
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
            item.setOnAction(e -> action.run());
            track(sink, () -> item.setDisable(!action.isEnabled()));
            hidden.add(item);
        }
        return hidden;
    }

    private static MenuItem choice(MenuEntry.Choice choice, Place place, List<Runnable> sink,
                                   Map<String, ToggleGroup> groups) {
        if (choice.group() == null) {
            CheckMenuItem item = new CheckMenuItem();
            track(sink, () -> item.setSelected(choice.selectedWhen().getAsBoolean()));
            return item(item, choice.action(), place, sink);
        }
        RadioMenuItem item = new RadioMenuItem();
        item.setToggleGroup(groups.computeIfAbsent(choice.group(), g -> new ToggleGroup()));
        track(sink, () -> item.setSelected(choice.selectedWhen().getAsBoolean()));
        return item(item, choice.action(), place, sink);
    }

    /** Keeps {@code update} for later refreshes, and runs it once now so the control starts right. */
    private static void track(List<Runnable> sink, Runnable update) {
        sink.add(update);
        update.run();
    }
}
