package dev.orgwright.bench;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.BookLabels;
import dev.orgwright.render.export.BookPlan;
import dev.orgwright.render.export.BookPreview;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.PageSetup;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * How long the export dialog's preview takes to plan a book (the plan and its index, what the
 * dialog does in the background when Book is chosen), for realistic charts of the sizes given
 * (default 5,000 and 100,000 positions) on A4 landscape: the first plan in the process and the
 * following ones, and the chart's pages alone (without the index) planned again. Run with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.orgwright.bench.BookPreviewBenchmark [-Dexec.args="5000 100000"]}. Prints
 * figures; never fails.
 */
public final class BookPreviewBenchmark {

    private BookPreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {5000, 100000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.getInteger("rounds", 3);
        ExportFonts fonts = new ExportFonts();
        BookLabels labels = new BookLabels("→ p. {0}", "Index", "{0} (part {1} of {2})", "{0} / {1}");
        for (int size : sizes) {
            Chart chart = IoBenchmark.realisticChart(size, new Random(size));
            ExportRequest request = new ExportRequest(chart, null, ExportOptions.DEFAULT,
                    LayoutOptions.AUTO.withAspect(BookPlan.aspect(PageSetup.A4_FIT)), Set.of(), Theme.of(chart), 1,
                    PageSetup.A4_FIT);
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                BookPreview preview = BookPreview.of(request, fonts, labels);
                double seconds = (System.nanoTime() - start) / 1e9;
                long planStart = System.nanoTime();
                BookPlan.of(request, fonts);
                double planning = (System.nanoTime() - planStart) / 1e9;
                System.out.printf(Locale.ROOT, "%,9d positions, round %d: %d pages planned in %.2f s"
                        + " (the chart's pages alone, again: %.2f s)%n", chart.size(), round, preview.pageCount(), seconds,
                        planning);
            }
        }
    }
}
