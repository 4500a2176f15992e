package dev.orgwright.ui.importing;

import dev.orgwright.io.PhotoImport;
import dev.orgwright.io.csv.ColumnMapping;
import dev.orgwright.io.csv.ColumnRole;
import dev.orgwright.io.csv.CsvRow;
import dev.orgwright.io.csv.CsvTable;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.ImportProblem;
import dev.orgwright.io.csv.ImportResult;
import dev.orgwright.io.csv.PersonalData;
import dev.orgwright.io.xlsx.WorkbookImport;
import dev.orgwright.ui.fx.Texts;
import java.nio.file.Path;
import java.util.List;
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
    private ImportOptions options;
    private CsvTable table;
    private ColumnMapping mapping;
    private ImportResult result;
    private String failure;
    /** The folder of photos chosen for the import, or null. */
    private Path photosFolder;
    /** Which photos of {@link #photosFolder} match the positions of {@link #photosMatchedFor}, or why they could not be matched. */
    private PhotoImport.FolderMatch photosMatch;
    private String photosProblem;
    private dev.orgwright.model.Chart photosMatchedFor;

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

    /**
     * The file was read: its header and its values suggest the mapping (the id and manager columns
     * found from the values when no name says so); other columns are kept as the chart's own fields.
     */
    void tableRead(CsvTable read) {
        table = Objects.requireNonNull(read, "read");
        mapping = ColumnMapping.detect(read, ColumnMapping.Extras.FIELDS);
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

    /** An import made with {@code used} and the current options finished; kept only when the mapping is still that one. */
    void imported(ColumnMapping used, ImportResult made) {
        imported(used, options, made);
    }

    /** An import made with {@code used} and {@code optionsUsed} finished; kept only when both are still those. */
    void imported(ColumnMapping used, ImportOptions optionsUsed, ImportResult made) {
        if (used.equals(mapping) && optionsUsed.equals(options)) {
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

    /**
     * Whether column {@code column} is kept private: the user's choice, or else what its role,
     * name and values suggest (pay, e-mail, phone, address…).
     */
    boolean isPrivate(int column) {
        if (table == null) {
            return false;
        }
        Boolean chosen = PersonalData.privacyIsAChoice(mapping, column) ? options.privacy().get(column) : null;
        return chosen != null ? chosen : PersonalData.suggestsPrivate(table, mapping, column);
    }

    /** Whether the user may choose if {@code column} is private (own fields, e-mail); the cost is always private. */
    boolean canChoosePrivacy(int column) {
        return mapping != null && PersonalData.privacyIsAChoice(mapping, column);
    }

    /** Makes {@code column} private or public; returns whether that changed anything (and drops the result). */
    boolean setPrivate(int column, boolean isPrivate) {
        if (!canChoosePrivacy(column) || isPrivate(column) == isPrivate) {
            return false;
        }
        java.util.Map<Integer, Boolean> choices = new java.util.HashMap<>(options.privacy());
        choices.put(column, isPrivate);
        options = options.withPrivacy(choices);
        result = null;
        failure = null;
        return true;
    }

    /** "Private: salary, email, phone_number.", or "No column is private." */
    String privacySummary() {
        if (table == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < mapping.headers().size(); c++) {
            if (isPrivate(c)) {
                out.append(out.isEmpty() ? "" : ", ").append(mapping.headerName(c));
            }
        }
        return out.isEmpty() ? Texts.t("importing.csvImportModel.noColumnIsPrivate") : Texts.t("importing.csvImportModel.privateInNoExport", out);
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
                : Texts.t("importing.csvImportModel.separated", table.encoding(), table.delimiterName());
        return Texts.t(rows == 1 ? "importing.csvImportModel.rows.one" : "importing.csvImportModel.rows.many", name, read, rows);
    }

    /** What the dialog says under the mapping: the failure, the result's counts, or that it is checking. */
    String status() {
        if (failure != null) {
            return failure;
        }
        if (result == null) {
            return table == null ? Texts.t("importing.csvImportModel.readingTheFile") : Texts.t("importing.csvImportModel.checkingEveryRow");
        }
        if (result.imported() == 0) {
            return Texts.t("importing.csvImportModel.noRowCanBe", result.summary());
        }
        String tiers = result.tierSummary();
        String holders = result.holderSummary();
        return result.summary() + (result.hasProblems() ? Texts.t("importing.csvImportModel.theRowsListedBelow") : "")
                + (tiers.isEmpty() ? "" : " " + tiers) + (holders.isEmpty() ? "" : " " + holders);
    }

    /**
     * The figures that show whether the mapping found the structure, for the current result:
     * "6 rows, 4 positions; 2 top positions, 3 levels, 1 manager not found.", or empty while
     * the rows are checked. They change with every remapping, so a user sees a wrong manager
     * column at once (every position a top position, one level).
     */
    String figures() {
        return result == null ? "" : result.figures().describe();
    }

    /** Why the import chose the id and manager columns and left junk columns out; empty once the user chose. */
    List<String> reasons() {
        return mapping == null ? List.of() : mapping.explanations();
    }

    /** Every problem row of the current result, as sentences with their row numbers. */
    List<String> problems() {
        return result == null ? List.of() : result.problems().stream().map(ImportProblem::message).toList();
    }

    /** The folder of photos chosen, if any. */
    Optional<Path> photosFolder() {
        return Optional.ofNullable(photosFolder);
    }

    /** Takes the photos of {@code folder} (matched to positions as {@code orgwright import --photos} does). */
    void setPhotosFolder(Path folder) {
        photosFolder = Objects.requireNonNull(folder, "folder");
        photosMatchedFor = null;
    }

    /**
     * The photos of the chosen folder that match positions of the current result, by id or
     * holder's name; found from the file names once per result and folder.
     */
    Optional<PhotoImport.FolderMatch> photosMatch() {
        if (photosFolder == null || result == null) {
            return Optional.empty();
        }
        if (photosMatchedFor != result.chart()) {
            photosMatchedFor = result.chart();
            try {
                photosMatch = PhotoImport.match(result.chart(), photosFolder);
                photosProblem = null;
            } catch (java.io.IOException | RuntimeException e) {
                photosMatch = null;
                photosProblem = Texts.t("importing.photos.unreadable", photosFolder, String.valueOf(e.getMessage()));
            }
        }
        return Optional.ofNullable(photosMatch);
    }

    /** The photos could not be put into the chart: {@code detail} says why, the preview shows it. */
    void photosFailed(String detail) {
        photosMatch = null;
        photosMatchedFor = result == null ? null : result.chart();
        photosProblem = Texts.t("importing.photos.unreadable", photosFolder, detail);
    }

    /**
     * What the preview says of the photos: the folder and how many positions its photos match,
     * why the folder cannot be read, or that no folder is chosen.
     */
    String photosSummary() {
        if (photosFolder == null) {
            return Texts.t("importing.photos.none");
        }
        Optional<PhotoImport.FolderMatch> match = photosMatch();
        if (match.isPresent()) {
            return Texts.t("importing.photos.matched", photosFolder, match.get().matched(),
                    match.get().unmatched().size());
        }
        return result == null ? Texts.t("importing.photos.waiting", photosFolder) : photosProblem;
    }

    /** Whether Import would open a chart now. */
    boolean canOpen() {
        return result != null && result.imported() > 0;
    }
}
