package dev.orgwright.bench;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.Settings;
import dev.orgwright.model.ThemeSettings;
import dev.orgwright.render.CardColouring;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFixtures;
import java.util.Map;

/**
 * How long the card colouring of a 100,000-position chart takes to work out: once per chart
 * version, after an edit, for the canvas and for every export (the colours of the departments
 * and the legend need a look at every position). The target is well under a frame's 16 ms at
 * the sizes people edit by hand, and a small part of an edit at 100,000.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.ColouringBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class ColouringBenchmark {

    private static final int RUNS = 9;

    private ColouringBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("Orgwright colouring benchmark (Java %s, %d processors)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        for (int size : new int[] {1_000, 100_000}) {
            Chart chart = ExportFixtures.generated(size, 7);
            int i = 0;
            for (Position p : chart.inTreeOrder()) {
                chart = Edits.setDepartment(p.id(), "Department " + (i++ % 40)).apply(chart);
            }
            for (String by : new String[] {"department", "tier"}) {
                Chart themed = chart.withSettings(Settings.of(Map.of(ThemeSettings.KEY, Map.of("colourBy", by))));
                Theme theme = Theme.of(themed);
                long best = Long.MAX_VALUE;
                int entries = 0;
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    CardColouring colouring = CardColouring.of(theme, themed, null, false);
                    entries = colouring.legend().size();
                    best = Math.min(best, System.nanoTime() - start);
                }
                System.out.printf("%,8d positions, colour by %-10s: %7.2f ms (best of %d), %d legend entries%n",
                        size, by, best / 1e6, RUNS, entries);
            }
        }
    }
}
