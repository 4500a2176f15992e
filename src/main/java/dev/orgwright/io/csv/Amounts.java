package dev.orgwright.io.csv;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads numbers as people type them in spreadsheets and HR exports: {@code 1,234.50},
 * {@code £54,705}, {@code 54705.0}, {@code 0.36}, {@code $1 234}, {@code 1.234,50 €},
 * {@code -12}, {@code (1,200)}. A currency sign before or after the number and spaces of any
 * kind are left out; commas, dots, spaces and apostrophes between groups of three digits are
 * thousands separators; the last comma or dot before fewer or more than three digits is the
 * decimal point. Anything else (words, two numbers, a date) is not a number, so that a cell
 * is never read as a figure it does not say.
 */
public final class Amounts {

    private Amounts() {
    }

    /** The number {@code cell} holds, or empty when it holds none or is empty. */
    public static Optional<BigDecimal> parse(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String s = stripSignsAndSpaces(cell);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        boolean negative = false;
        if (s.length() > 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
            negative = true; // accounting style: (1,200) is -1200
            s = stripSignsAndSpaces(s.substring(1, s.length() - 1));
        }
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '\u2212' || s.charAt(0) == '+')) {
            if (negative) {
                return Optional.empty();
            }
            negative = s.charAt(0) != '+';
            s = stripSignsAndSpaces(s.substring(1));
        }
        String digits = s.isEmpty() ? null : canonical(s);
        if (digits == null) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(digits);
        return Optional.of(negative ? value.negate() : value);
    }

    /** Whether {@code cell} holds a number, as {@link #parse} reads it. */
    public static boolean isNumber(String cell) {
        return parse(cell).isPresent();
    }

    /** The number written with only digits and at most one '.', or {@code null} when it is not a number. */
    private static String canonical(String s) {
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        int decimal = -1;
        if (lastDot >= 0 && lastComma >= 0) {
            decimal = Math.max(lastDot, lastComma);
        } else if (lastDot >= 0 || lastComma >= 0) {
            int at = Math.max(lastDot, lastComma);
            char mark = s.charAt(at);
            boolean once = s.indexOf(mark) == at;
            int after = s.length() - at - 1;
            // "54705.0" and "0,36" have a decimal point; "1,234" and "1.234.567" have groups of three.
            if (!once || after == 3 && mark == ',' && at > 0) {
                decimal = -1;
            } else {
                decimal = at;
            }
        }
        String whole = decimal < 0 ? s : s.substring(0, decimal);
        String fraction = decimal < 0 ? "" : s.substring(decimal + 1);
        if (fraction.isEmpty() && decimal >= 0 || !allDigits(fraction)) {
            return null;
        }
        String wholeDigits = groupedDigits(whole);
        if (wholeDigits == null) {
            return null;
        }
        if (wholeDigits.isEmpty()) {
            wholeDigits = "0"; // ".5"
        }
        return fraction.isEmpty() ? wholeDigits : wholeDigits + "." + fraction;
    }

    /**
     * The digits of a whole part written plainly ("54705") or in groups of three after the first
     * ("54,705", "1 234 567", "1'234"), or {@code null} when the separators are not in those places.
     */
    private static String groupedDigits(String whole) {
        if (allDigits(whole)) {
            return whole;
        }
        char separator = 0;
        StringBuilder out = new StringBuilder(whole.length());
        int group = 0;
        boolean first = true;
        for (int i = 0; i < whole.length(); i++) {
            char ch = whole.charAt(i);
            if (ch >= '0' && ch <= '9') {
                out.append(ch);
                group++;
            } else if (isGroupSeparator(ch)) {
                char kind = isSpace(ch) ? ' ' : ch;
                if (separator != 0 && separator != kind || group == 0 || group > 3 || !first && group != 3) {
                    return null;
                }
                separator = kind;
                first = false;
                group = 0;
            } else {
                return null;
            }
        }
        return group == 3 ? out.toString() : null;
    }

    private static boolean isGroupSeparator(char ch) {
        return ch == ',' || ch == '.' || ch == '\'' || ch == '\u2019' || isSpace(ch);
    }

    private static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\u00A0' || ch == '\u202F' || ch == '\u2009' || ch == '\u2007';
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Leaves out spaces and currency signs at both ends ("£ 54,705", "1 234 €", "GBP 100" is not
     * left alone: letters make a cell not a number, except the sign's own characters).
     */
    private static String stripSignsAndSpaces(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && isEdge(cell.charAt(start))) {
            start++;
        }
        while (end > start && isEdge(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(start, end);
    }

    private static boolean isEdge(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch)
                || Character.getType(ch) == Character.CURRENCY_SYMBOL;
    }
}
