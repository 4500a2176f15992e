package dev.orgwright.io.csv;

import dev.orgwright.model.Blank;
import java.util.OptionalInt;

/**
 * The two things a cell needs on its way into and out of a spreadsheet: quoting (RFC 4180) and
 * the protection against formula injection. A spreadsheet runs a cell that starts with =, +, -,
 * or @ (and, in some, a tab or a carriage return) as a formula; such cells are written with a
 * leading apostrophe, which spreadsheets show as text and the importer removes again. A value
 * that itself starts with apostrophes before such a character gets one more, so every value
 * comes back exactly.
 */
final class CsvCells {

    private CsvCells() {
    }

    static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Whether {@code value} is apostrophes followed by a formula character (none or more apostrophes). */
    private static boolean quotesBeforeFormula(String value) {
        int k = 0;
        while (k < value.length() && value.charAt(k) == '\'') {
            k++;
        }
        return k < value.length() && startsFormula(value.charAt(k));
    }

    /** The value as written to a cell: an apostrophe in front when a spreadsheet would run it. */
    static String protect(String value) {
        return quotesBeforeFormula(value) ? "'" + value : value;
    }

    /** The value a protected cell stands for: one leading apostrophe before a formula character removed. */
    /**
     * The value of a cell as the import reads it: the formula guard taken off, and a cell of only
     * spaces (no-break ones included) empty. Missing cells at the end of a short row are empty too.
     */
    static String text(CsvRow row, int column) {
        return Blank.strip(unprotect(row.field(column)));
    }

    /** {@link #text(CsvRow, int)} of a column that may not be there: empty without one. */
    static String text(CsvRow row, OptionalInt column) {
        return column.isEmpty() ? "" : text(row, column.getAsInt());
    }

    static String unprotect(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && quotesBeforeFormula(cell) ? cell.substring(1) : cell;
    }

    /** Appends {@code value} as one CSV field, in quotes when it holds the delimiter, a quote or a line break. */
    static void appendField(StringBuilder out, String value, char delimiter) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
