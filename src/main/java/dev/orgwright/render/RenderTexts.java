package dev.orgwright.render;

import dev.orgwright.model.Messages;

/**
 * The texts the renderer draws into pictures and documents (labels, headings, references) in the
 * user's language, from {@code dev/orgwright/render/messages*.properties}.
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
