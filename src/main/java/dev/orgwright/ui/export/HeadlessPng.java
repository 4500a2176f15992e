package dev.orgwright.ui.export;

import dev.orgwright.render.export.ChartExporter;

/**
 * The PNG exporter for the command line: JavaFX started on Monocle's headless glass. The
 * launcher refers to {@link #exporter} only as a method to call later, so that JavaFX is loaded
 * only when a PNG is asked for.
 */
public final class HeadlessPng {

    private HeadlessPng() {
    }

    public static ChartExporter exporter() {
        HeadlessFx.start();
        return new FxPngExporter();
    }
}
