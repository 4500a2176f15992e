package dev.orgwright.ui.fx;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A key a menu item shows in its shortcut column without answering it: the canvas handles
 * Insert, Enter, F2 and Delete itself, since as accelerators they would fire while the user
 * types in the inspector. The menu shows the key where every other shortcut is shown, instead
 * of in the label's text.
 */
public final class KeyHint extends KeyCombination {

    private final KeyCode code;

    /** The hint for {@code key}, a {@link KeyCode} name such as "INSERT" or "F2". */
    public KeyHint(String key) {
        this.code = KeyCode.valueOf(key);
    }

    public KeyCode code() {
        return code;
    }

    /** Never: the key belongs to the canvas, which handles it while it has the keyboard. */
    @Override
    public boolean match(KeyEvent event) {
        return false;
    }

    @Override
    public String getName() {
        return code.getName();
    }

    @Override
    public String getDisplayText() {
        return code.getName();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyHint other && other.code == code;
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + 7;
    }
}
