package dev.orgwright.bench;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartReader;
import dev.orgwright.io.ChartWriter;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How long a chart of 100,000 positions with two scenarios takes to load and save, each
 * scenario changing about 1% of its base (retitles, moves, removals, new positions), the second
 * based on the first; beside it, a chart of 300,000 positions, which is what storing the two
 * scenarios as full copies would have to read. Not a test: it prints figures and never fails a
 * build. Target: under 2 s to load.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.ScenarioBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class ScenarioBenchmark {

    private static final int RUNS = 5;
    private static final int WARM_UPS = 3;

    private ScenarioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(42);
        Chart current = IoBenchmark.realisticChart(size, random);
        Chart chart = Scenarios.add(current, "Lean", "About 1% changed", null);
        Scenario lean = chart.scenarios().get(0);
        chart = Scenarios.replace(chart, lean.withChart(changed(lean.chart(), random, size / 100)));
        chart = Scenarios.add(chart, "Growth", "About 1% changed from Lean", lean.id());
        Scenario growth = chart.scenarios().get(1);
        chart = Scenarios.replace(chart, growth.withChart(changed(growth.chart(), random, size / 100)));
        Chart withScenarios = chart;

        Path folder = Files.createTempDirectory("orgwright-bench");
        Path file = folder.resolve("scenarios" + ChartFiles.EXTENSION);
        try {
            byte[] bytes = ChartWriter.toBytes(withScenarios);
            byte[] plain = ChartWriter.toBytes(current);
            System.out.printf(Locale.ROOT, "%,d positions, scenarios of %,d and %,d positions%n", current.size(),
                    withScenarios.scenarios().get(0).chart().size(), withScenarios.scenarios().get(1).chart().size());
            System.out.printf(Locale.ROOT, "  file: %.1f MB (%.1f MB without the scenarios)%n", bytes.length / 1e6,
                    plain.length / 1e6);
            report("  save to bytes", Median.millis(WARM_UPS, RUNS, () -> ChartWriter.toBytes(withScenarios)));
            report("  load from bytes", Median.millis(WARM_UPS, RUNS, () -> ChartReader.read(bytes, "bench")));
            report("  save to file (fsync)", Median.millis(WARM_UPS, RUNS, () -> ChartFiles.save(file, withScenarios)));
            report("  load from file", Median.millis(WARM_UPS, RUNS, () -> ChartFiles.load(file)));
            report("  load without scenarios", Median.millis(WARM_UPS, RUNS, () -> ChartReader.read(plain, "bench")));
            if (!ChartFiles.load(file).equals(withScenarios)) {
                throw new AssertionError("the chart with scenarios did not survive a save and a load");
            }
            Chart triple = IoBenchmark.realisticChart(3 * size, new Random(7));
            byte[] tripleBytes = ChartWriter.toBytes(triple);
            System.out.printf(Locale.ROOT, "full copies instead: %,d positions, %.1f MB%n", triple.size(),
                    tripleBytes.length / 1e6);
            report("  load from bytes", Median.millis(WARM_UPS, RUNS, () -> ChartReader.read(tripleBytes, "bench")));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder.resolve("scenarios" + ChartFiles.EXTENSION + "~"));
            Files.delete(folder);
        }
    }

    /** About {@code count} edits spread over the chart. */
    private static Chart changed(Chart chart, Random random, int count) {
        List<PositionId> ids = new ArrayList<>(chart.positionsById().keySet());
        ids.sort(null);
        Chart current = chart;
        for (int i = 0; i < count; i++) {
            PositionId id = ids.get(1 + random.nextInt(ids.size() - 1));
            PositionId other = ids.get(random.nextInt(ids.size()));
            if (!current.contains(id) || !current.contains(other)) {
                continue;
            }
            Edit edit = switch (random.nextInt(4)) {
                case 0 -> Edits.setTitle(id, "Retitled " + i);
                case 1 -> Edits.move(id, other, -1);
                case 2 -> Edits.removeKeepingReports(id);
                default -> Edits.add(Position.of("new-" + i + "-" + random.nextInt(1_000_000), "New role " + i,
                        current.position(id).tierId()).withReportsTo(id), -1);
            };
            try {
                current = edit.apply(current);
            } catch (EditRefusedException refused) {
                // a move under its own report: skip it
            }
        }
        return current;
    }

    private static void report(String what, double ms) {
        System.out.printf(Locale.ROOT, "%-26s median %8.1f ms%n", what, ms);
    }
}
