package dev.orgwright.cli;

import dev.orgwright.model.Messages;

/**
 * The command line's texts in the user's language, from
 * {@code dev/orgwright/cli/messages*.properties}: help, messages and reports. Machine-readable
 * output (JSON, CSV column names) is not translated.
 */
public final class CliTexts {

    /** The command line's bundle. */
    public static final Messages BUNDLE = Messages.bundle("dev.orgwright.cli.messages", CliTexts.class);

    private CliTexts() {
    }

    /** The text of {@code key} in the current language, with {@code args} in its placeholders. */
    public static String t(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
