package dev.orgwright.ui.importing;

import dev.orgwright.io.csv.ColumnMapping;
import dev.orgwright.io.csv.ColumnRole;
import dev.orgwright.io.csv.CsvRow;
import dev.orgwright.io.csv.CsvTable;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.ImportProblem;
import dev.orgwright.io.csv.ImportResult;
import dev.orgwright.io.xlsx.WorkbookImport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of the import dialog, without a toolkit: the file as read, the mapping the user is
 * shaping, and the import made with the current mapping, if any. A result belongs to the mapping
 * it was made with: changing a column's role drops it, and a result that arrives for an older
 * mapping is ignored, so what the dialog shows is always what Import would open.
 */
final class CsvImportModel {

    /** How many rows the preview shows. */
    static final int PREVIEW_ROWS = 20;

    private final Path file;
    private final ImportOptions options;
    private CsvTable table;
    private ColumnMapping mapping;
    private ImportResult result;
    private String failure;

    CsvImportModel(Path file, ImportOptions options) {
        this.file = Objects.requireNonNull(file, "file");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The chart's title for an import of {@code file}: its name without ".csv". */
    static String titleFor(Path file) {
        Path name = file.getFileName();
        String text = name == null ? file.toString() : name.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 ? text.substring(0, dot) : text;
    }

    Path file() {
        return file;
    }

    ImportOptions options() {
        return options;
    }

    /** The file was read: its header suggests the mapping; other columns are kept in the notes. */
    void tableRead(CsvTable read) {
        table = Objects.requireNonNull(read, "read");
        mapping = ColumnMapping.detect(read.header(), ColumnMapping.Extras.NOTES);
        result = null;
        failure = null;
    }

    /** The file could not be read, or the mapping cannot import it; {@code message} says where and what. */
    void failed(ColumnMapping used, String message) {
        if (used == null || used.equals(mapping)) {
            result = null;
            failure = message;
        }
    }

    /** An import made with {@code used} finished; kept only when the mapping is still that one. */
    void imported(ColumnMapping used, ImportResult made) {
        if (used.equals(mapping)) {
            result = made;
            failure = null;
        }
    }

    Optional<CsvTable> table() {
        return Optional.ofNullable(table);
    }

    ColumnMapping mapping() {
        return mapping;
    }

    Optional<ImportResult> result() {
        return Optional.ofNullable(result);
    }

    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Gives {@code column} the role {@code role}; a unique role leaves the column that had it,
     * which then goes to the notes. Returns whether the mapping changed (and the result with it).
     */
    boolean setRole(int column, ColumnRole role) {
        if (mapping == null || mapping.role(column) == role) {
            return false;
        }
        mapping = mapping.withRole(column, role);
        result = null;
        failure = null;
        return true;
    }

    /** The first rows of the file, as the preview shows them. */
    List<CsvRow> preview() {
        if (table == null) {
            return List.of();
        }
        return table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size()));
    }

    /**
     * "staff.csv: UTF-8, semicolon-separated, 4 rows below the header.", or for a workbook
     * "staff.xlsx: Excel workbook, sheet 'Staff', header in row 3, 4 rows below the header."
     */
    String fileSummary() {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (table == null) {
            return name;
        }
        int rows = table.rows().size();
        String read = WorkbookImport.isWorkbook(file) ? table.encoding()
                : table.encoding() + ", " + table.delimiterName() + "-separated";
        return String.format(Locale.ROOT, "%s: %s, %,d %s below the header.", name, read, rows,
                rows == 1 ? "row" : "rows");
    }

    /** What the dialog says under the mapping: the failure, the result's counts, or that it is checking. */
    String status() {
        if (failure != null) {
            return failure;
        }
        if (result == null) {
            return table == null ? "Reading the file…" : "Checking every row…";
        }
        if (result.imported() == 0) {
            return result.summary() + " No row can be imported with this mapping.";
        }
        String tiers = result.tierSummary();
        return result.summary() + (result.hasProblems() ? " The rows listed below need a look." : "")
                + (tiers.isEmpty() ? "" : " " + tiers);
    }

    /** Every problem row of the current result, as sentences with their row numbers. */
    List<String> problems() {
        return result == null ? List.of() : result.problems().stream().map(ImportProblem::message).toList();
    }

    /** Whether Import would open a chart now. */
    boolean canOpen() {
        return result != null && result.imported() > 0;
    }
}
