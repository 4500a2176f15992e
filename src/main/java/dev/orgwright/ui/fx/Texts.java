package dev.orgwright.ui.fx;

import dev.orgwright.model.Messages;

/**
 * The window's texts in the user's language, from {@code dev/orgwright/ui/messages*.properties}.
 * Every label, menu entry, tooltip, dialog text and status message of the window comes from
 * here; {@code UiTextsTest} keeps the four languages complete and the {@code ui} code free of
 * literal texts.
 */
public final class Texts {

    /** The window's bundle. */
    public static final Messages BUNDLE = Messages.bundle("dev.orgwright.ui.messages", Texts.class);

    private Texts() {
    }

    /** The text of {@code key} in the current language, with {@code args} in its placeholders. */
    public static String t(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
