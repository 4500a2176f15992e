package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The field delimiters spreadsheets write: a comma, a semicolon (where the comma is the decimal
 * sign, as in most of Europe) or a tab (Excel's "Unicode text").
 */
public final class CsvDelimiter {

    /** The delimiters detected, in the order preferred on a tie. */
    public static final List<Character> DETECTED = List.of(',', ';', '\t');

    /** How many rows are looked at to find the delimiter. */
    private static final int SAMPLE_ROWS = 20;

    private CsvDelimiter() {
    }

    /**
     * The delimiter as people read it, in the user's language ("comma", "Semikolon"), or the
     * character itself in quotes.
     */
    public static String name(char delimiter) {
        return switch (delimiter) {
            case ',' -> IoTexts.t("io.delimiter.comma");
            case ';' -> IoTexts.t("io.delimiter.semicolon");
            case '\t' -> IoTexts.t("io.delimiter.tab");
            case '|' -> IoTexts.t("io.delimiter.pipe");
            default -> "'" + delimiter + "'";
        };
    }

    /**
     * Reads a delimiter as a user types it on the command line: a name ("comma", "tab") or the
     * character (",", ";", "\t"). The names are option values, the same in every language.
     */
    public static Optional<Character> parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "comma", "," -> Optional.of(',');
            case "semicolon", ";" -> Optional.of(';');
            case "tab", "\t", "\\t" -> Optional.of('\t');
            case "pipe", "|" -> Optional.of('|');
            default -> Optional.empty();
        };
    }

    /**
     * The delimiter that splits the header and the first rows most consistently: the header must
     * have more than one field, and the best delimiter gives the most rows with as many fields as
     * the header (quotes respected). A file with one column is read with a comma.
     */
    static char detect(String text, int start) {
        char best = ',';
        int bestScore = -1;
        int bestWidth = 0;
        for (char candidate : DETECTED) {
            List<CsvRow> sample = CsvParser.parse(text, start, candidate, SAMPLE_ROWS + 1);
            if (sample.isEmpty() || sample.get(0).size() < 2) {
                continue;
            }
            int width = sample.get(0).size();
            int score = 0;
            for (CsvRow row : sample.subList(1, sample.size())) {
                if (row.size() == width) {
                    score++;
                }
            }
            if (score > bestScore || (score == bestScore && width > bestWidth)) {
                best = candidate;
                bestScore = score;
                bestWidth = width;
            }
        }
        return best;
    }
}
