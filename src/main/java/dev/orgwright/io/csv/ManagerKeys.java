package dev.orgwright.io.csv;

import dev.orgwright.model.Blank;
import java.util.Locale;
import java.util.Set;

/**
 * How a manager cell is compared with the ids, names and e-mails of the other rows: people type
 * "'Jane Smith'", " JANE  smith" and "jane smith" for one person, so the comparison ignores case,
 * stray quotes and spaces. Also the marks that say "this is the top post": an empty cell, "XX"
 * (the UK organogram's mark), "none", "n/a", "-", or "0" when no row has the id 0.
 */
final class ManagerKeys {

    /** The top-post marks, as keys; each is one only when no row has it as its id. */
    static final Set<String> TOP_MARKS = Set.of("", "xx", "none", "n/a", "-", "0");

    private ManagerKeys() {
    }

    /** The cell as compared: quotes around or at one end removed, spaces collapsed, lower case. */
    static String key(String cell) {
        if (isPlain(cell)) {
            return cell.toLowerCase(Locale.ROOT); // most cells: an id or a name with nothing to take away
        }
        String s = Blank.strip(cell);
        int from = 0;
        int to = s.length();
        while (from < to && isQuote(s.charAt(from))) {
            from++;
        }
        while (to > from && isQuote(s.charAt(to - 1))) {
            to--;
        }
        String inner = Blank.strip(s.substring(from, to));
        StringBuilder out = new StringBuilder(inner.length());
        boolean space = false;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (Blank.isBlankChar(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the keyed cell marks a top post. A mark that is also some row's id ({@code isAnId}
     * says, for keys) names that row instead: a file may well have a post "0" or "none".
     */
    static boolean isTopMark(String key, java.util.function.Predicate<String> isAnId) {
        return key.isEmpty() || TOP_MARKS.contains(key) && !isAnId.test(key);
    }

    /** Whether {@code cell} has no blank character and no quote at either end, so only its case is changed. */
    private static boolean isPlain(String cell) {
        int n = cell.length();
        if (n == 0 || isQuote(cell.charAt(0)) || isQuote(cell.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Blank.isBlankChar(cell.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '‘' || c == '’' || c == '“' || c == '”' || c == '`';
    }
}
