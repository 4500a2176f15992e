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

    private CsvParser() {
    }

    /** At most {@code limit} records of {@code text} from {@code start}, numbered from row 1. */
    static List<CsvRow> parse(String text, int start, char delimiter, int limit) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder quoted = new StringBuilder();
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
                    while (i < n && !isEnd(text.charAt(i), delimiter)) {
                        i++;
                    }
                    value = text.substring(from, i);
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

    private static boolean isEnd(char c, char delimiter) {
        return c == delimiter || c == '\n' || c == '\r';
    }
}
