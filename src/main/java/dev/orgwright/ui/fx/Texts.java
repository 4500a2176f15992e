package dev.orgwright.ui.fx;

import dev.orgwright.model.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Optional;

/**
 * The window's texts in the user's language, from {@code dev/orgwright/ui/messages*.properties}.
 * Every label, menu entry, tooltip, dialog text and status message of the window comes from
 * here; {@code UiTextsTest} keeps the four languages complete and the {@code ui} code free of
 * literal texts.
 *
 * <p>The figures the window shows are formatted here too, for the same language
 * ({@link Messages#locale()}): "1,234.5" in English is "1.234,5" in German.
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

    /** A figure with grouping and at most two decimals: "1,234.5". */
    public static String number(BigDecimal n) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Messages.locale())).format(n);
    }

    /** A whole number with grouping: "12,345". */
    public static String whole(long n) {
        return NumberFormat.getIntegerInstance(Messages.locale()).format(n);
    }

    /** An amount in whole units with its currency code, if there is one: "810,000 EUR". */
    public static String money(BigDecimal n, Optional<String> currency) {
        return whole(n.setScale(0, RoundingMode.HALF_UP).longValue()) + currency.map(c -> " " + c).orElse("");
    }
}
