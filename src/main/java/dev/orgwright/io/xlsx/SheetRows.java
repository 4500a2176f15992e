package dev.orgwright.io.xlsx;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.IoTexts;
import dev.orgwright.io.csv.CsvRow;
import dev.orgwright.io.csv.CsvTable;
import dev.orgwright.model.Blank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one sheet as they are read, kept only when they hold something, so that a sheet
 * of a million formatted but empty rows costs nothing; then the header is found below any title
 * rows and the rows under it become a {@link CsvTable}, each with the row number the sheet shows.
 */
final class SheetRows {

    /** Rows looked at for the header: a title block is a few rows, never twenty. */
    private static final int HEADER_SEARCH = 20;
    /** Beyond any HR export (100,000 rows of 40 columns); keeps a mistaken sheet from filling memory. */
    static final long MAX_CELLS = 8_000_000;

    private final String source;
    private final String sheet;
    private final List<Integer> numbers = new ArrayList<>();
    private final List<String[]> cells = new ArrayList<>();
    private long filled;

    SheetRows(String source, String sheet) {
        this.source = source;
        this.sheet = sheet;
    }

    /**
     * A row of the sheet: its 1-based number and its cells by 0-based column, {@code null} where
     * a cell is empty. Rows must come in order; a row without content is dropped.
     */
    void add(int rowNumber, String[] row) throws ChartFormatException {
        int width = row.length;
        while (width > 0 && (row[width - 1] == null || Blank.isBlank(row[width - 1]))) {
            width--;
        }
        if (width == 0) {
            return;
        }
        String[] kept = new String[width];
        for (int c = 0; c < width; c++) {
            kept[c] = row[c] == null ? "" : row[c];
            filled += kept[c].isEmpty() ? 0 : 1;
        }
        if (filled > MAX_CELLS) {
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.sheet.tooManyCells", sheet, MAX_CELLS));
        }
        numbers.add(rowNumber);
        cells.add(kept);
    }

    /** The table under the header; {@code description} says where it came from ("sheet 'Staff'"). */
    CsvTable table(String description) throws ChartFormatException {
        if (cells.isEmpty()) {
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.sheet.empty", sheet));
        }
        int header = headerIndex();
        int width = 0;
        for (int i = header; i < cells.size(); i++) {
            width = Math.max(width, cells.get(i).length);
        }
        if ((long) width * (cells.size() - header) > 4 * MAX_CELLS) {
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.sheet.tooWide", sheet, width,
                    cells.size() - header));
        }
        List<String> names = new ArrayList<>(width);
        String[] headerCells = cells.get(header);
        for (int c = 0; c < width; c++) {
            names.add(c < headerCells.length ? headerCells[c].strip() : "");
        }
        List<CsvRow> rows = new ArrayList<>(cells.size() - header - 1);
        for (int i = header + 1; i < cells.size(); i++) {
            String[] row = cells.get(i);
            String[] padded = row.length == width ? row : Arrays.copyOf(row, width);
            for (int c = row.length; c < width; c++) {
                padded[c] = "";
            }
            rows.add(CsvRow.of(numbers.get(i), Arrays.asList(padded)));
        }
        return new CsvTable(source, IoTexts.t("io.sheet.headerRow", description, String.valueOf(numbers.get(header))),
                ',', names, rows);
    }

    /**
     * The header: the first row about as wide as the widest of the first rows, so that a title
     * in A1 and a date or a note beside it are passed over.
     */
    private int headerIndex() {
        int look = Math.min(HEADER_SEARCH, cells.size());
        int widest = 0;
        int[] counts = new int[look];
        for (int i = 0; i < look; i++) {
            for (String cell : cells.get(i)) {
                counts[i] += Blank.isBlank(cell) ? 0 : 1;
            }
            widest = Math.max(widest, counts[i]);
        }
        int enough = Math.max(2, (widest + 1) / 2);
        for (int i = 0; i < look; i++) {
            if (counts[i] >= enough) {
                return i;
            }
        }
        return 0;
    }
}
