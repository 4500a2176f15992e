package dev.orgwright.bench;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Edits;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.diff.ChartDiff;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How long comparing two versions of a 100,000-position chart takes when about 1% of the
 * positions changed (moves, retitles, new holders, additions, removals, duties handed over,
 * dotted lines): once for a proposal made from the current chart by edits (the two share
 * structure, as in the window), once for two charts built apart (as when both come from files).
 * The target is under a second. Also checks that the reported changes turn one into the other.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.DiffBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class DiffBenchmark {

    private static final int SIZE = 100_000;
    private static final int RUNS = 7;

    private DiffBenchmark() {
    }

    public static void main(String[] args) throws InvalidChartException {
        System.out.printf("Orgwright diff benchmark (Java %s, %d processors, max heap %d MB)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Random r = new Random(20_260_101L);
        Chart current = build(ModelBenchmark.generate(SIZE, r));
        Chart proposal = edit(current, SIZE / 100, r);
        Chart currentApart = rebuild(current);
        Chart proposalApart = rebuild(proposal);

        ChartDiff once = ChartDiff.compare(current, proposal);
        if (!once.applyTo(current).equals(proposal)) {
            throw new AssertionError("the changes do not turn the current chart into the proposal");
        }
        System.out.printf("%,d positions, %,d changes: %s%n", current.size(), once.changes().size(), once.counts());
        for (int i = 0; i < 5; i++) { // warm-up
            ChartDiff.compare(current, proposal);
            ChartDiff.compare(currentApart, proposalApart);
        }
        report("proposal made by edits (shared structure)", current, proposal);
        report("charts built apart (as from two files)", currentApart, proposalApart);
        long start = System.nanoTime();
        once.applyTo(current);
        System.out.printf("applying the %,d changes to the current chart: %.1f ms (wall clock)%n", once.changes().size(),
                (System.nanoTime() - start) / 1e6);
    }

    /**
     * Wall-clock time, and the CPU time of the comparing thread: on a machine shared with other
     * work the wall clock also counts the time spent waiting for a processor.
     */
    private static void report(String label, Chart a, Chart b) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        int changes = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            changes = ChartDiff.compare(a, b).changes().size();
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            wall[i] = System.nanoTime() - start;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%s (%,d changes), %d runs:%n", label, changes, RUNS);
        System.out.printf("    wall clock  median %7.1f ms, best %7.1f ms, worst %7.1f ms%n",
                wall[RUNS / 2] / 1e6, wall[0] / 1e6, wall[RUNS - 1] / 1e6);
        System.out.printf("    thread CPU  median %7.1f ms, best %7.1f ms, worst %7.1f ms%n",
                cpu[RUNS / 2] / 1e6, cpu[0] / 1e6, cpu[RUNS - 1] / 1e6);
    }

    /** About {@code count} edits of every kind a proposal makes. */
    private static Chart edit(Chart chart, int count, Random r) {
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
            Edit e = switch (r.nextInt(8)) {
                case 0 -> Edits.move(target, other, -1);
                case 1 -> Edits.setTitle(target, "Renamed " + made);
                case 2 -> Edits.setHolder(target, "New Holder " + made);
                case 3 -> Edits.add(Position.of("new-" + made, "New role " + made, Templates.EXECUTIVE)
                        .withReportsTo(other), -1);
                case 4 -> c.childrenOf(target).isEmpty() ? Edits.removeWithSubtree(target) : Edits.setNotes(target, "x");
                case 5 -> c.position(target).duties().isEmpty() ? Edits.addDuty(target, Duty.of("Extra"), -1)
                        : Edits.sequence("hand over", List.of(Edits.removeDuty(target, 0),
                        Edits.addDuty(other, c.position(target).duties().get(0), -1)));
                case 6 -> Edits.addDottedLine(target, other);
                default -> Edits.reorder(target, 0);
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

    private static Chart build(List<Position> positions) throws InvalidChartException {
        return Chart.builder().title("Benchmark").tiers(ModelBenchmark.TIERS).addAll(positions).build();
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
