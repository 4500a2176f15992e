package dev.orgwright.render;

import dev.orgwright.model.Messages;

/**
 * The texts that drawings carry (the analysis page of an export) in the user's language, from
 * {@code dev/orgwright/render/messages*.properties}.
 */
public final class RenderTexts {

    /** The renderer's bundle. */
    public static final Messages BUNDLE = Messages.bundle("dev.orgwright.render.messages", RenderTexts.class);

    private RenderTexts() {
    }

    /** The text of {@code key} in the current language, with {@code args} in its placeholders. */
    public static String t(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
