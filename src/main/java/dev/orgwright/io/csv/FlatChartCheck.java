package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import dev.orgwright.io.csv.ImportProblem.Kind;
import dev.orgwright.model.Messages;
import dev.orgwright.model.Position;
import java.text.NumberFormat;
import java.util.List;
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
            what = IoTexts.t("io.flat.noManagerColumn", count(result.imported()));
        } else if (lines == 0) {
            what = IoTexts.t("io.flat.noneResolved", mapping.headerName(manager.getAsInt()));
        } else {
            what = IoTexts.t(unresolved == 1 ? "io.flat.unresolved.one" : "io.flat.unresolved.many",
                    count(unresolved), count(named), mapping.headerName(manager.getAsInt()));
        }
        List<ColumnDetection.ManagerCandidate> candidates = ColumnDetection.managerCandidates(result.table(), mapping);
        String how;
        if (candidates.isEmpty()) {
            how = " " + IoTexts.t(manager.isEmpty() ? "io.flat.noCandidate" : "io.flat.noOtherCandidate");
        } else {
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < candidates.size() && i < NAMED; i++) {
                ColumnDetection.ManagerCandidate c = candidates.get(i);
                names.append(i == 0 ? "" : i == Math.min(candidates.size(), NAMED) - 1
                        ? " " + IoTexts.t("io.flat.or") + " " : ", ")
                        .append(IoTexts.t("io.flat.candidate", mapping.headerName(c.column()), count(c.named()),
                                count(c.values()), IoTexts.t("io.flat.by." + c.by())));
            }
            how = " " + IoTexts.t("io.flat.candidates", names);
        }
        String header = manager.isEmpty() ? null : mapping.headerName(manager.getAsInt());
        return result.withProblems(List.of(new ImportProblem(1, header, Kind.NO_REPORTING_LINES, false,
                what + how)));
    }

    /** A count as the user's language writes it ("1,234" in English, "1.234" in German). */
    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Messages.locale()).format(n);
    }
}
