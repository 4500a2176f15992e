package dev.orgwright.bench;

import dev.orgwright.model.Chart;
import dev.orgwright.render.export.ChartExporter;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.render.export.PdfExporter;
import dev.orgwright.render.export.SvgExporter;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.export.FxPngExporter;
import dev.orgwright.ui.export.HeadlessFx;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Export speed and file size for generated charts of 10,000 and 100,000 positions (spans 3 to 9,
 * holders, one duty each, findings badges on): SVG, PDF on one A4 page, PDF over 4 × 3 pages, and
 * PNG at scale 1. Target: under 3 s for 10,000 positions in every format. Times include the layout
 * with the format's fonts. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.orgwright.bench.ExportBenchmark}.
 * Prints figures; never fails.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    /** Counts the bytes written and keeps none. */
    private static final class Counter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    public static void main(String[] args) throws Exception {
        HeadlessFx.start();
        ExportFonts fonts = new ExportFonts();
        Map<String, ChartExporter> formats = new LinkedHashMap<>();
        formats.put("svg", new SvgExporter(fonts));
        formats.put("pdf one page", new PdfExporter(fonts));
        formats.put("pdf 4x3 pages", new PdfExporter(fonts));
        formats.put("png scale 1", new FxPngExporter());
        System.out.printf(Locale.ROOT, "%-10s %-14s %10s %10s %14s%n", "positions", "format", "median s", "best s", "file size");
        for (int n : new int[] {10_000, 100_000}) {
            Chart chart = ExportFixtures.generated(n, 42);
            ExportRequest base = ExportRequest.of(chart, Validator.withDefaultRules().validate(chart), ExportOptions.DEFAULT);
            int runs = n >= 100_000 ? 3 : 5;
            for (Map.Entry<String, ChartExporter> format : formats.entrySet()) {
                ExportRequest request = format.getKey().contains("4x3")
                        ? base.withPage(new PageSetup(PageSetup.Paper.A4, true, 4, 3)) : base;
                long[] times = new long[runs];
                long size = 0;
                String refused = null;
                for (int i = 0; i < runs && refused == null; i++) {
                    Counter out = new Counter();
                    long t0 = System.nanoTime();
                    try {
                        format.getValue().write(request, out);
                    } catch (IOException e) {
                        refused = e.getMessage();
                    }
                    times[i] = System.nanoTime() - t0;
                    size = out.bytes;
                }
                if (refused != null) {
                    System.out.printf(Locale.ROOT, "%-10d %-14s refused: %s%n", n, format.getKey(), refused);
                    continue;
                }
                Arrays.sort(times);
                System.out.printf(Locale.ROOT, "%-10d %-14s %10.2f %10.2f %11.1f MB%n", n, format.getKey(),
                        times[runs / 2] / 1e9, times[0] / 1e9, size / 1e6);
            }
        }
        System.exit(0);
    }
}
