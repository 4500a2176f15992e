package dev.orgwright.io.csv;

import dev.orgwright.model.Chart;
import java.util.List;

/**
 * What an import made: the chart of every row that could be imported, every problem row with
 * what was done about it, and the counts, so that nothing is silently dropped:
 * {@code rowsRead == imported + refused}.
 *
 * @param chart    the imported chart; whole, possibly empty
 * @param table    the file as read (encoding, delimiter, header)
 * @param mapping  the mapping the rows were read with
 * @param problems every problem, in row order
 * @param rowsRead data rows in the file (the header not counted; blank rows counted)
 * @param imported rows that became positions
 * @param refused  rows left out, each with a problem saying why
 */
public record ImportResult(Chart chart, CsvTable table, ColumnMapping mapping, List<ImportProblem> problems,
                           int rowsRead, int imported, int refused) {

    /** Copies the problems and checks the counts add up. */
    public ImportResult {
        problems = List.copyOf(problems);
        if (rowsRead != imported + refused) {
            throw new IllegalArgumentException(rowsRead + " rows read but " + imported + " imported and "
                    + refused + " refused.");
        }
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** "107 rows read, 105 imported, 2 refused; 3 problems." */
    public String summary() {
        return plural(rowsRead, "row") + " read, " + String.format(java.util.Locale.ROOT, "%,d imported, %,d refused; ",
                imported, refused)
                + (problems.isEmpty() ? "no problems." : plural(problems.size(), "problem") + ".");
    }

    private static String plural(int n, String word) {
        return String.format(java.util.Locale.ROOT, "%,d %s%s", n, word, n == 1 ? "" : "s");
    }
}
