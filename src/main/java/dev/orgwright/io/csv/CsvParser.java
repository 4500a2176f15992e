package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * RFC 4180 with the leniency of spreadsheets: fields separated by one delimiter, records ended
 * by CRLF, LF or a lone CR; a field in double quotes may hold delimiters, line breaks and doubled
 * quotes. A quote in the middle of an unquoted field, or text after a closing quote, is kept as
 * written (Excel does the same). A quote never closed makes the rest of the file one field; the
 * row says so, and the importer refuses it.
 */
final class CsvParser {

    /** Cells shared when repeated are at most this long, and this many are remembered (a power of two). */
    private static final int SHARED_LENGTH = 32;
    private static final int SEEN_SLOTS = 8192;

    private CsvParser() {
    }

    /** At most {@code limit} records of {@code text} from {@code start}, numbered from row 1. */
    static List<CsvRow> parse(String text, int start, char delimiter, int limit) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder quoted = new StringBuilder();
        String[] seen = new String[SEEN_SLOTS];
        int n = text.length();
        int i = start;
        int line = 1;
        while (i < n && rows.size() < limit) {
            if ((rows.size() & 0xFFF) == 0xFFF && Thread.currentThread().isInterrupted()) {
                throw new CancellationException(IoTexts.t("io.import.cancelled"));
            }
            int recordLine = line;
            int unclosed = 0;
            fields.clear();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                String value;
                if (i < n && text.charAt(i) == '"') {
                    quoted.setLength(0);
                    int openedAt = fields.size() + 1;
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                quoted.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                            line++;
                        }
                        quoted.append(c);
                        i++;
                    }
                    if (!closed) {
                        unclosed = openedAt;
                    }
                    // Text after the closing quote stays part of the value, as spreadsheets read it.
                    int tail = i;
                    while (i < n && !isEnd(text.charAt(i), delimiter)) {
                        i++;
                    }
                    quoted.append(text, tail, i);
                    value = quoted.toString();
                } else {
                    int from = i;
                    int hash = 0;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (isEnd(c, delimiter)) {
                            break;
                        }
                        hash = 31 * hash + c;
                        i++;
                    }
                    value = shared(seen, text, from, i, hash);
                }
                fields.add(value);
                if (i < n && text.charAt(i) == delimiter) {
                    i++;
                } else {
                    endOfRecord = true;
                    if (i < n && text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                }
            }
            rows.add(new CsvRow(rows.size() + 1, recordLine, fields.toArray(new String[0]), unclosed));
        }
        return rows;
    }

    /**
     * The text from {@code from} to {@code to}, as the same String as an equal short cell read
     * shortly before when there was one: a column of departments, sites or grades repeats a few
     * values down 100,000 rows, and one String each keeps the table small. A cell of its own
     * merely takes the slot of the last one.
     */
    private static String shared(String[] seen, String text, int from, int to, int hash) {
        int length = to - from;
        if (length == 0) {
            return "";
        }
        if (length > SHARED_LENGTH) {
            return text.substring(from, to);
        }
        int slot = (hash ^ (hash >>> 13)) & (SEEN_SLOTS - 1);
        String last = seen[slot];
        if (last != null && last.length() == length && text.regionMatches(from, last, 0, length)) {
            return last;
        }
        String value = text.substring(from, to);
        seen[slot] = value;
        return value;
    }

    private static boolean isEnd(char c, char delimiter) {
        return c == delimiter || c == '\n' || c == '\r';
    }
}
