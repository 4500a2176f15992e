package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Scenarios through the file: stored as what differs from their base, read back exactly. */
class ScenariosJsonTest {

    private static final String NAME = "scenarios.orgchart.json";

    @Provide
    Arbitrary<Chart> charts() {
        return ChartArbitraries.charts(25);
    }

    @Property(tries = 300)
    void scenariosOfAnyChartReadBackExactly(@ForAll("charts") Chart chart, @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        Chart withFirst = Scenarios.add(chart, "Option A", "Leaner", null);
        Scenario a = withFirst.scenarios().get(0);
        withFirst = Scenarios.replace(withFirst, a.withChart(edited(a.chart(), random, 6)));
        Chart both = Scenarios.add(withFirst, "Option B", "", a.id());
        Scenario b = both.scenarios().get(1);
        both = Scenarios.replace(both, b.withChart(edited(b.chart(), random, 6)));
        // The current state moves on after the scenarios were made: they are forks, not views.
        both = edited(both, random, 3);

        byte[] bytes = ChartWriter.toBytes(both);
        Chart read = ChartReader.read(bytes, NAME);
        ChartRoundTripPropertiesTest.assertSameChart(Scenarios.currentState(both), Scenarios.currentState(read));
        assertEquals(both.scenarios().size(), read.scenarios().size());
        for (int i = 0; i < both.scenarios().size(); i++) {
            Scenario expected = both.scenarios().get(i);
            Scenario actual = read.scenarios().get(i);
            assertEquals(expected.id(), actual.id());
            assertEquals(expected.basedOn(), actual.basedOn());
            ChartRoundTripPropertiesTest.assertSameChart(Scenarios.shown(both, expected), Scenarios.shown(read, actual));
            assertEquals(expected.chart().dottedReportsByManager(), actual.chart().dottedReportsByManager(),
                    "who has a dotted line to whom, as the scenario has it");
        }
        assertEquals(both, read);
        assertArrayEquals(bytes, ChartWriter.toBytes(read), "the same chart gives the same bytes");
    }

    @Test
    void aScenarioIsStoredAsWhatItChanges() throws Exception {
        Chart chart = SampleCharts.leadershipTeam();
        Chart withScenario = Scenarios.add(chart, "After the funding round", "Two new heads", null);
        Scenario s = withScenario.scenarios().get(0);
        PositionId root = chart.roots().get(0);
        Chart changed = Edits.add(Position.of("vp-sales", "VP Sales", "executive").withReportsTo(root), -1)
                .apply(s.chart());
        withScenario = Scenarios.replace(withScenario, s.withChart(changed));

        String text = new String(ChartWriter.toBytes(withScenario), StandardCharsets.UTF_8);
        int at = text.indexOf("\"scenarios\"");
        assertTrue(at > 0, text);
        String scenarioPart = text.substring(at);
        assertTrue(scenarioPart.contains("\"id\": \"after-the-funding-round\""), scenarioPart);
        assertTrue(scenarioPart.contains("\"description\": \"Two new heads\""), scenarioPart);
        assertTrue(scenarioPart.contains("\"id\": \"vp-sales\""), scenarioPart);
        assertEquals(1, count(scenarioPart, "\"title\""), "only the new position, not the whole chart: " + scenarioPart);
        assertFalse(scenarioPart.contains("\"basedOn\""), "based on the current state: no basedOn");

        Chart read = ChartReader.read(text.getBytes(StandardCharsets.UTF_8), NAME);
        assertEquals(chart.size() + 1, read.scenarios().get(0).chart().size());
        assertEquals(chart.size(), read.size());
    }

    @Test
    void aChartWithoutScenariosIsWrittenAsBefore() throws Exception {
        Chart chart = SampleCharts.leadershipTeam();
        String text = new String(ChartWriter.toBytes(chart), StandardCharsets.UTF_8);
        assertFalse(text.contains("scenarios"));
        assertTrue(ChartReader.read(text.getBytes(StandardCharsets.UTF_8), NAME).scenarios().isEmpty());
    }

    @Test
    void promotingAScenarioIsOneEditThatUndoGivesBack() throws Exception {
        Chart chart = SampleCharts.leadershipTeam();
        Chart with = Scenarios.add(chart, "Lean", "", null);
        Scenario s = with.scenarios().get(0);
        PositionId leaf = leaf(s.chart());
        with = Scenarios.replace(with, s.withChart(Edits.removeWithSubtree(leaf).apply(s.chart())));
        Chart promoted = Scenarios.promote(s.id()).apply(with);
        assertFalse(promoted.contains(leaf));
        assertEquals(with.scenarios(), promoted.scenarios(), "the scenarios stay");
        assertEquals(with.title(), promoted.title());
        assertTrue(promoted.changesSince(with).isEmpty(), "findings and layout start over after a promotion");
    }

    @Test
    void deletingABaseRebasesWhatWasMadeFromIt() throws Exception {
        Chart chart = Scenarios.add(SampleCharts.leadershipTeam(), "A", "", null);
        chart = Scenarios.add(chart, "B", "", "a");
        Chart without = Scenarios.delete(chart, "A");
        assertEquals(1, without.scenarios().size());
        assertEquals(null, without.scenarios().get(0).basedOn());
        assertEquals(without, ChartReader.read(ChartWriter.toBytes(without), NAME));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static PositionId leaf(Chart chart) {
        for (Position p : chart.inTreeOrder()) {
            if (chart.childrenOf(p.id()).isEmpty()) {
                return p.id();
            }
        }
        throw new IllegalStateException("no leaf");
    }

    /** Up to {@code steps} random edits: moves, reorders, removals, new positions, new titles. */
    static Chart edited(Chart chart, Random random, int steps) {
        Chart current = chart;
        for (int i = 0; i < steps && current.size() > 0; i++) {
            List<PositionId> ids = new ArrayList<>(current.positionsById().keySet());
            ids.sort(null);
            PositionId id = ids.get(random.nextInt(ids.size()));
            PositionId other = ids.get(random.nextInt(ids.size()));
            Edit edit = switch (random.nextInt(7)) {
                case 0 -> Edits.move(id, random.nextInt(4) == 0 ? null : other, random.nextInt(3) - 1);
                case 1 -> Edits.reorder(id, random.nextInt(3));
                case 2 -> Edits.removeWithSubtree(id);
                case 3 -> Edits.removeKeepingReports(id);
                case 4 -> Edits.add(current.position(id).withReportsTo(random.nextBoolean() ? other : null)
                        .withDottedLines(random.nextBoolean() && !other.equals(id) ? List.of(id) : List.of()).withId(PositionId.of("new-" + i + "-" + random.nextInt(1000))), random.nextInt(3) - 1);
                case 5 -> Edits.addDottedLine(id, other);
                default -> Edits.setTitle(id, "Retitled " + i);
            };
            try {
                current = edit.apply(current);
            } catch (EditRefusedException | IllegalArgumentException refused) {
                // a move under its own report, say: try something else
            }
        }
        return current;
    }
}
