package dev.orgwright.model;

/**
 * The texts the model gives people, in the user's language, from
 * {@code dev/orgwright/model/messages*.properties}: what an edit does, as the Edit menu and the
 * undo history name it ("Move 'CFO' under 'CEO'"), and the names of the chart's designs. The
 * model has no layer below it to ask, so it owns these words itself.
 */
public final class ModelTexts {

    /** The model's bundle. */
    public static final Messages BUNDLE = Messages.bundle("dev.orgwright.model.messages", ModelTexts.class);

    private ModelTexts() {
    }

    /** The text of {@code key} in the current language, with {@code args} in its placeholders. */
    public static String t(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
