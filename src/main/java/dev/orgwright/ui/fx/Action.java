package dev.orgwright.ui.fx;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A command of a window, declared once for every control that issues it: the menu item, the
 * toolbar button and the context-menu item are all made from it by {@link ActionControls}, so
 * they cannot disagree on the label, the shortcut or when the command may run.
 *
 * @param id          names the controls made from it ({@code undo} gives {@code undo-item} and
 *                    {@code tool-undo})
 * @param label       read again whenever the controls are refreshed ("Undo Move 'CFO' under 'CEO'")
 * @param shortcuts   key combinations in {@link javafx.scene.input.KeyCombination} syntax; the
 *                    first is the one menus show, the others work as well
 * @param canvasKey   a key the chart canvas handles itself (a {@link javafx.scene.input.KeyCode} name);
 *                    menus show it as a {@link KeyHint}, never as an accelerator, or it would fire
 *                    while the user types in a text field
 * @param icon        the toolbar's drawing ({@link Icons}), null for an action not on the toolbar
 * @param tooltip     the toolbar button's tooltip
 * @param enabledWhen whether the command may run now
 * @param handler     what it does
 */
public record Action(String id, Supplier<String> label, List<String> shortcuts, String canvasKey, String icon,
                     String tooltip, BooleanSupplier enabledWhen, Runnable handler) implements MenuEntry {

    public Action {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An action needs an id.");
        }
        Objects.requireNonNull(label, "label");
        shortcuts = List.copyOf(shortcuts);
        Objects.requireNonNull(enabledWhen, "enabledWhen");
        Objects.requireNonNull(handler, "handler");
    }

    /** An action that is always enabled, with no shortcut and no icon. */
    public static Action of(String id, String label, Runnable handler) {
        return new Action(id, () -> label, List.of(), null, null, null, () -> true, handler);
    }

    public Action withLabel(Supplier<String> dynamicLabel) {
        return new Action(id, dynamicLabel, shortcuts, canvasKey, icon, tooltip, enabledWhen, handler);
    }

    public Action withShortcuts(String... keys) {
        return new Action(id, label, List.of(keys), canvasKey, icon, tooltip, enabledWhen, handler);
    }

    public Action withCanvasKey(String key) {
        return new Action(id, label, shortcuts, key, icon, tooltip, enabledWhen, handler);
    }

    public Action withIcon(String drawing, String tip) {
        return new Action(id, label, shortcuts, canvasKey, drawing, tip, enabledWhen, handler);
    }

    public Action onlyWhen(BooleanSupplier condition) {
        return new Action(id, label, shortcuts, canvasKey, icon, tooltip, condition, handler);
    }

    /** The label as menus show it; its key is shown in the menu's shortcut column, not in the text. */
    public String text() {
        return label.get();
    }

    /** The key a menu shows for the action: its first shortcut, else the canvas key's hint. */
    public Optional<javafx.scene.input.KeyCombination> keyShown() {
        if (!shortcuts.isEmpty()) {
            return Optional.of(javafx.scene.input.KeyCombination.keyCombination(shortcuts.get(0)));
        }
        return canvasKey == null ? Optional.empty() : Optional.of(new KeyHint(canvasKey));
    }

    /** The shortcut menus show. */
    public Optional<String> shortcut() {
        return shortcuts.stream().findFirst();
    }

    public boolean isEnabled() {
        return enabledWhen.getAsBoolean();
    }

    /**
     * Runs the command if it may run now, whatever the control that issued it showed when it
     * was last refreshed.
     */
    public void run() {
        if (isEnabled()) {
            handler.run();
        }
    }
}
