package dev.orgwright.io.csv;

import dev.orgwright.io.ChartFormatException;
import java.nio.charset.StandardCharsets;

/** Short ways for tests to read and import CSV text. */
final class Csv {

    private Csv() {
    }

    static CsvTable read(String text) throws ChartFormatException {
        return CsvImport.read(text.getBytes(StandardCharsets.UTF_8), "test.csv", null);
    }

    /** Imports {@code text} with the detected mapping, extra columns kept in notes. */
    static ImportResult importText(String text) throws ChartFormatException {
        return importText(text, ColumnMapping.Extras.NOTES);
    }

    static ImportResult importText(String text, ColumnMapping.Extras extras) throws ChartFormatException {
        CsvTable table = read(text);
        return CsvImport.importTable(table, ColumnMapping.detect(table.header(), extras), ImportOptions.titled("Test"));
    }
}
