package dev.orgwright.io.csv;

import java.util.List;

/**
 * A CSV file as read, before any column has a meaning: where it came from, the encoding and
 * delimiter found, the header row and the data rows in file order. The import dialog shows
 * its first rows as a preview.
 *
 * @param source    the file name, used in messages
 * @param encoding  the encoding the bytes were read in ("UTF-8", "UTF-8 with BOM", "Windows-1252")
 * @param delimiter the field delimiter: ',', ';' or a tab
 * @param header    the names in row 1
 * @param rows      the data rows, from row 2, blank rows included
 */
public record CsvTable(String source, String encoding, char delimiter, List<String> header, List<CsvRow> rows) {

    /** Copies the lists. */
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The delimiter as a user would name it, in the user's language: "comma", "semicolon" or "tab". */
    public String delimiterName() {
        return CsvDelimiter.name(delimiter);
    }
}
