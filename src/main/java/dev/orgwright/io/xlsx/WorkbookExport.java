package dev.orgwright.io.xlsx;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a chart as an {@code .xlsx} workbook for people who work in spreadsheets: a sheet of
 * positions in tree order (FTE and cost as numbers that sum, dates of the chart's own fields as
 * dates) and a sheet of the findings of its rules. Cost and private fields are written only when
 * asked for, as in every other export. Rows are streamed to the file, so a chart of 100,000
 * positions needs little memory.
 */
public final class WorkbookExport {

    /** The first columns of the positions sheet, in the names the importer understands. */
    public static final List<String> POSITION_COLUMNS = List.of("id", "manager id", "title", "holder", "tier",
            "department", "FTE");
    /** The columns of the findings sheet. */
    public static final List<String> FINDING_COLUMNS = List.of("severity", "rule", "position id", "position",
            "finding", "why", "fix");
    /** The longest text a cell holds in Excel; longer notes are cut there, with an ellipsis. */
    static final int MAX_CELL_TEXT = 32_767;

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    /**
     * A finding as the findings sheet shows it; the caller runs the rules, so that reading and
     * writing files does not depend on them.
     *
     * @param severity   "error", "warning" or "info"
     * @param rule       the rule's id
     * @param positionId the position it is about, or empty for the chart as a whole
     * @param message    the finding in one sentence
     * @param why        why the rule fired
     * @param fix        the best fix, or empty
     */
    public record FindingLine(String severity, String rule, String positionId, String message, String why,
                              String fix) {
    }

    private WorkbookExport() {
    }

    /** The header of the positions sheet for {@code chart}. */
    public static List<String> positionHeader(Chart chart, boolean includePrivate) {
        List<String> header = new ArrayList<>(POSITION_COLUMNS);
        if (includePrivate) {
            header.add("cost");
        }
        header.add("status");
        for (FieldDefinition f : fields(chart, includePrivate)) {
            header.add(f.name());
        }
        header.add("duties");
        header.add("notes");
        return header;
    }

    /** Writes the workbook to {@code out}; does not close the stream. */
    public static void write(Chart chart, List<FindingLine> findings, boolean includePrivate, OutputStream out)
            throws IOException {
        PoiWarnings.quiet();
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Styles styles = new Styles(workbook);
            writePositions(workbook.createSheet("Positions"), chart, includePrivate, styles);
            writeFindings(workbook.createSheet("Findings"), chart, findings, styles);
            workbook.write(out);
        } finally {
            workbook.close(); // also removes the temporary files of the streamed rows
        }
    }

    private static void writePositions(SXSSFSheet sheet, Chart chart, boolean includePrivate, Styles styles) {
        List<String> header = positionHeader(chart, includePrivate);
        Widths widths = new Widths(header.size());
        headerRow(sheet, header, styles, widths);
        List<FieldDefinition> fields = fields(chart, includePrivate);
        int r = 1;
        for (Position p : chart.inTreeOrder()) {
            Row row = sheet.createRow(r++);
            int c = 0;
            text(row, c++, p.id().value(), widths);
            text(row, c++, p.reportsTo() == null ? "" : p.reportsTo().value(), widths);
            text(row, c++, p.title(), widths);
            text(row, c++, p.holder(), widths);
            text(row, c++, p.tierId() == null ? "" : chart.tier(p.tierId()).map(Tier::name).orElse(p.tierId()), widths);
            text(row, c++, p.department(), widths);
            number(row, c++, p.fte(), null, widths);
            if (includePrivate) {
                number(row, c++, p.cost(), styles.money, widths);
            }
            text(row, c++, p.status() == null ? "" : p.status().key(), widths);
            for (FieldDefinition f : fields) {
                field(row, c++, f, p.fieldValues().get(f.id()).orElse(null), styles, widths);
            }
            text(row, c++, duties(p.duties()), widths);
            text(row, c, p.notes(), widths);
        }
        finish(sheet, header.size(), r, widths);
    }

    private static void writeFindings(SXSSFSheet sheet, Chart chart, List<FindingLine> findings, Styles styles) {
        Widths widths = new Widths(FINDING_COLUMNS.size());
        headerRow(sheet, FINDING_COLUMNS, styles, widths);
        int r = 1;
        for (FindingLine f : findings) {
            Row row = sheet.createRow(r++);
            String title = f.positionId().isEmpty() ? ""
                    : chart.find(PositionId.of(f.positionId())).map(Position::title).orElse("");
            List<String> cells = List.of(f.severity(), f.rule(), f.positionId(), title, f.message(), f.why(), f.fix());
            for (int c = 0; c < cells.size(); c++) {
                text(row, c, cells.get(c), widths);
            }
        }
        finish(sheet, FINDING_COLUMNS.size(), r, widths);
    }

    private static void headerRow(Sheet sheet, List<String> header, Styles styles, Widths widths) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.header);
            widths.saw(c, header.get(c).length() + 2); // room for the filter button
        }
    }

    /** Freezes the header, filters on it, and sizes each column to its longest value within limits. */
    private static void finish(SXSSFSheet sheet, int columns, int rows, Widths widths) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (widths.of(c) + 2) * 256);
        }
    }

    private static void text(Row row, int column, String value, Widths widths) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String cut = value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT - 1) + "…" : value;
        row.createCell(column).setCellValue(cut);
        widths.saw(column, longestLine(cut));
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style, Widths widths) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        if (style != null) {
            cell.setCellStyle(style);
        }
        widths.saw(column, value.toPlainString().length() + (style != null ? 4 : 0));
    }

    private static void field(Row row, int column, FieldDefinition f, Object value, Styles styles, Widths widths) {
        if (value instanceof BigDecimal number) {
            number(row, column, number, null, widths);
        } else if (value != null && f.type() == FieldType.DATE) {
            try {
                Cell cell = row.createCell(column);
                cell.setCellValue(LocalDate.parse(value.toString()));
                cell.setCellStyle(styles.date);
                widths.saw(column, 10);
            } catch (DateTimeParseException e) {
                text(row, column, value.toString(), widths);
            }
        } else if (value != null) {
            text(row, column, value.toString(), widths);
        }
    }

    private static List<FieldDefinition> fields(Chart chart, boolean includePrivate) {
        return chart.fields().stream().filter(f -> includePrivate || !f.isPrivate()).toList();
    }

    private static String duties(List<Duty> duties) {
        StringBuilder out = new StringBuilder();
        for (Duty d : duties) {
            out.append(out.isEmpty() ? "" : "; ").append(d.text());
        }
        return out.toString();
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    /** The cell styles of the workbook, made once: a workbook holds at most 64,000. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }

    /** The widest value of each column, in characters, within limits that keep a sheet readable. */
    private static final class Widths {
        private final int[] widths;

        Widths(int columns) {
            widths = new int[columns];
            java.util.Arrays.fill(widths, MIN_WIDTH);
        }

        void saw(int column, int chars) {
            widths[column] = Math.min(MAX_WIDTH, Math.max(widths[column], chars));
        }

        int of(int column) {
            return widths[column];
        }
    }
}
