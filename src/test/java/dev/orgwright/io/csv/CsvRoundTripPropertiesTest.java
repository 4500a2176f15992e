package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Blank;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.UnknownFields;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Export then import gives back the same chart, for random forests with hostile text: the
 * delimiters, quotes, line breaks of every kind, formula characters at the start, apostrophes,
 * a byte order mark inside a value, emoji and other scripts.
 */
class CsvRoundTripPropertiesTest {

    private static final List<String> PIECES = List.of("a", "Z", "7", " ", ",", ";", "|", "\"", "\"\"", "\n", "\r\n",
            "\r", "\t", "=", "+", "-", "@", "'", "é", "ß", "中文", "😀", "👩‍💼", "\uFEFF", "\u0000", "Chief ",
            "Officer", "Head of ", "=SUM(A1)", "@home", "Manager");

    private static final Arbitrary<String> TEXT =
            Arbitraries.of(PIECES).list().ofMaxSize(7).map(parts -> String.join("", parts));
    /** Titles, names, departments: the importer trims them, so they come without surrounding spaces. */
    private static final Arbitrary<String> TRIMMED = TEXT.map(Blank::strip);
    private static final Arbitrary<String> TITLE = TRIMMED.filter(s -> !s.isEmpty());
    /** Duties are split on ';' and '|' when imported (CsvExport.whatIsLost says so when a chart has them). */
    private static final Arbitrary<String> DUTY = TITLE.map(s -> s.replace(';', '.').replace('|', '/')).map(Blank::strip)
            .filter(s -> !s.isEmpty());

    @Provide
    Arbitrary<Chart> charts() {
        Arbitrary<Position> position = Combinators.combine(TRIMMED, TITLE,
                Arbitraries.of(Templates.SENIOR, Templates.EXECUTIVE, "").map(t -> t.isEmpty() ? null : t),
                DUTY.list().ofMaxSize(3), TRIMMED, TEXT).as((holder, title, tier, duties, department, notes) ->
                new Position(PositionId.of("draft"), title, holder, tier, duties.stream().map(Duty::of).toList(),
                        null, List.of(), department, notes, false, UnknownFields.NONE));
        return Combinators.combine(position.list().ofMaxSize(25), TRIMMED.list().ofMaxSize(25),
                Arbitraries.integers().between(0, 1_000_000).list().ofSize(25)).as(CsvRoundTripPropertiesTest::forest);
    }

    /** Position i reports to an earlier one or to nobody; ids are hostile text made unique by a suffix. */
    private static Chart forest(List<Position> drafts, List<String> idTexts, List<Integer> picks) {
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String idText = i < idTexts.size() ? idTexts.get(i) : "";
            PositionId id = PositionId.of(Blank.strip(idText + "#" + i));
            int pick = picks.get(i) % (i + 1);
            PositionId manager = pick == i ? null : positions.get(pick).id();
            Position d = drafts.get(i);
            positions.add(new Position(id, d.title(), d.holder(), d.tierId(), d.duties(), manager, List.of(),
                    d.department(), d.notes(), false, UnknownFields.NONE));
        }
        try {
            return Chart.builder().title("Round trip").addAll(positions).build();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Property(tries = 300)
    void exportThenImportGivesBackTheSameChart(@ForAll("charts") Chart chart) throws Exception {
        byte[] csv = CsvExport.toBytes(chart);
        CsvTable table = CsvImport.read(csv, "roundtrip.csv", null);
        ImportResult back = CsvImport.importTable(table, ColumnMapping.detect(table.header(),
                ColumnMapping.Extras.NOTES), ImportOptions.titled("Round trip"));

        // A chart of two or more top positions and no reporting line comes back with the one problem
        // that says so; any other chart comes back without a problem.
        boolean flat = chart.size() > 1 && chart.roots().size() == chart.size();
        assertEquals(flat ? List.of(ImportProblem.Kind.NO_REPORTING_LINES) : List.of(),
                back.problems().stream().map(ImportProblem::kind).toList(), back.problems().toString());
        assertEquals(chart.size(), back.imported());
        assertEquals(chart.roots(), back.chart().roots());
        List<Position> expected = new ArrayList<>();
        chart.inTreeOrder().forEach(expected::add);
        List<Position> actual = new ArrayList<>();
        back.chart().inTreeOrder().forEach(actual::add);
        assertEquals(expected, actual);
        for (Position p : expected) {
            assertEquals(chart.childrenOf(p.id()), back.chart().childrenOf(p.id()), "sibling order under " + p.id());
        }
        assertEquals(chart, back.chart(), "import(export(chart)) == chart");
    }

    @Property(tries = 300)
    void anyGridOfCellsIsReadBackAsWritten(@ForAll("grids") List<List<String>> grid,
                                           @ForAll("delimiters") char delimiter) throws Exception {
        StringBuilder text = new StringBuilder();
        for (List<String> row : grid) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    text.append(delimiter);
                }
                CsvCells.appendField(text, row.get(c), delimiter);
            }
            text.append(delimiter == ',' ? "\r\n" : "\n");
        }
        List<CsvRow> rows = CsvParser.parse(text.toString(), 0, delimiter, Integer.MAX_VALUE);
        assertEquals(grid, rows.stream().map(CsvRow::fields).toList());
        assertEquals(grid.size(), rows.isEmpty() ? 0 : rows.get(rows.size() - 1).row());
        // Detection finds the delimiter the grid was written with.
        assertEquals(delimiter, CsvImport.read(text.toString().getBytes(StandardCharsets.UTF_8), "g.csv", null)
                .delimiter());
    }

    @Property(tries = 500)
    void protectingACellIsUndoneExactly(@ForAll("texts") String value) {
        String cell = CsvCells.protect(value);
        assertEquals(value, CsvCells.unprotect(cell));
        if (!cell.isEmpty()) {
            assertEquals(false, CsvCells.startsFormula(cell.charAt(0)), cell);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return TEXT;
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t');
    }

    /** A header of 2–6 plain names, then rows of exactly as many cells of hostile text, not all empty. */
    @Provide
    Arbitrary<List<List<String>>> grids() {
        return Arbitraries.integers().between(2, 6).flatMap(width -> {
            Arbitrary<List<String>> header = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6)
                    .list().ofSize(width);
            Arbitrary<List<String>> row = TEXT.list().ofSize(width).filter(r -> r.stream().anyMatch(s -> !s.isEmpty()));
            return Combinators.combine(header, row.list().ofMaxSize(8)).as((h, rows) -> {
                List<List<String>> all = new ArrayList<>();
                all.add(h);
                all.addAll(rows);
                return all;
            });
        });
    }
}
