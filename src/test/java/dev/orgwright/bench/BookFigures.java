package dev.orgwright.bench;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.BookExporter;
import dev.orgwright.render.export.BookLabels;
import dev.orgwright.render.export.BookPlan;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.PageSetup;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * How many pages a book export of a 5,089-position chart takes, and how long it takes to write:
 * on A4, A3 and Letter, landscape and portrait, for the realistic chart of {@link IoBenchmark}
 * (spans 3 to 10, duties, departments) and the generated one of the export benchmark. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.orgwright.bench.BookFigures}
 * (argument: the chart size, default 5089). Planning is timed on its own, after the write has warmed up the code.
 * Prints figures; never fails.
 */
public final class BookFigures {

    private BookFigures() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length == 0 ? 5089 : Integer.parseInt(args[0]);
        ExportFonts fonts = new ExportFonts();
        BookLabels labels = new BookLabels("→ p. {0}", "Index", "{0} (part {1} of {2})", "{0} / {1}");
        Chart realistic = IoBenchmark.realisticChart(size, new Random(size));
        Chart generated = ExportFixtures.generated(size, size);
        for (Chart chart : new Chart[] {realistic, generated}) {
            System.out.printf(Locale.ROOT, "%s, %,d positions%n", chart.title(), chart.size());
            for (PageSetup page : new PageSetup[] {PageSetup.A4_FIT, new PageSetup(PageSetup.Paper.A4, false, 1, 1),
                    new PageSetup(PageSetup.Paper.A3, true, 1, 1), new PageSetup(PageSetup.Paper.LETTER, true, 1, 1)}) {
                ExportRequest request = new ExportRequest(chart, null, ExportOptions.DEFAULT, LayoutOptions.AUTO,
                        Set.of(), Theme.of(chart), 1, page);
                BookExporter exporter = new BookExporter(fonts, labels);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long start = System.nanoTime();
                exporter.write(request, out);
                double seconds = (System.nanoTime() - start) / 1e9;
                long planStart = System.nanoTime();
                BookPlan plan = BookPlan.of(request, fonts);
                double planning = (System.nanoTime() - planStart) / 1e9;
                int shared = 0;
                for (BookPlan.Page p : plan.pages()) {
                    shared += p.shared() ? 1 : 0;
                }
                double smallest = Double.MAX_VALUE;
                for (BookPlan.Page p : plan.pages()) {
                    smallest = Math.min(smallest, plan.titlePoints(p));
                }
                System.out.printf(Locale.ROOT, "  %-32s %4d pages (%d of the chart, %d of them shared by several teams,"
                                + " %d of the index), written in %.1f s of which planning %.1f s, %.1f MB,"
                                + " smallest title %.1f pt%n", page, exporter.pageCount(), plan.pages().size(), shared,
                        exporter.pageCount() - plan.pages().size(), seconds, planning, out.size() / 1e6, smallest);
            }
        }
    }
}
