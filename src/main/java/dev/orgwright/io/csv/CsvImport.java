package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
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
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.file.missing"));
        } catch (IOException e) {
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.csv.unreadable",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return read(bytes, source, delimiter);
    }

    /** Reads the bytes of a CSV file called {@code source}, with {@code delimiter} or detecting it. */
    public static CsvTable read(byte[] bytes, String source, Character delimiter) throws ChartFormatException {
        CsvText.checkSize(bytes.length, source);
        CsvText.Decoded decoded = CsvText.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.csv.empty"));
        }
        char d = delimiter != null ? delimiter : CsvDelimiter.detect(text, 0);
        List<CsvRow> all = CsvParser.parse(text, 0, d, Integer.MAX_VALUE);
        CsvRow header = all.get(0);
        if (header.isBlank()) {
            throw new ChartFormatException(source, 1, 0, IoTexts.t("io.csv.blankHeader"));
        }
        if (header.unclosedQuoteColumn() > 0) {
            throw new ChartFormatException(source, 1, header.unclosedQuoteColumn(), IoTexts.t("io.csv.unclosedHeader",
                    String.valueOf(header.unclosedQuoteColumn())));
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
            throw new ChartFormatException(table.source(), headerRow, 0, IoTexts.t("io.csv.noTitleColumn",
                    quotedList(table.header())));
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
            out.append(' ').append(IoTexts.t("io.list.more", names.size() - shown));
        }
        return out.toString();
    }
}
