package dev.orgwright.render.export;

import dev.orgwright.model.Chart;

/**
 * How long the check printing and presentation make takes: the first look-up of a character no
 * font has (every font file read), and a whole generated chart's texts once the fonts are known.
 * Run with {@code java -cp target/classes:target/test-classes:<test class path>
 * dev.orgwright.render.export.GlyphCoverageFigures}.
 */
public final class GlyphCoverageFigures {

    private GlyphCoverageFigures() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        ExportFonts fonts = new ExportFonts();
        GlyphCoverage coverage = new GlyphCoverage(fonts);
        long t1 = System.nanoTime();
        boolean drawn = coverage.draws(0xE000);
        long t2 = System.nanoTime();
        System.out.printf("fonts read: %.0f ms; first look-up of U+E000 (drawn: %s): %.0f ms%n",
                (t1 - t0) / 1e6, drawn, (t2 - t1) / 1e6);
        for (int size : new int[] {1_000, 10_000}) {
            Chart chart = ExportFixtures.generated(size, 7);
            ExportSheet sheet = ExportRequest.of(chart, null, ExportOptions.DEFAULT).sheet(fonts);
            for (int run = 0; run < 3; run++) {
                long s = System.nanoTime();
                int found = coverage.undrawn(surface -> sheet.paint(surface, 1)).size();
                System.out.printf("%,d positions: %.0f ms (%d texts lose characters)%n", size,
                        (System.nanoTime() - s) / 1e6, found);
            }
        }
    }
}
