package dev.orgwright.io.csv;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.IoTexts;
import dev.orgwright.io.csv.ImportProblem.Kind;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.UnknownFields;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The second file of a pair: rows that each stand for several people under a post of the first
 * file. The UK organogram's junior file is one case (one row per senior post, grade and generic
 * job title, with the number of posts in FTE); any file with a manager column, a title column
 * and an FTE or head-count column works the same way.
 *
 * <p>Each row becomes one position under its post: the title, the grade (in the notes), the FTE
 * it stands for, and a cost of the FTE times the middle of the pay band (floor and ceiling, or
 * payscale minimum and maximum) when the row has one. A row whose post is not in the chart, or
 * that stands for no one, is listed with its row number and not attached; nothing else is lost.
 */
public final class StaffRows {

    /** Costs are kept to the penny: an FTE of 0.3333 times a band's middle has many more decimals. */
    private static final int COST_DECIMALS = 2;

    /**
     * What attaching made.
     *
     * @param chart    the first file's chart with the rows attached
     * @param problems every problem row, in row order
     * @param rowsRead data rows of the file (blank rows counted)
     * @param attached rows that became positions
     * @param refused  rows not attached, each listed in {@code problems}
     * @param fte      the FTE of the attached rows together
     * @param grades   the grade of each attached position that has one
     */
    public record Result(Chart chart, List<ImportProblem> problems, int rowsRead, int attached, int refused,
                         BigDecimal fte, Map<PositionId, String> grades) {

        /** Copies the lists and checks that the counts add up. */
        public Result {
            problems = List.copyOf(problems);
            grades = Map.copyOf(grades);
            if (rowsRead != attached + refused) {
                throw new IllegalArgumentException(rowsRead + " rows read but " + attached + " attached and "
                        + refused + " refused.");
            }
        }

        /** "763 rows read, 763 attached under their posts (1,517.77 FTE), 0 not attached; no problems." */
        public String summary() {
            return IoTexts.t(rowsRead == 1 ? "io.staff.summary.one" : "io.staff.summary.many", count(rowsRead),
                    count(attached), grouped(fte), count(refused), problems.isEmpty() ? IoTexts.t("io.staff.problems.none")
                    : IoTexts.t(problems.size() == 1 ? "io.staff.problems.one" : "io.staff.problems.many",
                            count(problems.size())));
        }

        /** A count as the user's language writes it ("1,234" in English, "1.234" in German). */
        private static String count(long n) {
            return java.text.NumberFormat.getIntegerInstance(dev.orgwright.model.Messages.locale()).format(n);
        }
    }

    private final Chart senior;
    private final String seniorSource;
    private final CsvTable table;
    private final ColumnMapping mapping;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, PositionId> idsIgnoringCase = new HashMap<>();
    private final OptionalInt manager;
    private final OptionalInt title;
    private final OptionalInt fte;

    private StaffRows(Chart senior, String seniorSource, CsvTable table, ColumnMapping mapping) {
        this.senior = senior;
        this.seniorSource = seniorSource;
        this.table = table;
        this.mapping = mapping;
        this.manager = mapping.column(ColumnRole.MANAGER);
        this.title = mapping.column(ColumnRole.TITLE);
        this.fte = mapping.column(ColumnRole.FTE);
        Map<String, Integer> seen = new HashMap<>();
        for (PositionId id : senior.positionsById().keySet()) {
            String key = id.value().toLowerCase(Locale.ROOT);
            idsIgnoringCase.put(key, id);
            seen.merge(key, 1, Integer::sum);
        }
        // Two posts whose ids differ only in case cannot be told apart that way.
        seen.forEach((key, n) -> {
            if (n > 1) {
                idsIgnoringCase.remove(key);
            }
        });
    }

    /**
     * Attaches each row of {@code table} under its post in {@code senior}.
     *
     * @param seniorSource the first file's name, for messages
     * @param mapping      the roles of {@code table}'s columns: a manager, a title and an FTE column are needed
     * @throws ChartFormatException when one of those three columns is missing
     */
    public static Result attach(Chart senior, String seniorSource, CsvTable table, ColumnMapping mapping)
            throws ChartFormatException {
        if (!mapping.headers().equals(table.header())) {
            throw new IllegalArgumentException("The mapping is for other columns than the table's.");
        }
        need(table, mapping, ColumnRole.MANAGER, "io.staff.need.manager", "io.staff.names.manager");
        need(table, mapping, ColumnRole.TITLE, "io.staff.need.title", "io.staff.names.title");
        need(table, mapping, ColumnRole.FTE, "io.staff.need.fte", "io.staff.names.fte");
        return new StaffRows(senior, seniorSource, table, mapping).run();
    }

    private static void need(CsvTable table, ColumnMapping mapping, ColumnRole role, String what, String names)
            throws ChartFormatException {
        if (mapping.column(role).isEmpty()) {
            throw new ChartFormatException(table.source(), 1, 0, IoTexts.t("io.staff.need", IoTexts.t(what),
                    CsvImport.quotedList(table.header()), IoTexts.t(names)));
        }
    }

    private Result run() {
        List<Position> added = new ArrayList<>();
        java.util.Set<PositionId> taken = new java.util.HashSet<>(senior.positionsById().keySet());
        Map<PositionId, String> grades = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        int attached = 0;
        int refused = 0;
        int width = table.header().size();
        for (CsvRow r : table.rows()) {
            Position p = position(r, width, taken);
            if (p == null) {
                refused++;
                continue;
            }
            taken.add(p.id());
            added.add(p);
            String grade = cell(r, mapping.column(ColumnRole.GRADE));
            if (!grade.isEmpty()) {
                grades.put(p.id(), grade);
            }
            total = total.add(p.fte());
            attached++;
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new Result(GradeTiers.rebuilt(senior, senior.tiers(), concat(senior.inTreeOrder(), added)), problems,
                table.rows().size(), attached, refused, total, grades);
    }

    /** The first file's positions in tree order, then the attached ones: each goes last under its post. */
    private static List<Position> concat(Iterable<Position> first, List<Position> then) {
        List<Position> all = new ArrayList<>();
        first.forEach(all::add);
        all.addAll(then);
        return all;
    }

    /** The row as a position under its post, or {@code null} (with the problem listed) when it is not attached. */
    private Position position(CsvRow r, int width, java.util.Set<PositionId> taken) {
        int n = r.row();
        if (r.isBlank()) {
            report(n, -1, Kind.BLANK_ROW, true, IoTexts.t("io.staff.blank"));
            return null;
        }
        if (r.unclosedQuoteColumn() > 0 || r.size() > width) {
            report(n, -1, Kind.WRONG_FIELD_COUNT, true, IoTexts.t("io.staff.fieldCount",
                    String.valueOf(r.size()), String.valueOf(width)));
            return null;
        }
        String jobTitle = cell(r, title);
        String shown = jobTitle.isEmpty() ? CsvImporter.untitled() : jobTitle;
        String ref = cell(r, manager);
        PositionId post = ref.isEmpty() ? null : senior.contains(PositionId.of(ref)) ? PositionId.of(ref)
                : idsIgnoringCase.get(ref.toLowerCase(Locale.ROOT));
        if (post == null) {
            report(n, manager.getAsInt(), Kind.MISSING_MANAGER, true, ref.isEmpty()
                    ? IoTexts.t("io.staff.noPost", shown, cell(r, fte), seniorSource)
                    : IoTexts.t("io.staff.unknownPost", ref, seniorSource, shown, cell(r, fte)));
            return null;
        }
        String fteCell = cell(r, fte);
        BigDecimal posts = number(fteCell);
        if (posts == null) {
            report(n, fte.getAsInt(), Kind.NOT_A_NUMBER, false, fteCell.isEmpty()
                    ? IoTexts.t("io.staff.fteEmpty") : IoTexts.t("io.staff.fteNotNumber", fteCell));
            posts = Position.DEFAULT_FTE;
        } else if (posts.signum() <= 0) {
            report(n, fte.getAsInt(), Kind.NOT_A_NUMBER, true, IoTexts.t("io.staff.fteNoOne", fteCell));
            return null;
        } else if (posts.compareTo(Position.MAX_FTE) > 0) {
            report(n, fte.getAsInt(), Kind.NOT_A_NUMBER, true, IoTexts.t("io.staff.fteTooMany", fteCell,
                    Position.MAX_FTE.toPlainString()));
            return null;
        } else if (posts.scale() > Position.MAX_FTE_DECIMALS) {
            posts = posts.setScale(Position.MAX_FTE_DECIMALS, RoundingMode.HALF_UP);
        }
        if (jobTitle.isEmpty()) {
            report(n, title.getAsInt(), Kind.MISSING_TITLE, false, IoTexts.t("io.staff.untitled",
                    CsvImporter.untitled()));
        }
        String department = cell(r, mapping.column(ColumnRole.DEPARTMENT));
        return new Position(freeId(taken, n), shown, "", null, List.of(), post, List.of(),
                department.isEmpty() ? senior.position(post).department() : department, notes(r), false,
                posts, cost(r, posts), null, "", UnknownFields.NONE).withHolderNotDisclosed();
    }

    /** FTE times the middle of the pay band; a band of 0 to 0 is undisclosed, not free. */
    private BigDecimal cost(CsvRow r, BigDecimal posts) {
        OptionalInt floorColumn = mapping.column(ColumnRole.PAY_FLOOR);
        OptionalInt ceilingColumn = mapping.column(ColumnRole.PAY_CEILING);
        BigDecimal floor = number(cell(r, floorColumn));
        BigDecimal ceiling = number(cell(r, ceilingColumn));
        BigDecimal each;
        if (floor != null && ceiling != null) {
            each = floor.add(ceiling).divide(BigDecimal.valueOf(2));
        } else {
            each = floor != null ? floor : ceiling;
        }
        if (each == null || each.signum() == 0) {
            if (each == null && (!cell(r, floorColumn).isEmpty() || !cell(r, ceilingColumn).isEmpty())) {
                int column = floor == null && !cell(r, floorColumn).isEmpty() ? floorColumn.getAsInt()
                        : ceilingColumn.getAsInt();
                report(r.row(), column, Kind.NOT_A_NUMBER, false, IoTexts.t("io.staff.bandNotNumber"));
            }
            return null;
        }
        BigDecimal cost = each.multiply(posts).setScale(COST_DECIMALS, RoundingMode.HALF_UP);
        if (!Position.isValidCost(cost)) {
            report(r.row(), floorColumn.orElse(ceilingColumn.orElse(-1)), Kind.NOT_A_NUMBER, false, IoTexts.t("io.staff.bandCost"));
            return null;
        }
        return cost;
    }

    /** "Grade: A/BAND A", then the other named columns as "Header: value", one a line. */
    private String notes(CsvRow r) {
        StringBuilder notes = new StringBuilder();
        for (int c = 0; c < table.header().size(); c++) {
            ColumnRole role = mapping.role(c);
            String header = table.header().get(c).strip();
            if ((role == ColumnRole.GRADE || role == ColumnRole.EXTRA_NOTE || role == ColumnRole.NOTES)
                    && !header.isEmpty()) {
                String value = cell(r, OptionalInt.of(c));
                if (!value.isEmpty()) {
                    notes.append(notes.isEmpty() ? "" : "\n").append(header).append(": ").append(value);
                }
            }
        }
        return notes.toString();
    }

    private static PositionId freeId(java.util.Set<PositionId> taken, int row) {
        PositionId id = PositionId.of("staff-" + row);
        for (int k = 2; taken.contains(id); k++) {
            id = PositionId.of("staff-" + row + "-" + k);
        }
        return id;
    }

    /** A number as people type it: "1,234.50", "£54,705", "54705.0"; {@code null} when the cell holds none. */
    /** A number as people type it ({@link Amounts}), or {@code null}. */
    static BigDecimal number(String cell) {
        return Amounts.parse(cell).orElse(null);
    }

    private static String cell(CsvRow r, OptionalInt column) {
        return CsvCells.text(r, column);
    }

    private void report(int row, int column, Kind kind, boolean refused, String what) {
        String header = column < 0 ? null : mapping.headerName(column);
        String place = (header == null ? IoTexts.t("io.csv.at.row", String.valueOf(row))
                : IoTexts.t("io.csv.at.cell", String.valueOf(row), header)) + " ";
        problems.add(new ImportProblem(row, header, kind, refused, place + what));
    }

    static String grouped(BigDecimal n) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.####",
                java.text.DecimalFormatSymbols.getInstance(dev.orgwright.model.Messages.locale()));
        return format.format(n);
    }
}
