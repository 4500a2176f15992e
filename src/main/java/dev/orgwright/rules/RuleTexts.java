package dev.orgwright.rules;

import dev.orgwright.model.Messages;
import java.util.List;

/**
 * The texts of findings and their fixes in the user's language, from
 * {@code dev/orgwright/rules/messages*.properties}. The window and the command line show them
 * as they are.
 */
public final class RuleTexts {

    /** The rules' bundle. */
    public static final Messages BUNDLE = Messages.bundle("dev.orgwright.rules.messages", RuleTexts.class);

    private RuleTexts() {
    }

    /** The text of {@code key} in the current language, with {@code args} in its placeholders. */
    public static String t(String key, Object... args) {
        return BUNDLE.get(key, args);
    }

    /** "strategy and budget", "a, b and c": words joined the way the language lists them. */
    public static String list(List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return t("rules.list.and", String.join(", ", items.subList(0, items.size() - 1)),
                items.get(items.size() - 1));
    }
}
