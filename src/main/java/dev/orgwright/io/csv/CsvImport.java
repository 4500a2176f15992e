package dev.orgwright.io.csv;

import dev.orgwright.io.ChartFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports a chart from a CSV file in two steps, so that a dialog can show what was found before
 * anything is imported: {@link #read} gives the table (encoding, delimiter, header, rows), and
 * {@link #importTable} turns it into a chart with a {@link ColumnMapping} the user may have
 * changed. A file that cannot be read at all (missing, too large, empty, no header) is a
 * {@link ChartFormatException}; problem rows are not: they are listed in the {@link ImportResult}.
 */
public final class CsvImport {

    private CsvImport() {
    }

    /** Reads {@code file}, detecting the delimiter. */
    public static CsvTable read(Path file) throws ChartFormatException {
        return read(file, null);
    }

    /** Reads {@code file} with {@code delimiter}, or detecting it when {@code null}. */
    public static CsvTable read(Path file, Character delimiter) throws ChartFormatException {
        String source = file.toString();
        byte[] bytes;
        try {
            CsvText.checkSize(Files.size(file), source);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ChartFormatException(source, 0, 0, "The file does not exist. Check the name and the folder.");
        } catch (IOException e) {
            throw new ChartFormatException(source, 0, 0, "The file could not be read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").");
        }
        return read(bytes, source, delimiter);
    }

    /** Reads the bytes of a CSV file called {@code source}, with {@code delimiter} or detecting it. */
    public static CsvTable read(byte[] bytes, String source, Character delimiter) throws ChartFormatException {
        CsvText.checkSize(bytes.length, source);
        CsvText.Decoded decoded = CsvText.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new ChartFormatException(source, 0, 0, "The file is empty. A CSV import needs the column names"
                    + " in row 1 (for example id, manager id, name, title) and one position per row below.");
        }
        char d = delimiter != null ? delimiter : CsvDelimiter.detect(text, 0);
        List<CsvRow> all = CsvParser.parse(text, 0, d, Integer.MAX_VALUE);
        CsvRow header = all.get(0);
        if (header.isBlank()) {
            throw new ChartFormatException(source, 1, 0, "Row 1 is blank. A CSV import needs the column names in"
                    + " row 1 (for example id, manager id, name, title); remove the blank rows above them.");
        }
        if (header.unclosedQuoteColumn() > 0) {
            throw new ChartFormatException(source, 1, header.unclosedQuoteColumn(), "Row 1, column "
                    + header.unclosedQuoteColumn() + ": a quote opens a column name that is never closed.");
        }
        List<String> names = header.fields().stream().map(String::strip).toList();
        return new CsvTable(source, decoded.encoding(), d, names, all.subList(1, all.size()));
    }

    /** Imports {@code table} with {@code mapping}; problem rows are listed in the result, not thrown. */
    public static ImportResult importTable(CsvTable table, ColumnMapping mapping, ImportOptions options)
            throws ChartFormatException {
        return importTable(table, mapping, options, ImportProgress.NONE);
    }

    /** As {@link #importTable(CsvTable, ColumnMapping, ImportOptions)}, telling {@code progress} how far it is. */
    public static ImportResult importTable(CsvTable table, ColumnMapping mapping, ImportOptions options,
                                           ImportProgress progress) throws ChartFormatException {
        if (!mapping.headers().equals(table.header())) {
            throw new IllegalArgumentException("The mapping is for other columns than the table's.");
        }
        if (mapping.column(ColumnRole.TITLE).isEmpty()) {
            // The header is the row above the first data row: row 1 of a CSV file, lower in a workbook with title rows.
            int headerRow = table.rows().isEmpty() ? 1 : Math.max(1, table.rows().get(0).row() - 1);
            throw new ChartFormatException(table.source(), headerRow, 0, "No column holds the job titles: none of the"
                    + " column names " + quotedList(table.header()) + " reads as a title (title, job title,"
                    + " position, role). Rename that column, or choose it as the title column.");
        }
        return FlatChartCheck.check(new CsvImporter(table, mapping, options, progress).run());
    }

    /**
     * Reads and imports {@code file} with the mapping its header names and its values suggest,
     * extra columns kept as the chart's own fields.
     */
    public static ImportResult importFile(Path file, ImportOptions options) throws ChartFormatException {
        CsvTable table = read(file);
        return importTable(table, ColumnMapping.detect(table, ColumnMapping.Extras.FIELDS), options);
    }

    static String quotedList(List<String> names) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(names.size(), 8);
        for (int i = 0; i < shown; i++) {
            out.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append('\'');
        }
        if (shown < names.size()) {
            out.append(" and ").append(names.size() - shown).append(" more");
        }
        return out.toString();
    }
}
