package dev.orgwright.ui.fx;

import dev.orgwright.model.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The language the user chose in Edit → Preferences, remembered for the next start: one of
 * {@link Messages#SUPPORTED}, or none, which means the system's language.
 *
 * <p>It is read once, before the first window is built ({@link #apply()}), because the window's
 * texts are fixed when its controls are made; a change takes effect when a window is next opened.
 */
public final class LanguagePreference {

    /** The key in the preferences node. */
    static final String KEY = "language";

    private final Preferences store;

    private LanguagePreference(Preferences store) {
        this.store = store;
    }

    /** The preference kept in {@code node}. */
    public static LanguagePreference inPreferences(Preferences node) {
        return new LanguagePreference(node);
    }

    /** The preference kept for the user of this computer, beside the recent files. */
    public static LanguagePreference forUser() {
        return inPreferences(Preferences.userNodeForPackage(LanguagePreference.class));
    }

    /** The languages to choose from, in the order the choice lists them; empty first: the system's. */
    public static List<Optional<Locale>> choices() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<Locale>empty()),
                Messages.SUPPORTED.stream().map(Optional::of)).toList();
    }

    /** How a choice reads in the list: a language by its own name ("Deutsch"), whatever the window's language. */
    public static String label(Optional<Locale> choice) {
        return choice.map(l -> Texts.t("preferences.language." + l.getLanguage()))
                .orElseGet(() -> Texts.t("preferences.language.system"));
    }

    /** The language chosen, or empty for the system's; a stored value no longer supported counts as empty. */
    public Optional<Locale> chosen() {
        String tag = store.get(KEY, "");
        return Messages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst();
    }

    /** Remembers {@code choice} (empty: follow the system). */
    public void choose(Optional<Locale> choice) {
        if (choice.isPresent()) {
            store.put(KEY, Messages.supported(choice.get()).getLanguage());
        } else {
            store.remove(KEY);
        }
    }

    /** The language the window uses with this preference on a system whose language is {@code system}. */
    public Locale effective(Locale system) {
        return Messages.supported(chosen().orElse(system));
    }

    /** Sets the program's language from the preference; called before the first window is built. */
    public void apply() {
        Messages.setLocale(effective(Locale.getDefault(Locale.Category.DISPLAY)));
    }
}
