package dev.orgwright.bench;

import dev.orgwright.io.ChartReader;
import dev.orgwright.io.ChartWriter;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Edits;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import dev.orgwright.model.Templates;
import dev.orgwright.model.merge.ChartMerge;
import dev.orgwright.model.merge.MergeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How long the three-way merge of a 100,000-position chart takes when each side changed about
 * 1% of it (retitles, new holders, moves, additions, removals of leaves, dotted lines): once for
 * sides made from BASE by edits (sharing structure), once for three charts built apart, as git's
 * merge driver reads them from three files.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.MergeBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class MergeBenchmark {

    private static final int SIZE = 100_000;

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Orgwright merge benchmark (Java %s, %d processors, max heap %d MB)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Chart base = Chart.builder().title("Benchmark").tiers(ModelBenchmark.TIERS)
                .addAll(ModelBenchmark.generate(SIZE, new Random(20_261_203L))).build();
        Chart ours = edit(base, SIZE / 100, new Random(1), "ours");
        Chart theirs = edit(base, SIZE / 100, new Random(2), "theirs");
        MergeResult once = ChartMerge.merge(base, ours, theirs);
        System.out.printf("%,d positions; OURS %,d changes, THEIRS %,d changes; merged %,d positions, %,d conflicts%n",
                base.size(), once.oursChanges().changes().size(), once.theirsChanges().changes().size(),
                once.chart().size(), once.conflicts().size());
        report("sides made by edits (shared structure)", base, ours, theirs);
        report("three charts built apart (as from three files)", rebuild(base), rebuild(ours), rebuild(theirs));

        // Two scenarios (decision 14), the second based on the first; each side changes the
        // current state and both scenarios by about 1% each.
        Chart scenarioBase = Scenarios.add(base, "Lean", "", null);
        scenarioBase = inScenario(scenarioBase, 0, new Random(3), "lean");
        scenarioBase = Scenarios.add(scenarioBase, "Growth", "", scenarioBase.scenarios().get(0).id());
        scenarioBase = inScenario(scenarioBase, 1, new Random(4), "growth");
        Chart scenarioOurs = inScenario(inScenario(edit(scenarioBase, SIZE / 100, new Random(5), "ours"), 0,
                new Random(6), "ours"), 1, new Random(7), "ours");
        Chart scenarioTheirs = inScenario(inScenario(edit(scenarioBase, SIZE / 100, new Random(8), "theirs"), 0,
                new Random(9), "theirs"), 1, new Random(10), "theirs");
        MergeResult withScenarios = ChartMerge.merge(scenarioBase, scenarioOurs, scenarioTheirs);
        System.out.printf("with 2 scenarios: merged %,d scenarios, %,d conflicts%n", withScenarios.chart().scenarios().size(),
                withScenarios.conflicts().size());
        report("with 2 scenarios, sides made by edits", scenarioBase, scenarioOurs, scenarioTheirs);
        report("with 2 scenarios, three charts read from files", read(scenarioBase), read(scenarioOurs),
                read(scenarioTheirs));
    }

    private static Chart inScenario(Chart chart, int index, Random r, String side) {
        Scenario s = chart.scenarios().get(index);
        return Scenarios.replace(chart, s.withChart(edit(s.chart(), SIZE / 100, r, side + "-" + s.id())));
    }

    private static Chart read(Chart chart) throws Exception {
        return ChartReader.read(ChartWriter.toBytes(chart), "benchmark.orgchart.json");
    }

    private static void report(String label, Chart base, Chart ours, Chart theirs) throws Exception {
        Median.Times t = Median.times(3, 7, () -> ChartMerge.merge(base, ours, theirs));
        System.out.printf("%s: median %.0f ms wall clock, %.0f ms thread CPU%n", label, t.wallMillis(), t.cpuMillis());
    }

    private static Chart edit(Chart chart, int count, Random r, String side) {
        List<PositionId> ids = new ArrayList<>();
        chart.inTreeOrder().forEach(p -> ids.add(p.id()));
        Chart c = chart;
        int made = 0;
        while (made < count) {
            PositionId target = ids.get(1 + r.nextInt(ids.size() - 1));
            PositionId other = ids.get(r.nextInt(ids.size()));
            if (!c.contains(target) || !c.contains(other)) {
                continue;
            }
            Edit e = switch (r.nextInt(6)) {
                case 0 -> Edits.move(target, other, -1);
                case 1 -> Edits.setTitle(target, "Renamed by " + side + " " + made);
                case 2 -> Edits.setHolder(target, side + " holder " + made);
                case 3 -> Edits.add(Position.of(side + "-" + made, "New role " + made, Templates.EXECUTIVE)
                        .withReportsTo(other), -1);
                case 4 -> c.childrenOf(target).isEmpty() ? Edits.removeWithSubtree(target) : Edits.setNotes(target, side);
                default -> Edits.addDottedLine(target, other);
            };
            try {
                c = e.apply(c);
                made++;
            } catch (EditRefusedException refused) {
                // not every random edit is allowed; pick another
            }
        }
        return c;
    }

    private static Chart rebuild(Chart chart) throws InvalidChartException {
        List<Position> copy = new ArrayList<>(chart.size());
        for (Position p : chart.inTreeOrder()) {
            copy.add(new Position(PositionId.of(new String(p.id().value())), p.title(), p.holder(), p.tierId(),
                    new ArrayList<>(p.duties()), p.reportsTo(), new ArrayList<>(p.dottedLines()), p.department(),
                    p.notes(), p.assistant(), p.unknownFields()));
        }
        return Chart.builder().title(chart.title()).tiers(chart.tiers()).settings(chart.settings()).addAll(copy).build();
    }
}
