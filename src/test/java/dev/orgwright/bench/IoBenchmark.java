package dev.orgwright.bench;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartReader;
import dev.orgwright.io.ChartWriter;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How long charts of 10,000 and 100,000 positions take to load and save, in memory and through
 * a real file (temporary file, fsync, atomic move). Not a test: it prints figures and never
 * fails a build. Target: 100,000 positions load in under 1 s and save in under 1 s.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.IoBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class IoBenchmark {

    private static final int RUNS = 7;
    private static final int WARM_UPS = 5;
    private static final String[] DEPARTMENTS = {"Sales", "Engineering", "Finance", "Operations", "People",
            "Marketing", "Legal", "Support", "Research", "Logistics"};
    private static final String[] DUTIES = {"Meets the quarterly delivery targets", "Runs the weekly team meeting",
            "Reviews performance with each report", "Keeps the department's day-to-day operations running",
            "Owns the budget of the unit", "Coaches new staff", "Reports progress to senior management"};
    private static final String[] NAMES = {"Maya Lindqvist", "Arjun Mehta", "Tom Okafor", "Lena Fischer",
            "Claire Dubois", "José Núñez", "Aiko Tanaka", "Zoë Müller"};

    private IoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("orgwright-bench");
        try {
            for (int size : new int[] {10_000, 100_000}) {
                measure(realisticChart(size, new Random(42)), folder);
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(folder);
        }
    }

    /** A breadth-first organisation: each manager has 3–10 reports; most positions have duties and a holder. */
    public static Chart realisticChart(int size, Random random) throws InvalidChartException {
        List<Position> positions = new ArrayList<>(size);
        Deque<PositionId> managers = new ArrayDeque<>();
        positions.add(Position.of("p0", "Chief Executive Officer", Templates.SENIOR).withHolder(NAMES[0])
                .withDuties(List.of(Duty.linked("Sets the company strategy", "strategy"))));
        managers.add(PositionId.of("p0"));
        int next = 1;
        while (next < size) {
            PositionId manager = managers.poll();
            int span = 3 + random.nextInt(8);
            for (int k = 0; k < span && next < size; k++, next++) {
                PositionId id = PositionId.of("p" + next);
                boolean senior = next < 8;
                Position p = Position.of(id.value(), (senior ? "Chief Officer " : "Head of Team ") + next,
                                senior ? Templates.SENIOR : Templates.EXECUTIVE)
                        .withReportsTo(manager)
                        .withDepartment(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)])
                        .withDuties(duties(random));
                if (random.nextInt(10) > 0) {
                    p = p.withHolder(NAMES[random.nextInt(NAMES.length)] + " " + next);
                }
                if (random.nextInt(50) == 0) {
                    p = p.withNotes("Interim until the next review.\nSee the board minutes.");
                }
                positions.add(p);
                managers.add(id);
            }
        }
        return Chart.builder().title("Benchmark " + size).addAll(positions).build();
    }

    private static List<Duty> duties(Random random) {
        int count = 1 + random.nextInt(3);
        List<Duty> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = DUTIES[random.nextInt(DUTIES.length)];
            out.add(random.nextBoolean() ? Duty.of(text) : Duty.linked(text, "delivery"));
        }
        return out;
    }

    private static void measure(Chart chart, Path folder) throws Exception {
        byte[] bytes = ChartWriter.toBytes(chart);
        Path file = folder.resolve("bench" + ChartFiles.EXTENSION);
        ChartFiles.save(file, chart);
        String name = file.getFileName().toString();
        double mb = bytes.length / 1e6;
        System.out.printf(Locale.ROOT, "%,d positions, %.1f MB%n", chart.size(), mb);
        report("  save to bytes", mb, time(() -> ChartWriter.toBytes(chart)));
        report("  load from bytes", mb, time(() -> ChartReader.read(bytes, name)));
        report("  save to file (fsync)", mb, time(() -> ChartFiles.save(file, chart)));
        report("  load from file", mb, time(() -> ChartFiles.load(file)));
        if (!ChartFiles.load(file).equals(chart)) {
            throw new AssertionError("the benchmark chart did not survive a save and a load");
        }
    }

    /** Median milliseconds of {@link #RUNS} runs after {@link #WARM_UPS} warm-up runs. */
    private static double time(Median.Step step) throws Exception {
        return Median.millis(WARM_UPS, RUNS, step);
    }

    private static void report(String what, double mb, double ms) {
        System.out.printf(Locale.ROOT, "%-24s median %8.1f ms  %7.1f MB/s%n", what, ms, mb / (ms / 1000));
    }
}
