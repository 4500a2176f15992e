package dev.orgwright.ui.export;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportSheet;
import dev.orgwright.render.export.PagePlan;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.fx.FxTextMeasure;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * How long the export dialog's preview and the print planning take for generated charts of
 * 10,000 and 100,000 positions, on the JavaFX thread where the window runs them: the first
 * preview (the sheet laid out with the screen fonts), a preview after a change of format or
 * paper (the sheet kept), a preview of 4 × 3 pages drawn one by one (the sheet kept), and
 * planning a print over 4 × 3 pages with its page nodes. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.orgwright.ui.export.ExportDialogBenchmark}.
 * Prints figures; never fails.
 */
public final class ExportDialogBenchmark {

    private static final int RUNS = 5;

    private ExportDialogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        HeadlessFx.start();
        System.out.printf(Locale.ROOT, "%-10s %-34s %10s %10s%n", "positions", "step", "median s", "best s");
        for (int n : new int[] {10_000, 100_000}) {
            Chart chart = ExportFixtures.generated(n, 42);
            Validation findings = Validator.withDefaultRules().validate(chart);
            ExportRequest request = new ExportRequest(chart, findings, ExportOptions.DEFAULT, LayoutOptions.DEFAULT,
                    Set.of(), Theme.LIGHT, 1, PageSetup.A4_FIT);
            report(n, "preview, first (layout + draw)", () -> {
                new ExportPreview().show(request, ExportFormat.PDF);
                return null;
            });
            ExportPreview kept = FxThread.call(ExportPreview::new);
            FxThread.call(() -> {
                kept.show(request, ExportFormat.PDF);
                return null;
            });
            report(n, "preview, format changed", () -> {
                kept.show(request, ExportFormat.PNG);
                return null;
            });
            ExportRequest pages = new ExportRequest(chart, findings, ExportOptions.DEFAULT, LayoutOptions.DEFAULT,
                    Set.of(), Theme.LIGHT, 1, PageSetup.A4_FIT.withGrid(4, 3));
            report(n, "preview, 4x3 pages drawn", () -> {
                kept.show(pages, ExportFormat.PDF);
                return null;
            });
            ExportSheet sheet = FxThread.call(() -> request.sheet(new FxTextMeasure()));
            report(n, "print 4x3 pages: plan + nodes", () -> {
                PagePlan plan = ChartPrinter.plan(sheet, PageSetup.A4_FIT.withGrid(4, 3), 770, 540);
                return ChartPrinter.pages(plan);
            });
        }
        System.exit(0);
    }

    private static void report(int n, String step, Callable<?> work) {
        double[] seconds = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            FxThread.call(work);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "%-10d %-34s %10.3f %10.3f%n", n, step, seconds[RUNS / 2], seconds[0]);
    }
}
