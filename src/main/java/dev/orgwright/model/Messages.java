package dev.orgwright.model;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The texts of one layer in the user's language, read from a resource bundle of UTF-8
 * {@code .properties} files ({@code messages.properties} for English,
 * {@code messages_de.properties} and so on beside it).
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, …; numbers put in them are formatted for the
 * language. Unlike {@link java.text.MessageFormat}, an apostrophe is an apostrophe, so a
 * translator writes "l'organigramme" as it is spelled.
 *
 * <p>The language is one for the whole program ({@link #setLocale}): the system's when it is one
 * of {@link #SUPPORTED}, otherwise English. Bundles never fall back to the JVM's default locale,
 * so a German machine asked for English gets English.
 */
public final class Messages {

    /** The languages whose texts are complete: English first (the base bundle). */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("es"));

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = supported(Locale.getDefault(Locale.Category.DISPLAY));

    private final String baseName;
    private final ClassLoader loader;

    private Messages(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /**
     * The bundle {@code baseName} (for example {@code "dev.orgwright.ui.messages"}), looked up
     * with the class loader of {@code owner}.
     */
    public static Messages bundle(String baseName, Class<?> owner) {
        ClassLoader loader = owner.getClassLoader();
        return new Messages(Objects.requireNonNull(baseName),
                loader == null ? ClassLoader.getSystemClassLoader() : loader);
    }

    /** The language every text is given in now. */
    public static Locale locale() {
        return locale;
    }

    /** Sets the language of every text from now on; one that is not supported means English. */
    public static void setLocale(Locale wanted) {
        locale = supported(wanted);
    }

    /** The supported language closest to {@code wanted}: its language, or English. */
    public static Locale supported(Locale wanted) {
        if (wanted != null) {
            for (Locale l : SUPPORTED) {
                if (l.getLanguage().equals(wanted.getLanguage())) {
                    return l;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** The text of {@code key} in the current language, with {@code args} put in its placeholders. */
    public String get(String key, Object... args) {
        return in(locale, key, args);
    }

    /** The text of {@code key} in {@code language}; a key no bundle has comes back as {@code !key!}. */
    public String in(Locale language, String key, Object... args) {
        String pattern;
        try {
            pattern = resources(language).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return format(pattern, language, args);
    }

    /** Whether the base (English) bundle has {@code key}. */
    public boolean has(String key) {
        return resources(Locale.ENGLISH).containsKey(key);
    }

    /** The bundle of {@code language}, its English parent behind it. */
    public ResourceBundle resources(Locale language) {
        return ResourceBundle.getBundle(baseName, supported(language), loader, NO_FALLBACK);
    }

    /**
     * Puts {@code args} into the {@code {n}} placeholders of {@code pattern}; numbers are
     * formatted for {@code language}. Braces that are not a placeholder are kept as they are.
     */
    static String format(String pattern, Locale language, Object... args) {
        if (args == null || args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && allDigits(pattern, i + 1, close)) {
                int n = Integer.parseInt(pattern, i + 1, close, 10);
                out.append(n < args.length ? text(args[n], language) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean allDigits(String s, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String text(Object arg, Locale language) {
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
            return NumberFormat.getIntegerInstance(language).format(((Number) arg).longValue());
        }
        if (arg instanceof Double || arg instanceof Float) {
            NumberFormat f = NumberFormat.getNumberInstance(language);
            f.setMaximumFractionDigits(2);
            return f.format(((Number) arg).doubleValue());
        }
        return String.valueOf(arg);
    }
}
