package dev.orgwright.render.export;

import java.util.Optional;

/**
 * An exporter of pictures made of pixels (PNG), whose size image programs limit
 * ({@link PngSize}). Asked for a scale too large, it refuses and names the largest that fits;
 * when nobody chose the scale, it can instead write the chart at the largest scale that fits
 * and say so afterwards.
 */
public interface PixelExporter extends ChartExporter {

    /**
     * This exporter, but writing a request too large at its scale at the largest scale that
     * fits instead of refusing it: for a scale left at its default, not one the user chose.
     */
    PixelExporter fittingLimits();

    /** How the last write reduced the scale to fit; empty when it wrote the scale asked for. */
    Optional<PngSize.Reduction> reduction();
}
