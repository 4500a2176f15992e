package dev.orgwright.bench;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * How long the model's edits take on realistic charts of 10,000 and 100,000 positions, how long
 * building such a chart takes, and roughly what an undo history of 1,000 edits costs in memory
 * next to one chart. The design promises microseconds per edit and a history that costs only
 * what the edits changed; this shows whether the persistent structure delivers.
 *
 * <p>A plain program, not a test: timings depend on the machine and never fail a build. Run it
 * from the project directory with
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.ModelBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class ModelBenchmark {

    private static final int MEASURED = 1_000;
    private static final int WARM_UP = 2_000;
    private static final long SEED = 20_250_101L;

    /** The three tiers of a grown company, as the default template has them. */
    static final List<Tier> TIERS = Templates.leadershipTeam();

    private static long sink;

    private ModelBenchmark() {
    }

    public static void main(String[] args) throws InvalidChartException {
        System.out.printf("Orgwright model benchmark (Java %s, %d processors, max heap %d MB)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        // Warm the JIT on a mid-sized chart so the first measured size is not paying for it.
        Chart warm = build(generate(10_000, new Random(SEED - 1)));
        for (Map.Entry<String, Function<Random, Edit>> kind : editKinds(warm).entrySet()) {
            measure(warm, kind.getValue(), WARM_UP, new Random(SEED));
        }
        for (int size : new int[] {10_000, 100_000}) {
            report(size);
        }
    }

    private static void report(int size) throws InvalidChartException {
        List<Position> positions = generate(size, new Random(SEED + size));
        long[] builds = new long[5];
        Chart chart = null;
        for (int i = 0; i < builds.length; i++) {
            long start = System.nanoTime();
            chart = build(positions);
            builds[i] = System.nanoTime() - start;
        }
        Arrays.sort(builds);
        System.out.printf("%n== %,d positions: %d levels, %,d root(s), %,d leaves, %,d dotted lines ==%n",
                chart.size(), depth(chart), chart.roots().size(), leaves(chart).size(), dottedLines(chart));
        System.out.printf("build from scratch (ChartBuilder): median %.1f ms, best %.1f ms of %d%n",
                builds[builds.length / 2] / 1e6, builds[0] / 1e6, builds.length);

        System.out.printf("%-24s %12s %12s%n", "edit", "median µs", "p90 µs");
        for (Map.Entry<String, Function<Random, Edit>> kind : editKinds(chart).entrySet()) {
            measure(chart, kind.getValue(), WARM_UP / 4, new Random(SEED + 1));
            long[] times = measure(chart, kind.getValue(), MEASURED, new Random(SEED + 2));
            System.out.printf("%-24s %12.1f %12.1f%n", kind.getKey(), percentile(times, 50) / 1e3,
                    percentile(times, 90) / 1e3);
        }
        reportMemory(size);
    }

    /**
     * Retained heap of one chart, and of a history of 1,000 charts each one edit apart. Measured as
     * used heap after System.gc(), which is a hint, so the figures are approximate.
     */
    private static void reportMemory(int size) throws InvalidChartException {
        chartHolder = null;
        history = null;
        long empty = usedAfterGc();
        chartHolder = build(generate(size, new Random(SEED + size)));
        long oneChart = usedAfterGc() - empty;

        Map<String, Function<Random, Edit>> kinds = editKinds(chartHolder);
        List<Function<Random, Edit>> mix = new ArrayList<>(kinds.values());
        Random random = new Random(SEED + 3);
        history = new ArrayList<>(MEASURED + 1);
        history.add(chartHolder);
        Chart current = chartHolder;
        while (history.size() <= MEASURED) {
            // Targets are picked in the first chart; one an earlier edit removed is simply skipped.
            try {
                current = mix.get(random.nextInt(mix.size())).apply(random).apply(current);
                history.add(current);
            } catch (RuntimeException refused) {
                // a target removed earlier in the history
            }
        }
        long withHistory = usedAfterGc() - empty;
        long perEdit = (withHistory - oneChart) / MEASURED;
        System.out.printf("memory (approximate, used heap after System.gc()): one chart %.1f MB; "
                        + "it plus a history of %,d edits %.1f MB, about %,d bytes per edit "
                        + "(a full copy per edit would be %.0f MB)%n",
                oneChart / 1e6, MEASURED, withHistory / 1e6, perEdit, oneChart * (double) MEASURED / 1e6);
        sink += history.size();
        history = null;
        chartHolder = null;
    }

    private static Chart chartHolder;
    private static List<Chart> history;

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    /** Times {@code count} applications to {@code chart}, each of a new edit on random targets. */
    private static long[] measure(Chart chart, Function<Random, Edit> kind, int count, Random random) {
        Edit[] edits = new Edit[count];
        for (int i = 0; i < count; i++) {
            edits[i] = kind.apply(random);
        }
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Chart after = edits[i].apply(chart);
            times[i] = System.nanoTime() - start;
            sink += after.size();
        }
        return times;
    }

    private static double percentile(long[] times, int p) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    /** One edit factory per kind, each drawing valid random targets from {@code chart}. */
    private static Map<String, Function<Random, Edit>> editKinds(Chart chart) {
        List<PositionId> all = new ArrayList<>();
        chart.inTreeOrder().forEach(p -> all.add(p.id()));
        List<PositionId> leaves = leaves(chart);
        List<PositionId> managers = all.stream().filter(id -> !chart.childrenOf(id).isEmpty()).toList();
        List<PositionId> withSiblings = all.stream().filter(id -> chart.siblingsOf(id).size() > 1).toList();
        int[] added = {0};

        Map<String, Function<Random, Edit>> kinds = new LinkedHashMap<>();
        kinds.put("add", r -> Edits.add(new Position(PositionId.of("new-" + added[0]++), "New Specialist", "",
                "staff", List.of(Duty.of("Support the team")), pick(managers, r), List.of(), "", "", false, null),
                r.nextInt(4) - 1));
        kinds.put("removeWithSubtree leaf", r -> Edits.removeWithSubtree(pick(leaves, r)));
        kinds.put("removeKeepingReports", r -> Edits.removeKeepingReports(pick(managers, r)));
        kinds.put("move", r -> {
            while (true) {
                PositionId id = pick(all, r);
                PositionId manager = pick(managers, r);
                if (Edits.whyCannotReportTo(chart, id, manager) == null) {
                    return Edits.move(id, manager, r.nextInt(3) - 1);
                }
            }
        });
        kinds.put("reorder", r -> {
            PositionId id = pick(withSiblings, r);
            return Edits.reorder(id, r.nextInt(chart.siblingsOf(id).size()));
        });
        kinds.put("setTitle", r -> Edits.setTitle(pick(all, r), "Retitled " + r.nextInt(1000)));
        kinds.put("setHolder", r -> Edits.setHolder(pick(all, r), r.nextBoolean() ? "" : "Alex Doe"));
        kinds.put("setTier", r -> Edits.setTier(pick(all, r), TIERS.get(r.nextInt(TIERS.size())).id()));
        kinds.put("addDuty", r -> Edits.addDuty(pick(all, r), Duty.of("Review the weekly numbers"), -1));
        kinds.put("addDottedLine", r -> {
            while (true) {
                PositionId id = pick(all, r);
                PositionId to = pick(managers, r);
                if (!id.equals(to) && !chart.position(id).dottedLines().contains(to)) {
                    return Edits.addDottedLine(id, to);
                }
            }
        });
        return kinds;
    }

    private static PositionId pick(List<PositionId> ids, Random r) {
        return ids.get(r.nextInt(ids.size()));
    }

    // ---- a realistic chart ----

    /**
     * A company of {@code size} positions, filled level by level: every manager gets 3 to 10
     * reports, and about one in seven positions below the top two levels is a specialist with no
     * reports, which makes the tree 6 to 8 levels deep. Each position has 1 to 3 duties; about
     * 2% have a dotted line to another manager.
     */
    static List<Position> generate(int size, Random r) {
        List<Position> out = new ArrayList<>(size);
        List<PositionId> managers = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {index, level}
        out.add(position(0, 0, null, r));
        open.add(new int[] {0, 0});
        while (out.size() < size && !open.isEmpty()) {
            int[] manager = open.poll();
            managers.add(out.get(manager[0]).id());
            int span = 3 + r.nextInt(8);
            for (int k = 0; k < span && out.size() < size; k++) {
                int index = out.size();
                int level = manager[1] + 1;
                out.add(position(index, level, out.get(manager[0]).id(), r));
                if (level < 2 || r.nextDouble() > 0.15) {
                    open.add(new int[] {index, level});
                }
            }
        }
        for (int i = 1; i < out.size(); i++) {
            if (r.nextDouble() < 0.02) {
                PositionId to = managers.get(r.nextInt(managers.size()));
                Position p = out.get(i);
                if (!to.equals(p.id()) && !to.equals(p.reportsTo())) {
                    out.set(i, p.withDottedLines(List.of(to)));
                }
            }
        }
        return out;
    }

    private static Position position(int index, int level, PositionId manager, Random r) {
        String title = switch (level) {
            case 0 -> "Chief Executive Officer";
            case 1 -> "Chief Officer " + index;
            case 2 -> "Head of Department " + index;
            case 3 -> "Manager " + index;
            default -> "Specialist " + index;
        };
        String tier = level < 2 ? Templates.SENIOR : level == 2 ? Templates.EXECUTIVE : "staff";
        List<Duty> duties = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        for (int d = 0; d < count; d++) {
            duties.add(r.nextBoolean() ? Duty.of("Duty " + d + " of position " + index)
                    : Duty.linked("Meet the delivery deadlines of team " + index, "delivery"));
        }
        return new Position(PositionId.of("E" + index), title, r.nextInt(10) == 0 ? "" : "Holder " + index, tier,
                duties, manager, List.of(), "Department " + (index % 40), "", false, null);
    }

    private static Chart build(List<Position> positions) throws InvalidChartException {
        return Chart.builder().title("Benchmark").tiers(TIERS).addAll(positions).build();
    }

    private static List<PositionId> leaves(Chart chart) {
        List<PositionId> out = new ArrayList<>();
        chart.inTreeOrder().forEach(p -> {
            if (chart.childrenOf(p.id()).isEmpty()) {
                out.add(p.id());
            }
        });
        return out;
    }

    private static int depth(Chart chart) {
        int max = 0;
        for (Position p : chart.inTreeOrder()) {
            if (chart.childrenOf(p.id()).isEmpty()) {
                max = Math.max(max, chart.chainOfCommand(p.id()).size() + 1);
            }
        }
        return max;
    }

    private static int dottedLines(Chart chart) {
        int n = 0;
        for (Position p : chart.inTreeOrder()) {
            n += p.dottedLines().size();
        }
        return n;
    }
}
