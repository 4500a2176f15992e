package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Blank;
import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The typed facts of positions (FTE, cost, status, photo, an undisclosed holder) and the chart's
 * own fields of every type, private or not, survive a CSV export with private values and an
 * import that knows the chart's fields; without private values, exactly the private ones are
 * gone.
 */
class TypedCsvRoundTripPropertiesTest {

    private static final List<String> PIECES = List.of("a", "Z", "7", " ", ",", ";", "\"", "\n", "=", "-", "@", "'",
            "é", "中文", "😀", "Head of ", "1.5", "£");
    private static final Arbitrary<String> TEXT = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(6)
            .map(parts -> Blank.strip(String.join("", parts))).filter(s -> !s.isEmpty());
    private static final Arbitrary<String> HOLDER = TEXT.filter(s -> Placeholders.holder(s).isEmpty());

    /** A position's facts and values, before the chart's fields are known. */
    private record Draft(String holder, boolean undisclosed, BigDecimal fte, BigDecimal cost, PositionStatus status,
                         String photo, List<Object> values) {
    }

    @Provide
    Arbitrary<Chart> charts() {
        Arbitrary<List<FieldDefinition>> fields = Combinators.combine(Arbitraries.of(FieldType.class),
                        Arbitraries.of(true, false), TEXT.list().ofMinSize(1).ofMaxSize(3).uniqueElements())
                .as((type, isPrivate, choices) -> new Object[] {type, isPrivate, choices})
                .list().ofMaxSize(5).map(TypedCsvRoundTripPropertiesTest::fields);
        Arbitrary<Draft> draft = Combinators.combine(HOLDER, Arbitraries.of(false, false, true),
                Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("1000")).ofScale(4),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999999999")).ofScale(2)
                        .injectNull(0.3),
                Arbitraries.of(PositionStatus.class).injectNull(0.5),
                Arbitraries.of("", "photos/ceo.jpg", "Ana Díaz.png", "D:/team/b.jpeg"),
                Arbitraries.<Object>oneOf(TEXT.map(t -> (Object) t),
                        Arbitraries.integers().between(-700_000, 2_900_000).map(n -> (Object) n),
                        Arbitraries.bigDecimals().between(new BigDecimal("-99999999999999"),
                                new BigDecimal("99999999999999")).ofScale(6).map(n -> (Object) n))
                        .injectNull(0.3).list().ofSize(5))
                .as(Draft::new);
        return Combinators.combine(fields, draft.list().ofMinSize(1).ofMaxSize(12),
                Arbitraries.integers().between(0, 1000).list().ofSize(12)).as(TypedCsvRoundTripPropertiesTest::chart);
    }

    @SuppressWarnings("unchecked")
    private static List<FieldDefinition> fields(List<Object[]> raw) {
        List<FieldDefinition> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            FieldType type = (FieldType) raw.get(i)[0];
            boolean isPrivate = (Boolean) raw.get(i)[1];
            List<String> choices = type == FieldType.CHOICE ? (List<String>) raw.get(i)[2] : List.of();
            // Names no column role answers to: "Field 2 x" is never an id, a manager or a salary.
            out.add(new FieldDefinition("f" + i, "Field " + i + " x", type, isPrivate, choices));
        }
        return out;
    }

    private static Chart chart(List<FieldDefinition> fields, List<Draft> drafts, List<Integer> picks) {
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            int pick = picks.get(i) % (i + 1);
            Position p = Position.of("p" + i, "Title " + i, null)
                    .withReportsTo(pick == i ? null : positions.get(pick).id())
                    .withHolder(d.holder()).withFte(d.fte()).withCost(d.cost()).withStatus(d.status())
                    .withPhoto(d.photo());
            if (d.undisclosed()) {
                p = p.withHolderNotDisclosed();
            }
            FieldValues values = FieldValues.NONE;
            for (int f = 0; f < fields.size(); f++) {
                values = values.with(fields.get(f).id(), value(fields.get(f), d.values().get(f)));
            }
            positions.add(p.withFieldValues(values));
        }
        try {
            return Chart.builder().title("Typed").fields(fields).addAll(positions).build();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Material for a value made into a value of the field's type, or no value. */
    private static Object value(FieldDefinition f, Object raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.toString();
        return switch (f.type()) {
            case TEXT -> text;
            case NUMBER -> raw instanceof BigDecimal n ? n : new BigDecimal(text.length() % 10);
            case DATE -> raw instanceof Integer day ? LocalDate.ofEpochDay(day).toString() : null;
            case CHOICE -> f.choices().get(Math.floorMod(text.hashCode(), f.choices().size()));
        };
    }

    private static ImportResult importBack(byte[] csv, Chart chart) throws Exception {
        CsvTable table = CsvImport.read(csv, "typed.csv", null);
        return CsvImport.importTable(table, ColumnMapping.detect(table.header(), ColumnMapping.Extras.FIELDS),
                ImportOptions.titled("Typed").withFields(chart.fields()));
    }

    @Property(tries = 300)
    void withPrivateValuesEverythingComesBack(@ForAll("charts") Chart chart) throws Exception {
        ImportResult back = importBack(CsvExport.toBytes(chart, true), chart);
        assertEquals(List.of(), back.problems().stream()
                .filter(p -> p.kind() != ImportProblem.Kind.NO_REPORTING_LINES).toList(), "a chart of only top positions is flat");
        assertEquals(chart.fields(), back.chart().fields());
        assertEquals(chart.roots(), back.chart().roots());
        for (Position p : chart.inTreeOrder()) {
            assertEquals(p, back.chart().position(p.id()), p.id().value());
        }
    }

    @Property(tries = 200)
    void withoutPrivateValuesOnlyThePrivateOnesAreGone(@ForAll("charts") Chart chart) throws Exception {
        ImportResult back = importBack(CsvExport.toBytes(chart), chart);
        assertEquals(List.of(), back.problems().stream()
                .filter(p -> p.kind() != ImportProblem.Kind.NO_REPORTING_LINES).toList(), "a chart of only top positions is flat");
        assertEquals(chart.fields().stream().filter(f -> !f.isPrivate()).toList(), back.chart().fields());
        for (Position p : chart.inTreeOrder()) {
            FieldValues open = p.fieldValues();
            for (FieldDefinition f : chart.fields()) {
                open = f.isPrivate() ? open.without(f.id()) : open;
            }
            assertEquals(p.withCost(null).withFieldValues(open), back.chart().position(p.id()), p.id().value());
        }
    }
}
