package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The columns an earlier conversion left in a file and nobody meant to publish: an unnamed column
 * of row numbers (0, 1, 2, …) and an unnamed column with nothing in it (every cell empty or 0).
 * They are left out of the import, each with a sentence saying so, instead of cluttering every
 * position's notes with "Column 1: 2".
 */
final class JunkColumns {

    private final List<CsvRow> rows;

    /** For the rows of a file, blank rows and rows with an unclosed quote left out. */
    JunkColumns(List<CsvRow> rows) {
        this.rows = rows;
    }

    /** Unnamed columns of row numbers (0, 1, 2, …) or with nothing in them (empty or 0 in every row). */
    ColumnMapping drop(ColumnMapping mapping, Set<Integer> fixed, Map<Integer, String> reasons) {
        ColumnMapping m = mapping;
        for (int c = 0; c < m.headers().size(); c++) {
            if (!m.headers().get(c).isBlank() || fixed.contains(c)
                    || (m.role(c) != ColumnRole.EXTRA_NOTE && m.role(c) != ColumnRole.IGNORED
                    && m.role(c) != ColumnRole.CUSTOM_FIELD)) {
                continue;
            }
            String why = null;
            if (isEmptyOrZero(c)) {
                why = IoTexts.t(anyValue(c) ? "io.junk.zeros" : "io.junk.empty", c + 1);
            } else {
                OptionalInt first = rowNumbersFrom(c);
                if (first.isPresent()) {
                    int f = first.getAsInt();
                    why = IoTexts.t("io.junk.rowNumbers", c + 1, f, f + 1, f + 2);
                }
            }
            if (why != null) {
                m = m.withRole(c, ColumnRole.IGNORED);
                reasons.put(c, why);
            }
        }
        return new ColumnMapping(m.headers(), m.roles(), reasons);
    }

    private boolean isEmptyOrZero(int c) {
        for (CsvRow r : rows) {
            String v = cell(r, c);
            if (!v.isEmpty() && !isZero(v)) {
                return false;
            }
        }
        return true;
    }

    private boolean anyValue(int c) {
        for (CsvRow r : rows) {
            if (!cell(r, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZero(String v) {
        return v.matches("0+(\\.0*)?");
    }

    /** The first number when the column counts the rows up by one from 0 or 1 in every row. */
    private OptionalInt rowNumbersFrom(int c) {
        if (rows.size() < 2) {
            return OptionalInt.empty();
        }
        long first;
        try {
            first = Long.parseLong(cell(rows.get(0), c));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
        if (first != 0 && first != 1) {
            return OptionalInt.empty();
        }
        for (int i = 1; i < rows.size(); i++) {
            if (!cell(rows.get(i), c).equals(Long.toString(first + i))) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of((int) first);
    }


    private static String cell(CsvRow r, int column) {
        return CsvCells.text(r, column);
    }
}
