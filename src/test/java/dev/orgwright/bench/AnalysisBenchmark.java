package dev.orgwright.bench;

import dev.orgwright.analysis.Analysis;
import dev.orgwright.analysis.Analyzer;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How long the analysis takes on a realistic chart of 100,000 positions: a full analysis, and
 * {@code Analyzer.update} after one edit of several kinds. The targets are a full analysis under
 * 300 ms and an update after one edit under 10 ms, so that the analysis panel can follow every
 * edit. A plain program, not a test: timings depend on the machine and never fail a build. Run
 * it from the project directory with
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.AnalysisBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class AnalysisBenchmark {

    private static final int RUNS = 30;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws InvalidChartException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(20_261_203L);
        Chart chart = IoBenchmark.realisticChart(size, random);
        Analyzer analyzer = Analyzer.withDefaultBands();
        System.out.printf("Analysis of %,d positions (median of %d runs after warm-up)%n", chart.size(), RUNS);
        Analysis full = null;
        double[] times = new double[RUNS];
        for (int warm = 0; warm < 5; warm++) {
            full = analyzer.analyze(chart);
        }
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            full = analyzer.analyze(chart);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf("  full analysis:            %8.2f ms   (target < 300 ms)%n", median(times));

        List<PositionId> ids = new ArrayList<>(chart.positionsById().keySet());
        ids.sort(java.util.Comparator.comparing(PositionId::value));
        PositionId leaf = ids.stream().filter(id -> chart.childrenOf(id).isEmpty()).findFirst().orElseThrow();
        PositionId manager = ids.stream().filter(id -> chart.childrenOf(id).size() > 3
                && chart.position(id).reportsTo() != null).skip(ids.size() / 200).findFirst().orElseThrow();
        PositionId otherRoot = chart.roots().get(0);
        report(analyzer, full, chart, "set a leaf's FTE", Edits.setFte(leaf, new BigDecimal("0.5")));
        report(analyzer, full, chart, "set a leaf's cost", Edits.setCost(leaf, new BigDecimal("61000")));
        report(analyzer, full, chart, "make a leaf vacant", Edits.setHolder(leaf, ""));
        report(analyzer, full, chart, "move a manager's team", Edits.move(manager, otherRoot, -1));
        report(analyzer, full, chart, "remove a leaf", Edits.removeWithSubtree(leaf));
        report(analyzer, full, chart, "add a report", Edits.add(new Position(PositionId.of("bench-new"), "Analyst",
                "", null, List.of(), manager, List.of(), "", "", false, null), -1));
    }

    private static void report(Analyzer analyzer, Analysis full, Chart chart, String what, Edit edit) {
        Chart after = edit.apply(chart);
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS + 5; i++) {
            long t = System.nanoTime();
            analyzer.update(full, after);
            if (i >= 5) {
                times[i - 5] = (System.nanoTime() - t) / 1e6;
            }
        }
        System.out.printf("  update after %-24s %8.3f ms   (target < 10 ms)%n", what + ":", median(times));
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
