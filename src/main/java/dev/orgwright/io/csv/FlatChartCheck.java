package dev.orgwright.io.csv;

import dev.orgwright.io.csv.ImportProblem.Kind;
import dev.orgwright.model.Position;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Never a silent flat chart: a user who gets a file of top positions and "no problems" concludes
 * that the import does not work. When a file of more than one row yields no reporting line, or
 * more than a fifth of the managers it names are not found, the import says so in one sentence
 * naming the columns that look like manager columns and how to choose one.
 */
final class FlatChartCheck {

    /** How many candidate columns the sentence names. */
    private static final int NAMED = 3;

    private FlatChartCheck() {
    }

    /** {@code result}, with a problem of the whole file when its chart came out flat. */
    static ImportResult check(ImportResult result) {
        if (result.imported() < 2) {
            return result;
        }
        int lines = 0;
        for (Position p : result.chart().positionsById().values()) {
            lines += p.reportsTo() == null ? 0 : 1;
        }
        int unresolved = ImportFigures.unresolved(result); // not the figures: they walk the whole tree
        int named = lines + unresolved;
        if (lines > 0 && unresolved * 5 <= named) {
            return result;
        }
        ColumnMapping mapping = result.mapping();
        OptionalInt manager = mapping.column(ColumnRole.MANAGER);
        String what;
        if (manager.isEmpty()) {
            what = String.format(Locale.ROOT, "No position reports to another: none of the %,d rows has a manager,"
                    + " because no column was found to hold the managers.", result.imported());
        } else if (lines == 0) {
            what = String.format(Locale.ROOT, "No position reports to another: none of the values in '%s' is the id,"
                    + " full name or e-mail of another row.", mapping.headerName(manager.getAsInt()));
        } else {
            what = String.format(Locale.ROOT, "%,d of the %,d managers named in '%s' %s not found, so the chart has"
                    + " more top positions than it should.", unresolved, named, mapping.headerName(manager.getAsInt()),
                    unresolved == 1 ? "is" : "are");
        }
        List<ColumnDetection.ManagerCandidate> candidates = ColumnDetection.managerCandidates(result.table(), mapping);
        String how;
        if (candidates.isEmpty()) {
            how = (manager.isEmpty() ? " No column" : " No other column") + " names other rows by their id, full name or e-mail; if the file has a manager"
                    + " column, choose it (--map manager=COLUMN on the command line, or its role in the import"
                    + " dialog) and check that its values are other rows' ids, names or e-mails.";
        } else {
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < candidates.size() && i < NAMED; i++) {
                ColumnDetection.ManagerCandidate c = candidates.get(i);
                names.append(i == 0 ? "" : i == Math.min(candidates.size(), NAMED) - 1 ? " or " : ", ")
                        .append(String.format(Locale.ROOT, "'%s' (%,d of %,d values name another row by its %s)",
                                mapping.headerName(c.column()), c.named(), c.values(), c.by()));
            }
            how = " The managers may be in " + names + "; choose the column with --map manager=COLUMN on the"
                    + " command line, or as the manager column in the import dialog.";
        }
        String header = manager.isEmpty() ? null : mapping.headerName(manager.getAsInt());
        return result.withProblems(List.of(new ImportProblem(1, header, Kind.NO_REPORTING_LINES, false,
                what + how)));
    }
}
