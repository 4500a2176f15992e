package dev.orgwright.bench;

import dev.orgwright.model.Chart;
import dev.orgwright.render.Theme;
import dev.orgwright.render.deck.DeckOptions;
import dev.orgwright.render.deck.DeckWriter;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * PowerPoint deck speed for generated charts (spans 3 to 9, holders, one duty each): the whole
 * deck (cutting the chart into slides, laying each out, writing every shape and the analysis
 * tables, findings included). Target: under 5 s for 1,000 positions. "first" is the first deck
 * in the process (code not yet compiled, as for a command-line export); median of the runs after.
 *
 * <p>Run with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.orgwright.bench.DeckBenchmark} (arguments: the chart sizes, default
 * {@code 1000 5000}; {@code -Druns=N} for N timed runs, default 5). Prints figures and the
 * machine's load; never fails.
 */
public final class DeckBenchmark {

    private DeckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {1000, 5000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        int runs = Integer.getInteger("runs", 5);
        DeckOptions options = DeckOptions.defaults().withDate(LocalDate.of(2025, 3, 31)).withFindings(true)
                .withDuties(true);
        System.out.printf(Locale.ROOT, "load average %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("positions  slides  first (wall)  median wall  median cpu  file size");
        for (int size : sizes) {
            Chart chart = ExportFixtures.generated(size, 7);
            Validation findings = Validator.withDefaultRules().validate(chart);
            DeckWriter writer = new DeckWriter(new ExportFonts(), Theme.LIGHT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            DeckWriter.Summary summary = writer.write(chart, findings, options, out);
            double first = (System.nanoTime() - start) / 1e6;
            Median.Times t = Median.times(1, runs, () -> writer.write(chart, findings, options, new ByteArrayOutputStream()));
            System.out.printf(Locale.ROOT, "%9d  %6d  %10.0f ms  %8.0f ms  %7.0f ms  %6.1f MB%n", size, summary.slides(),
                    first, t.wallMillis(), t.cpuMillis(), out.size() / 1e6);
        }
    }
}
