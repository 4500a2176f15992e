package dev.orgwright.render.export;

import java.io.IOException;
import java.util.Optional;

/**
 * An export that would be too large to write or to open; the message says what to do instead.
 * A PNG too large also carries its size and the scale asked for, so that each front end (the
 * window, the command line) can say in its own words which scale would fit.
 */
public final class ExportTooLargeException extends IOException {

    private final transient PngSize png;
    private final double scale;

    public ExportTooLargeException(String message) {
        this(message, null, 0);
    }

    /** A PNG of {@code png}'s size refused at {@code scale}. */
    public ExportTooLargeException(String message, PngSize png, double scale) {
        super(message);
        this.png = png;
        this.scale = scale;
    }

    /** The size of the PNG refused; empty for other exports. */
    public Optional<PngSize> png() {
        return Optional.ofNullable(png);
    }

    /** The scale the refused PNG was asked at. */
    public double scale() {
        return scale;
    }
}
