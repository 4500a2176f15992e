package dev.orgwright.io.csv;

import dev.orgwright.model.Blank;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One row of a CSV file as a spreadsheet shows it: its row number (the header is row 1; a
 * quoted value with line breaks keeps its row one row), the line of the file it starts on, and
 * its fields exactly as written, quotes removed.
 */
public final class CsvRow {

    private final int row;
    private final int line;
    private final String[] fields;
    private final int unclosedQuoteField;

    CsvRow(int row, int line, String[] fields, int unclosedQuoteField) {
        this.row = row;
        this.line = line;
        this.fields = fields;
        this.unclosedQuoteField = unclosedQuoteField;
    }

    /**
     * A row read from a workbook's sheet rather than a CSV file: {@code row} is the number the sheet
     * shows, which is also its line.
     */
    public static CsvRow of(int row, List<String> fields) {
        return new CsvRow(row, row, fields.toArray(String[]::new), 0);
    }

    /** The row number a spreadsheet shows; the header is row 1. */
    public int row() {
        return row;
    }

    /** The line of the file this row starts on (1-based); larger than the row when values span lines. */
    public int line() {
        return line;
    }

    /** How many fields the row has. */
    public int size() {
        return fields.length;
    }

    /** The field at a 0-based column, or an empty string when the row is shorter. */
    public String field(int column) {
        return column < fields.length ? fields[column] : "";
    }

    public List<String> fields() {
        return Collections.unmodifiableList(Arrays.asList(fields));
    }

    /** Whether every field is empty or spaces: a spreadsheet shows such a row as blank. */
    public boolean isBlank() {
        for (String f : fields) {
            if (!Blank.isBlank(f)) {
                return false;
            }
        }
        return true;
    }

    /** The 1-based column of a quoted value that is never closed, or 0 when every quote is closed. */
    public int unclosedQuoteColumn() {
        return unclosedQuoteField;
    }

    @Override
    public String toString() {
        return "row " + row + " " + Arrays.toString(fields);
    }
}
