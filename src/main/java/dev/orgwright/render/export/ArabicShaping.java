package dev.orgwright.render.export;

/**
 * Joins Arabic letters: each letter takes its isolated, final, initial or medial form
 * (Unicode's Arabic Presentation Forms), and lam followed by alef becomes their ligature. A PDF
 * draws glyphs as they are given, so text must be shaped before it is drawn; the bundled font
 * has these forms. Covers the Arabic letters and those Persian and Urdu add (peh, tcheh, jeh,
 * keheh, gaf, farsi yeh, and Urdu's tteh, ddal, rreh, noon ghunna, the hehs and yeh barree).
 * Works on text in logical order; letters without presentation forms are left as they are. See decision record 0018 for why a table and not a shaping library.
 */
final class ArabicShaping {

    /** Letters U+0621 to U+064A: the first presentation form (isolated) and how many forms; 0 for none. */
    private static final int[] FIRST = new int[0x64B - 0x621];
    private static final int[] COUNT = new int[0x64B - 0x621];
    private static final int TATWEEL = 0x640;
    private static final int LAM = 0x644;

    static {
        // The order of the Arabic Presentation Forms-B block, letter by letter from hamza to yeh.
        int[] counts = {1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4};
        int form = 0xFE80;
        for (int i = 0; i < counts.length; i++) {
            FIRST[i] = form;
            COUNT[i] = counts[i];
            form += counts[i];
        }
        int[] later = {4, 4, 4, 4, 4, 4, 4, 2, 2, 4}; // feh to yeh, U+0641 to U+064A
        for (int i = 0; i < later.length; i++) {
            FIRST[0x641 - 0x621 + i] = form;
            COUNT[0x641 - 0x621 + i] = later[i];
            form += later[i];
        }
    }

    private ArabicShaping() {
    }

    /** Whether {@code text} has a character this class would change. */
    static boolean needed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x621 && c <= 0x6FF) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} (logical order) with its Arabic letters in their joined forms. */
    static String shape(String text) {
        if (!needed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int count = count(c);
            if (count == 0) {
                out.append(c);
                continue;
            }
            boolean before = joinsForward(previousLetter(text, i));
            int next = nextLetter(text, i);
            if (c == LAM && next >= 0 && isAlef(text.charAt(next)) && next == i + 1) {
                out.append((char) (lamAlef(text.charAt(next)) + (before ? 1 : 0)));
                i = next;
                continue;
            }
            boolean after = next >= 0 && joinsBackward(text.charAt(next));
            int form;
            if (count == 4) {
                form = before ? (after ? 3 : 1) : (after ? 2 : 0);
            } else if (count == 2) {
                form = before ? 1 : 0;
            } else {
                form = 0;
            }
            out.append(c == TATWEEL ? c : (char) (first(c) + form));
        }
        return out.toString();
    }

    /** Whether {@code text} has an Arabic-script letter this table has no joined forms for (Pashto's, Sindhi's, Kurdish's). */
    static boolean lacksForms(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x600 && Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                    && count(c) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code codePoint} belongs in a run the JDK shapes as Arabic: its letters, marks and joiners. */
    static boolean shapedRunPart(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.ARABIC && !Character.isDigit(codePoint)
                || script == Character.UnicodeScript.INHERITED || codePoint == 0x200C || codePoint == 0x200D;
    }

    private static int count(char c) {
        if (c == TATWEEL) {
            return 4;
        }
        if (c >= 0x621 && c < 0x64B) {
            return COUNT[c - 0x621];
        }
        int extra = extra(c);
        return extra == 0 ? 0 : extra & 0xF;
    }

    private static int first(char c) {
        return c >= 0x621 && c < 0x64B ? FIRST[c - 0x621] : extra(c) >>> 4;
    }

    /**
     * The letters Persian and Urdu add to the Arabic ones, from the Arabic Presentation Forms-A
     * block: their isolated form shifted left by four bits, or'ed with how many forms; 0 for none.
     */
    private static int extra(char c) {
        return switch (c) {
            case 0x0679 -> 0xFB66 << 4 | 4; // tteh
            case 0x067E -> 0xFB56 << 4 | 4; // peh
            case 0x0686 -> 0xFB7A << 4 | 4; // tcheh
            case 0x0688 -> 0xFB88 << 4 | 2; // ddal
            case 0x0691 -> 0xFB8C << 4 | 2; // rreh
            case 0x0698 -> 0xFB8A << 4 | 2; // jeh
            case 0x06A9 -> 0xFB8E << 4 | 4; // keheh
            case 0x06AF -> 0xFB92 << 4 | 4; // gaf
            case 0x06BA -> 0xFB9E << 4 | 2; // noon ghunna
            case 0x06BE -> 0xFBAA << 4 | 4; // heh doachashmee
            case 0x06C0 -> 0xFBA4 << 4 | 2; // heh with yeh above
            case 0x06C1 -> 0xFBA6 << 4 | 4; // heh goal
            case 0x06CC -> 0xFBFC << 4 | 4; // farsi yeh
            case 0x06D2 -> 0xFBAE << 4 | 2; // yeh barree
            default -> 0;
        };
    }

    /** Whether a letter joins the letter after it (dual-joining letters and tatweel). */
    private static boolean joinsForward(int c) {
        return c >= 0 && count((char) c) == 4;
    }

    /** Whether a letter joins the letter before it. */
    private static boolean joinsBackward(char c) {
        return count(c) >= 2;
    }

    /** The nearest character before {@code i} that is not a combining mark, or -1. */
    private static int previousLetter(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!isMark(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return -1;
    }

    /** The index of the nearest character after {@code i} that is not a combining mark, or -1. */
    private static int nextLetter(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!isMark(text.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isAlef(char c) {
        return c == 0x622 || c == 0x623 || c == 0x625 || c == 0x627;
    }

    /** The isolated lam-alef ligature for an alef; its final form is the next code point. */
    private static int lamAlef(char alef) {
        return switch (alef) {
            case 0x622 -> 0xFEF5;
            case 0x623 -> 0xFEF7;
            case 0x625 -> 0xFEF9;
            default -> 0xFEFB;
        };
    }
}
