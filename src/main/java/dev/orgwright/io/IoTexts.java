package dev.orgwright.io;

import dev.orgwright.model.Messages;

/**
 * The texts of reading and writing files that reach people, in the user's language, from
 * {@code dev/orgwright/io/messages*.properties}: the roles a column of an imported table can
 * play and what the readers say about a file. Names written into files (CSV headers, JSON keys)
 * are a machine format and stay English.
 */
public final class IoTexts {

    /** The bundle of io. */
    public static final Messages BUNDLE = Messages.bundle("dev.orgwright.io.messages", IoTexts.class);

    private IoTexts() {
    }

    /** The text of {@code key} in the current language, with {@code args} in its placeholders. */
    public static String t(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
