package dev.orgwright.bench;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.render.export.PngSize;
import dev.orgwright.ui.export.FxPngExporter;
import dev.orgwright.ui.export.HeadlessFx;
import dev.orgwright.ui.fx.FxTextMeasure;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * The PNG of a chart too large to open at full size: its size at scale 1 in the default (auto)
 * and compact layouts, the largest scale that fits, and how long writing the PNG at that scale
 * takes, as {@code orgwright export} without {@code --scale} writes it. Argument: the chart
 * size (default 5089); a second argument "size-only" skips the write. Prints figures; never fails.
 *
 * <p>{@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.orgwright.bench.PngScaleFigures}
 */
public final class PngScaleFigures {

    private PngScaleFigures() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length == 0 ? 5089 : Integer.parseInt(args[0]);
        boolean write = args.length < 2 || !"size-only".equals(args[1]);
        HeadlessFx.start();
        Chart realistic = IoBenchmark.realisticChart(size, new Random(size));
        Chart generated = ExportFixtures.generated(size, size);
        for (Chart chart : new Chart[] {realistic, generated}) {
            System.out.printf(Locale.ROOT, "%s, %,d positions%n", chart.title(), chart.size());
            for (LayoutOptions layout : new LayoutOptions[] {LayoutOptions.AUTO.withAspect(LayoutOptions.SCREEN),
                    LayoutOptions.DEFAULT.withMode(LayoutOptions.Mode.COMPACT)}) {
                ExportRequest request = new ExportRequest(chart, null, ExportOptions.DEFAULT, layout, Set.of(),
                        Theme.of(chart), 1, PageSetup.A4_FIT);
                PngSize png = PngSize.of(onFx(() -> request.picture(new FxTextMeasure())));
                double largest = png.largestScale(1);
                System.out.printf(Locale.ROOT, "  %-8s at scale 1: %,d × %,d px; largest scale that fits: %.2f (%,d × %,d px)%n",
                        layout.mode(), png.width(1), png.height(1), largest, png.width(largest), png.height(largest));
                if (write && layout.mode() != LayoutOptions.Mode.COMPACT && largest >= ExportRequest.MIN_SCALE) {
                    Path file = Files.createTempFile("png-scale", ".png");
                    FxPngExporter exporter = new FxPngExporter().fittingLimits();
                    long start = System.nanoTime();
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                        exporter.write(request, out);
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "  written at %.2f in %.1f s, %,d bytes%n",
                            exporter.reduction().map(PngSize.Reduction::written).orElse(1.0), seconds, Files.size(file));
                    Files.delete(file);
                }
            }
        }
        System.exit(0);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        javafx.application.Platform.runLater(task);
        return task.get();
    }
}
