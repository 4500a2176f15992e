package dev.orgwright.model;

/**
 * What "blank" means for every text of a chart: nothing but characters that show nothing.
 * {@link String#isBlank()} is not enough: it takes a no-break space (U+00A0), a figure space or
 * a zero-width space for visible text, so a title of only those would look empty on the card
 * and in every export. The same set is spelled out in the chart schema's {@code nonBlankString}
 * pattern and in {@code docs/format.md}; the three must stay the same.
 */
public final class Blank {

    private Blank() {
    }

    /**
     * Whether {@code c} shows nothing: Unicode white space (spaces of every width, the no-break
     * ones included, tabs and line breaks), the separators U+001C to U+001F that Java counts as
     * white space, and the zero-width characters U+180E, U+200B to U+200D, U+2060 and U+FEFF.
     */
    public static boolean isBlankChar(int c) {
        if (c > ' ' && c < 0x7F) {
            return false; // printable ASCII, most of any text: settled without the table below
        }
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680, 0x180E,
                 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF -> true;
            default -> c >= 0x2000 && c <= 0x200D;
        };
    }

    /** Whether {@code text} is empty or holds only {@linkplain #isBlankChar blank characters}. */
    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isBlankChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} without blank characters at either end. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlankChar(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
