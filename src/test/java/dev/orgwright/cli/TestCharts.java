package dev.orgwright.cli;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import dev.orgwright.model.UnknownFields;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Charts built by hand for the command tests, with figures known in advance. */
final class TestCharts {

    private TestCharts() {
    }

    /**
     * Eleven positions in two trees: a CEO tree four levels deep and a lone advisor. The COO has
     * the widest span (4 reports); the CFO and the Head of Operations are vacant; the executive
     * assistant and the advisor have no tier; the Staff tier has one position; three dotted lines.
     */
    static Chart company() throws InvalidChartException {
        List<Tier> tiers = Templates.leadershipTeam();
        return Chart.builder()
                .title("Acme leadership")
                .tiers(tiers)
                .add(position("ceo", "Chief Executive Officer", "Maya Lindqvist", "senior", null, false))
                .add(position("cfo", "Chief Financial Officer", "", "senior", "ceo", false))
                .add(position("coo", "Chief Operating Officer", "Jon Berg", "senior", "ceo", false))
                .add(position("ea", "Executive Assistant", "Sam Cole", null, "ceo", true))
                .add(position("head-sales", "Head of Sales", "Lena Fischer", "executive", "coo", false, "cfo"))
                .add(position("head-ops", "Head of Operations", "", "executive", "coo", false))
                .add(position("head-mkt", "Head of Marketing", "Ravi Nair", "executive", "coo", false))
                .add(position("head-support", "Head of Support", "Ana Costa", "executive", "coo", false))
                .add(position("head-fin", "Head of Finance", "Ola Nowak", "executive", "cfo", false, "coo", "ceo"))
                .add(position("sales-rep", "Account Executive", "Kim Park", "staff", "head-sales", false))
                .add(position("advisor", "Board Advisor", "Eve Adams", null, null, false))
                .build();
    }

    /** A chain: each of {@code length} positions reports to the one before it. */
    static Chart chain(int length) throws InvalidChartException {
        var builder = Chart.builder().title("Chain");
        for (int i = 0; i < length; i++) {
            builder.add(position("p" + i, "Level " + (i + 1), "Holder " + i, "executive",
                    i == 0 ? null : "p" + (i - 1), false));
        }
        return builder.build();
    }

    static Path save(Path file, Chart chart) throws Exception {
        ChartFiles.save(file, chart);
        return file;
    }

    static Position position(String id, String title, String holder, String tier, String reportsTo,
                             boolean assistant, String... dottedLines) {
        return new Position(PositionId.of(id), title, holder, tier, List.of(),
                reportsTo == null ? null : PositionId.of(reportsTo),
                Arrays.stream(dottedLines).map(PositionId::of).toList(), "", "", assistant, UnknownFields.NONE);
    }
}
