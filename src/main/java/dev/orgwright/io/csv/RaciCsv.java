package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import dev.orgwright.model.Accountability;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Tier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accountability (RACI) matrix as a CSV file, written and read back: a row a responsibility
 * of the catalog (its id, its text, its tier), a column a position (headed "Title [id]"), each cell
 * R, A, C, I or empty. Written like the chart's CSV export (UTF-8 with a byte order mark, commas,
 * CRLF, formula-like cells protected). Reading it back changes the chart's links cell by cell; a
 * file with any problem changes nothing, and every problem is told with its row and column.
 */
public final class RaciCsv {

    /**
     * The fixed columns before the positions. They stay English in every language: the file is
     * written to be read back, and reading it recognises the matrix by its first column's name.
     */
    public static final List<String> HEADER = List.of("responsibility id", "responsibility", "tier");

    private static final char DELIMITER = ',';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * What reading a matrix gave.
     *
     * @param chart    the chart with the file's roles, or the chart as it was when there are problems
     * @param changed  how many cells changed a position's role
     * @param problems sentences naming the row and column of each problem; empty when the file was applied
     */
    public record Result(Chart chart, int changed, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private RaciCsv() {
    }

    /** Writes the matrix of {@code chart} to {@code out}; does not close the stream. */
    public static void write(Chart chart, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<Position> positions = new ArrayList<>(chart.size());
        chart.inTreeOrder().forEach(positions::add);
        List<String> cells = new ArrayList<>(HEADER);
        positions.forEach(p -> cells.add(p.title() + " [" + p.id().value() + "]"));
        StringBuilder line = new StringBuilder(256);
        appendRow(line, cells);
        writer.write(line.toString());
        for (Tier t : chart.tiers()) {
            for (Responsibility r : t.responsibilities()) {
                cells.clear();
                cells.add(r.id());
                cells.add(r.text());
                cells.add(t.name());
                for (Position p : positions) {
                    cells.add(Accountability.roleOf(p, r.id()).map(RaciRole::letter).orElse(""));
                }
                line.setLength(0);
                appendRow(line, cells);
                writer.write(line.toString());
            }
        }
        writer.flush();
    }

    /** Reads a matrix back into {@code chart}: all of it, or nothing and the problems. */
    public static Result read(CsvTable table, Chart chart) {
        List<Problem> problems = new ArrayList<>();
        String source = table.source();
        if (table.header().size() < HEADER.size() || !table.header().get(0).equalsIgnoreCase(HEADER.get(0))) {
            return new Result(chart, 0, List.of(new Problem(1, 0, null,
                    IoTexts.t("io.raci.firstColumn", HEADER.get(0))).text(source)));
        }
        Map<Integer, PositionId> columns = new HashMap<>();
        for (int c = HEADER.size(); c < table.header().size(); c++) {
            String name = table.header().get(c);
            if (name.isBlank()) {
                continue;
            }
            PositionId id = PositionId.of(idOf(name));
            if (!chart.contains(id)) {
                problems.add(new Problem(1, c + 1, name, IoTexts.t("io.raci.noPosition", id.value())));
            } else if (columns.containsValue(id)) {
                problems.add(new Problem(1, c + 1, name, IoTexts.t("io.raci.columnTwice", id.value())));
            } else {
                columns.put(c, id);
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            String responsibility = CsvCells.unprotect(row.field(0).strip());
            if (Accountability.responsibility(chart, responsibility).isEmpty()) {
                problems.add(new Problem(row.row(), 1, null, IoTexts.t("io.raci.noResponsibility", responsibility)));
                continue;
            }
            for (Map.Entry<Integer, PositionId> column : columns.entrySet()) {
                String text = CsvCells.unprotect(row.field(column.getKey()).strip());
                Optional<RaciRole> role = RaciRole.parse(text);
                if (!text.isEmpty() && role.isEmpty()) {
                    problems.add(new Problem(row.row(), column.getKey() + 1, table.header().get(column.getKey()),
                            IoTexts.t("io.raci.notARole", text)));
                } else {
                    cells.add(new Cell(responsibility, column.getValue(), role.orElse(null)));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::row).thenComparingInt(Problem::column));
            return new Result(chart, 0, problems.stream().map(p -> p.text(source)).toList());
        }
        Chart result = chart;
        int changed = 0;
        for (Cell cell : cells) {
            RaciRole now = Accountability.roleOf(result.position(cell.position), cell.responsibility).orElse(null);
            if (now != cell.role) {
                result = Accountability.setRole(cell.position, cell.responsibility, cell.role).apply(result);
                changed++;
            }
        }
        return new Result(result, changed, List.of());
    }

    private record Cell(String responsibility, PositionId position, RaciRole role) {
    }

    /** "Chief Financial Officer [cfo]" gives "cfo"; a header that is only an id gives itself. */
    static String idOf(String header) {
        String h = CsvCells.unprotect(header.strip());
        int open = h.lastIndexOf('[');
        return open >= 0 && h.endsWith("]") ? h.substring(open + 1, h.length() - 1).strip() : h;
    }

    /**
     * A problem of the file and its place, so that problems are told in the order of the file.
     *
     * @param row    1-based row
     * @param column 1-based column, 0 for the whole row
     * @param header the column's name, or {@code null} when the place is told without it
     * @param what   what is wrong, in the user's language
     */
    private record Problem(int row, int column, String header, String what) {

        /** "staff.csv, row 3, column 4 (CFO [cfo]): …" in the user's language. */
        String text(String source) {
            String r = String.valueOf(row);
            String c = String.valueOf(column);
            return column == 0 ? IoTexts.t("io.raci.at.row", source, r, what)
                    : header == null ? IoTexts.t("io.raci.at.column", source, r, c, what)
                    : IoTexts.t("io.raci.at.cell", source, r, c, header, what);
        }
    }

    private static void appendRow(StringBuilder line, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(DELIMITER);
            }
            CsvCells.appendField(line, CsvCells.protect(cells.get(i)), DELIMITER);
        }
        line.append("\r\n");
    }
}
