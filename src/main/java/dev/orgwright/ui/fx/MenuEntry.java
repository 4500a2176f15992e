package dev.orgwright.ui.fx;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;

/**
 * One entry of a menu, a toolbar or a context menu, as {@link ActionControls} builds it: a
 * command ({@link Action}), a check or radio choice, a submenu, a separator, or an item made by
 * the class that owns its state.
 */
public sealed interface MenuEntry permits Action, MenuEntry.Choice, MenuEntry.Submenu, MenuEntry.Refilled,
        MenuEntry.Separator, MenuEntry.Prebuilt {

    Separator SEPARATOR = new Separator();

    /** What the entry's controls are named after. */
    String id();

    /**
     * A choice shown ticked while {@code selectedWhen} holds; choosing it runs the action. Choices
     * of one {@code group} are radio items (one of them is on), a null group makes a check item.
     */
    record Choice(Action action, BooleanSupplier selectedWhen, String group) implements MenuEntry {

        public Choice {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(selectedWhen, "selectedWhen");
        }

        @Override
        public String id() {
            return action.id();
        }
    }

    /** A menu of fixed entries, refreshed as it opens; the menu bar is a list of these. */
    record Submenu(String id, String label, List<MenuEntry> entries) implements MenuEntry {

        public Submenu {
            entries = List.copyOf(entries);
        }
    }

    /** A menu whose entries are made anew each time it opens, such as the recently opened files. */
    record Refilled(String id, String label, Supplier<List<MenuEntry>> entries) implements MenuEntry {
    }

    /** A line between groups of entries, in a menu or on the toolbar. */
    record Separator() implements MenuEntry {

        @Override
        public String id() {
            return "separator";
        }
    }

    /** A menu item made by the class that keeps its state (a remembered preference, say). */
    record Prebuilt(String id, Supplier<MenuItem> item) implements MenuEntry {
    }
}
