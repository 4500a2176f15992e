package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import dev.orgwright.io.csv.ImportProblem.Kind;
import dev.orgwright.model.Blank;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import dev.orgwright.model.TypicalTitles;
import dev.orgwright.model.UnknownFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

/**
 * Turns the rows of a table into positions, one row at a time, and then the positions into a
 * chart: every row that can be imported is, the others are listed with why. Rows keep their file
 * order, which becomes the order of siblings.
 */
final class CsvImporter {

    /** The title of a position whose title cell is empty: a position needs one. */
    static String untitled() {
        return IoTexts.t("io.csv.untitled");
    }

    /** A row read into the fields of a position, before its manager is known. */
    record Row(int row, PositionId id, String managerRef, String title, String holder, String tierId,
               List<Duty> duties, String department, String notes, String email, TypedCells.Facts facts,
               FieldValues fields) {
    }

    /** What a repeated id becomes: the id, this mark and a number ("270~2"). */
    static final String REPEAT_MARK = "~";

    private final CsvTable table;
    private final ColumnMapping mapping;
    private final ImportOptions options;
    private final ImportProgress progress;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int fromTitles;
    private final TypicalTitles titleTiers;
    private final Map<String, Tier> tiersByKey = new HashMap<>();
    private final int width;
    private final OptionalInt idColumn;
    private final OptionalInt managerColumn;
    private final OptionalInt titleColumn;
    private final OptionalInt tierColumn;
    /** The other columns read on every row, looked up once per file rather than once per cell. */
    private final OptionalInt departmentColumn;
    private final OptionalInt emailColumn;
    private final OptionalInt fullNameColumn;
    private final OptionalInt firstNameColumn;
    private final OptionalInt lastNameColumn;
    private final OptionalInt dutiesColumn;
    private final OptionalInt notesColumn;
    /** The columns kept in the notes, and their labels ("Phone number: "), worked out once per file. */
    private final int[] noteColumns;
    private final String[] noteLabels;
    private final TypedCells typed;
    private final FieldColumns fieldColumns;
    /** Every id the file gives, so that a repeated id is renamed to one no row has. */
    private final java.util.Set<PositionId> idsInFile = new java.util.HashSet<>();

    CsvImporter(CsvTable table, ColumnMapping mapping, ImportOptions options, ImportProgress progress) {
        this.table = table;
        this.mapping = mapping;
        this.options = options;
        this.progress = progress;
        this.titleTiers = new TypicalTitles(options.tiers());
        this.width = table.header().size();
        this.idColumn = mapping.column(ColumnRole.ID);
        this.managerColumn = mapping.column(ColumnRole.MANAGER);
        this.titleColumn = mapping.column(ColumnRole.TITLE);
        this.tierColumn = mapping.column(ColumnRole.TIER);
        this.departmentColumn = mapping.column(ColumnRole.DEPARTMENT);
        this.emailColumn = mapping.column(ColumnRole.EMAIL);
        this.fullNameColumn = mapping.column(ColumnRole.FULL_NAME);
        this.firstNameColumn = mapping.column(ColumnRole.FIRST_NAME);
        this.lastNameColumn = mapping.column(ColumnRole.LAST_NAME);
        this.dutiesColumn = mapping.column(ColumnRole.DUTIES);
        this.notesColumn = mapping.column(ColumnRole.NOTES);
        int extras = 0;
        for (int c = 0; c < width; c++) {
            extras += keptInNotes(mapping.role(c)) ? 1 : 0;
        }
        this.noteColumns = new int[extras];
        this.noteLabels = new String[extras];
        for (int c = 0, k = 0; c < width; c++) {
            if (keptInNotes(mapping.role(c))) {
                noteColumns[k] = c;
                noteLabels[k++] = label(mapping.headerName(c)) + ": ";
            }
        }
        this.typed = new TypedCells(mapping, (row, column, kind, what) -> report(row, column, kind, false, what));
        this.fieldColumns = FieldColumns.plan(table, mapping, options.privacy(), options.fields());
        // Names first, then ids, so that an id wins when a name and an id are spelled alike.
        for (Tier t : options.tiers()) {
            tiersByKey.putIfAbsent(t.name().strip().toLowerCase(Locale.ROOT), t);
        }
        for (Tier t : options.tiers()) {
            tiersByKey.put(t.id().toLowerCase(Locale.ROOT), t);
        }
    }

    /** Whether a column of this role is kept in the notes as "Header: value". */
    private static boolean keptInNotes(ColumnRole role) {
        return switch (role) {
            case EXTRA_NOTE -> true;
            default -> false;
        };
    }

    ImportResult run() {
        List<CsvRow> rows = table.rows();
        if (idColumn.isPresent()) {
            for (CsvRow r : rows) {
                String value = cell(r, idColumn);
                if (!value.isEmpty()) {
                    idsInFile.add(PositionId.of(value));
                }
            }
        }
        List<Row> accepted = new ArrayList<>(rows.size());
        Map<PositionId, Integer> rowOfId = new HashMap<>(rows.size() * 2);
        Map<String, Integer> refusedIds = new HashMap<>();
        int refused = 0;
        for (int i = 0; i < rows.size(); i++) {
            if ((i & 0x7FF) == 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException(IoTexts.t("io.import.cancelled"));
                }
                progress.rowsDone(i, rows.size());
            }
            CsvRow r = rows.get(i);
            Row read = readRow(r, rowOfId);
            if (read == null) {
                refused++;
                if (idColumn.isPresent() && !r.isBlank()) {
                    refusedIds.putIfAbsent(cell(r, idColumn), r.row());
                }
            } else {
                rowOfId.put(read.id(), read.row());
                accepted.add(read);
            }
        }
        progress.rowsDone(rows.size(), rows.size());
        Map<PositionId, PositionId> managers = new ReportingLines(accepted, refusedIds, managerColumn.isPresent()
                ? mapping.headerName(managerColumn.getAsInt()) : null, problems).resolve();
        Map<PositionId, String> tiers = new HashMap<>(accepted.size() * 2);
        for (Row a : accepted) {
            tiers.put(a.id(), a.tierId());
        }
        // With a tier column the file says each tier, an empty cell included: nothing is inferred.
        int fromStructure = tierColumn.isPresent() ? 0
                : new TierInference(options.tiers()).fromStructure(accepted, tiers, managers);
        List<Position> positions = new ArrayList<>(accepted.size());
        for (Row a : accepted) {
            TypedCells.Facts f = a.facts();
            positions.add(new Position(a.id(), a.title(), f.holder(), f.holderDisclosed(), tiers.get(a.id()), a.duties(),
                    managers.get(a.id()), List.of(), a.department(), a.notes(), false, f.fte(), f.cost(), f.status(),
                    f.photo(), a.fields(), UnknownFields.NONE));
        }
        Chart chart;
        try {
            chart = Chart.builder().title(options.title()).tiers(options.tiers()).fields(fieldColumns.definitions())
                    .addAll(positions).build();
        } catch (InvalidChartException e) {
            throw new IllegalStateException("The importer made a chart that is not whole: " + e.getMessage(), e);
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new ImportResult(chart, table, mapping, problems, rows.size(), accepted.size(), refused,
                new ImportResult.InferredTiers(tierColumn.isEmpty(), fromTitles, fromStructure));
    }

    /** The row as a position's fields, or {@code null} (with the problem listed) when it is refused. */
    private Row readRow(CsvRow r, Map<PositionId, Integer> rowOfId) {
        int n = r.row();
        if (r.unclosedQuoteColumn() > 0) {
            int c = r.unclosedQuoteColumn() - 1;
            refuse(n, c, Kind.UNCLOSED_QUOTE, IoTexts.t("io.csv.row.unclosedQuote"));
            return null;
        }
        if (r.isBlank()) {
            refuse(n, -1, Kind.BLANK_ROW, IoTexts.t("io.csv.row.blank"));
            return null;
        }
        if (r.size() > width) {
            refuse(n, -1, Kind.WRONG_FIELD_COUNT, IoTexts.t("io.csv.row.tooManyFields", r.size(), width,
                    CsvDelimiter.name(table.delimiter())));
            return null;
        }
        if (r.size() < width) {
            report(n, -1, Kind.WRONG_FIELD_COUNT, false, IoTexts.t(r.size() == 1
                    ? "io.csv.row.tooFewFields.one" : "io.csv.row.tooFewFields.many", r.size(), width));
        }
        PositionId id;
        if (idColumn.isEmpty()) {
            id = PositionId.of("row-" + n);
        } else {
            String value = cell(r, idColumn);
            if (value.isEmpty()) {
                refuse(n, idColumn.getAsInt(), Kind.MISSING_ID, IoTexts.t("io.csv.row.noId"));
                return null;
            }
            id = PositionId.of(value);
            Integer first = rowOfId.get(id);
            if (first != null) {
                id = renamed(id, rowOfId);
                report(n, idColumn.getAsInt(), Kind.DUPLICATE_ID, false, IoTexts.t("io.csv.row.duplicateId",
                        value, String.valueOf(first), id));
            }
        }
        String title = cell(r, titleColumn);
        if (title.isEmpty()) {
            title = untitled();
            report(n, titleColumn.getAsInt(), Kind.MISSING_TITLE, false, IoTexts.t("io.csv.row.noTitle", title));
        }
        // A placeholder ("Vacant", "N/D") is no name: not the holder, and no manager found by it.
        TypedCells.Facts facts = typed.read(r, holder(r));
        return new Row(n, id, cell(r, managerColumn), title, facts.holder(), tier(r, title),
                duties(r), cell(r, departmentColumn), notes(r),
                cell(r, emailColumn), facts,
                fieldColumns.read(r, (row, column, kind, what) -> report(row, column, kind, false, what)));
    }

    /** The first of "270~2", "270~3", … that no row of the file and no imported row has. */
    private PositionId renamed(PositionId id, Map<PositionId, Integer> rowOfId) {
        for (int k = 2; ; k++) {
            PositionId candidate = PositionId.of(id.value() + REPEAT_MARK + k);
            if (!idsInFile.contains(candidate) && !rowOfId.containsKey(candidate)) {
                return candidate;
            }
        }
    }

    private String holder(CsvRow r) {
        String full = cell(r, fullNameColumn);
        if (!full.isEmpty()) {
            return full;
        }
        String first = cell(r, firstNameColumn);
        String last = cell(r, lastNameColumn);
        return first.isEmpty() ? last : last.isEmpty() ? first : first + " " + last;
    }

    private String tier(CsvRow r, String title) {
        if (tierColumn.isEmpty()) {
            String read = titleTiers.read(title).map(reading -> reading.tier().id()).orElse(null);
            fromTitles += read == null ? 0 : 1;
            return read;
        }
        // With a tier column, an empty cell means "no tier": the user said so, no guessing.
        String value = cell(r, tierColumn);
        if (value.isEmpty()) {
            return null;
        }
        Tier exact = null;
        for (Tier t : options.tiers()) {
            if (t.id().equals(value)) {
                exact = t;
            }
        }
        Tier t = exact != null ? exact : tiersByKey.get(value.toLowerCase(Locale.ROOT));
        if (t == null) {
            report(r.row(), tierColumn.getAsInt(), Kind.UNKNOWN_TIER, false, IoTexts.t("io.csv.row.unknownTier", value,
                    options.tiers().stream().map(Tier::name).collect(Collectors.joining(", "))));
            return null;
        }
        return t.id();
    }

    private List<Duty> duties(CsvRow r) {
        String value = cell(r, dutiesColumn);
        if (value.isEmpty()) {
            return List.of();
        }
        List<Duty> out = new ArrayList<>();
        for (String part : value.split("[;|]")) {
            String text = Blank.strip(part);
            if (!text.isEmpty()) {
                out.add(Duty.of(text));
            }
        }
        return out;
    }

    private String notes(CsvRow r) {
        // Notes are taken as written, spaces and all: they are free text.
        String written = notesColumn.isPresent() ? CsvCells.unprotect(r.field(notesColumn.getAsInt())) : "";
        StringBuilder notes = null; // most rows add nothing: their notes are the cell as it is
        for (int k = 0; k < noteColumns.length; k++) {
            String value = CsvCells.text(r, noteColumns[k]);
            if (!value.isEmpty()) {
                if (notes == null) {
                    notes = new StringBuilder(written);
                }
                notes.append(notes.isEmpty() ? "" : "\n").append(noteLabels[k]).append(value);
            }
        }
        return notes == null ? written : notes.toString();
    }

    /** "phone_number" reads as "Phone number" in the notes; a header already in words stays as it is. */
    private static String label(String header) {
        String words = header.replace('_', ' ').strip();
        return words.isEmpty() ? header : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String cell(CsvRow r, OptionalInt column) {
        // A cell of only no-break or other Unicode spaces looks empty in a spreadsheet, so it is empty here.
        return CsvCells.text(r, column);
    }

    private void refuse(int row, int column, Kind kind, String what) {
        report(row, column, kind, true, what);
    }

    private void report(int row, int column, Kind kind, boolean refused, String what) {
        String header = column < 0 ? null : mapping.headerName(column);
        String place = (header == null ? IoTexts.t("io.csv.at.row", String.valueOf(row))
                : IoTexts.t("io.csv.at.cell", String.valueOf(row), header)) + " ";
        problems.add(new ImportProblem(row, header, kind, refused, place + what));
    }
}
