package dev.orgwright.bench;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.export.ChartExporter;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportScope;
import dev.orgwright.render.export.ExportSheet;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.render.export.PdfExporter;
import dev.orgwright.render.export.SvgExporter;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.export.FxPngExporter;
import dev.orgwright.ui.export.HeadlessFx;
import dev.orgwright.ui.fx.FxTextMeasure;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;

/**
 * Export speed and file size for generated charts of 10,000 and 100,000 positions (spans 3 to 9,
 * holders, one duty each, findings badges on): SVG, PDF on one A4 page, PDF over 4 × 3 pages, and
 * PNG at scale 1. Target: under 3 s for 10,000 positions in every format. Times include the layout
 * with the format's fonts; "first" is the first export of that kind in the process (code not yet
 * compiled, as for a command-line export), median and best are of the runs after it.
 *
 * <p>A whole chart of this shape is far too wide for a PNG (about 140 pixels a position side by
 * side; image programs stop at 32,767), so that row reports the refusal, and the PNG figure is for
 * a realistic case: the largest team of at most {@value #PNG_TEAM} positions, in the compact
 * layout, at scale 1.
 *
 * <p>Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.orgwright.bench.ExportBenchmark}
 * (arguments: the chart sizes, default {@code 10000 100000}; {@code -Druns=N} for N runs of each
 * export instead of 5, or 3 at 100,000). Prints figures and the machine's load; never fails.
 */
public final class ExportBenchmark {

    /** The most positions of the team exported as a PNG. */
    static final int PNG_TEAM = 700;

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

    private record Format(String name, ChartExporter exporter, Function<ExportRequest, ExportRequest> request) {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        HeadlessFx.start();
        ExportFonts fonts = new ExportFonts();
        FxPngExporter png = new FxPngExporter();
        List<Format> formats = new ArrayList<>();
        formats.add(new Format("svg", new SvgExporter(fonts), r -> r));
        formats.add(new Format("pdf one page", new PdfExporter(fonts), r -> r));
        formats.add(new Format("pdf 4x3 pages", new PdfExporter(fonts),
                r -> r.withPage(new PageSetup(PageSetup.Paper.A4, true, 4, 3))));
        formats.add(new Format("png whole", png, r -> r));
        formats.add(new Format("png team", png, ExportBenchmark::team));
        System.out.printf(Locale.ROOT, "load average %.1f on %d cores%n", load(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-10s %-14s %8s %9s %8s %10s  %s%n", "positions", "format", "first s",
                "median s", "best s", "file size", "picture");
        for (int n : sizes) {
            Chart chart = ExportFixtures.generated(n, 42);
            Validation findings = Validator.withDefaultRules().validate(chart);
            ExportRequest base = ExportRequest.of(chart, findings, ExportOptions.DEFAULT);
            int runs = Integer.getInteger("runs", n >= 100_000 ? 3 : 5);
            for (Format format : formats) {
                ExportRequest request = format.request().apply(base);
                long[] times = new long[runs];
                long size = 0;
                String refused = null;
                for (int i = 0; i < runs && refused == null; i++) {
                    Counter out = new Counter();
                    long t0 = System.nanoTime();
                    try {
                        format.exporter().write(request, out);
                    } catch (IOException e) {
                        refused = e.getMessage();
                    }
                    times[i] = System.nanoTime() - t0;
                    size = out.bytes;
                }
                if (refused != null) {
                    System.out.printf(Locale.ROOT, "%-10d %-14s refused: %s%n", n, format.name(), refused);
                    continue;
                }
                long[] warm = Arrays.copyOfRange(times, 1, runs);
                Arrays.sort(warm);
                System.out.printf(Locale.ROOT, "%-10d %-14s %8.2f %9.2f %8.2f %7.1f MB  %s%n", n, format.name(),
                        times[0] / 1e9, warm[warm.length / 2] / 1e9, warm[0] / 1e9, size / 1e6,
                        format.exporter() == png ? picture(request) : "");
            }
        }
        System.out.printf(Locale.ROOT, "load average %.1f%n", load());
        System.exit(0);
    }

    /** The largest team of at most {@link #PNG_TEAM} positions, compact, as a PNG at scale 1. */
    private static ExportRequest team(ExportRequest whole) {
        Chart chart = whole.chart();
        List<Position> order = new ArrayList<>();
        chart.inTreeOrder().forEach(order::add);
        Map<PositionId, Integer> sizes = new HashMap<>();
        PositionId best = order.get(0).id();
        int bestSize = 0;
        for (int i = order.size() - 1; i >= 0; i--) {
            Position p = order.get(i);
            int size = 1;
            for (PositionId report : chart.childrenOf(p.id())) {
                size += sizes.remove(report);
            }
            sizes.put(p.id(), size);
            if (size <= PNG_TEAM && size > bestSize) {
                best = p.id();
                bestSize = size;
            }
        }
        return new ExportRequest(chart, whole.findings(),
                whole.options().withScope(new ExportScope.Subtree(best)), LayoutOptions.DEFAULT.withCompact(true),
                whole.collapsed(), whole.theme(), 1, whole.page());
    }

    private static String picture(ExportRequest request) throws Exception {
        CompletableFuture<ExportSheet> laidOut = new CompletableFuture<>();
        Platform.runLater(() -> laidOut.complete(request.sheet(new FxTextMeasure())));
        ExportSheet sheet = laidOut.get();
        return String.format(Locale.ROOT, "%,d positions, %,d × %,d px", sheet.chart().size(),
                ExportSheet.pixels(sheet.width(), request.scale()), ExportSheet.pixels(sheet.height(), request.scale()));
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
