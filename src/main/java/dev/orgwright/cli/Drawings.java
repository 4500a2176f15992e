package dev.orgwright.cli;

import dev.orgwright.io.AtomicFileWriter;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.render.export.ChartExporter;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportTooLargeException;
import dev.orgwright.render.export.PdfExporter;
import dev.orgwright.render.export.PixelExporter;
import dev.orgwright.render.export.PngSize;
import dev.orgwright.render.export.SvgExporter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The drawings the command line writes (PNG, SVG, PDF), chosen by the extension of the file, and
 * how one is written: atomically, so that a failed export leaves an older file as it was. Shared
 * by {@code export} and {@code diff --to}.
 */
final class Drawings {

    /** What to tell the user who asks for a PNG where JavaFX is not loaded. */
    static String noPng() {
        return CliTexts.t("cli.drawings.noPng");
    }

    private Drawings() {
    }

    /** "pdf" for OUT.PDF; empty when the name has no extension. */
    static String extensionOf(Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    }

    /**
     * The exporter for {@code extension}, or null when it is not a drawing format; the PNG one is
     * {@code png}, which gives null when JavaFX is not available.
     */
    static Supplier<ChartExporter> exporterFor(String extension, Supplier<ChartExporter> png) {
        return Map.<String, Supplier<ChartExporter>>of(
                "svg", () -> new SvgExporter(new ExportFonts()),
                "pdf", () -> new PdfExporter(new ExportFonts()),
                "png", png == null ? () -> null : png).get(extension);
    }

    /** Writes {@code request} to {@code target}; the message of a failure is a sentence for the user. */
    static void write(Path target, ChartExporter exporter, ExportRequest request) throws SaveFailedException {
        AtomicFileWriter.write(target, out -> {
            try {
                exporter.write(request, out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    /**
     * What the user should know of a PDF spread over a grid of pages that fills fewer pages than
     * asked for; empty for other drawings and for a grid filled whole.
     */
    static Optional<String> pagesLeftOut(ChartExporter exporter, ExportRequest request) {
        if (!(exporter instanceof PdfExporter pdf) || request.page().fitsOnePage()) {
            return Optional.empty();
        }
        return pdf.plan(request).leftOut(request.page().columns(), request.page().rows());
    }

    /**
     * Prints, for a PDF just written, each text that lost characters no font on this computer
     * has, and says so in one sentence first; true when there was any.
     */
    static boolean reportUndrawn(ChartExporter exporter, java.nio.file.Path target, java.io.PrintWriter err) {
        if (!(exporter instanceof PdfExporter pdf) || pdf.undrawn().isEmpty()) {
            return false;
        }
        int count = pdf.undrawn().size();
        err.println(CliTexts.t(count == 1 ? "cli.drawings.undrawn.one" : "cli.drawings.undrawn.other", target,
                Integer.toString(count)));
        pdf.undrawn().forEach(u -> err.println("  " + u.describe()));
        return true;
    }

    /**
     * What to tell the user when {@link #write} failed: a PNG too large says which --scale
     * would fit, or that only PDF and SVG hold the chart.
     */
    static String message(SaveFailedException e) {
        if (e.getCause() instanceof ExportTooLargeException large) {
            return large.png().map(size -> pngTooLarge(size, large.scale())).orElse(large.getMessage());
        }
        return e.getMessage();
    }

    private static String pngTooLarge(PngSize size, double scale) {
        double largest = size.largestScale(ExportRequest.MAX_SCALE);
        boolean fits = largest >= ExportRequest.MIN_SCALE;
        double named = fits ? largest : ExportRequest.MIN_SCALE;
        return CliTexts.t(fits ? "cli.export.png.tooLarge" : "cli.export.png.tooLargeAtAnyScale", size.width(scale),
                size.height(scale), SheetOptions.typed(scale), PngSize.MAX_SIDE, PngSize.MAX_PIXELS / 1_000_000,
                SheetOptions.typed(named), size.width(named), size.height(named));
    }

    /**
     * {@code exporter}, for a scale nobody chose: a PNG too large at it is written at the largest
     * scale that fits instead of being refused ({@link #reduced} then says so).
     */
    static ChartExporter fittingLimits(ChartExporter exporter) {
        return exporter instanceof PixelExporter pixels ? pixels.fittingLimits() : exporter;
    }

    /** For a PNG just written at a smaller scale than asked, because it would not open otherwise, one sentence saying so. */
    static Optional<String> reduced(ChartExporter exporter) {
        if (!(exporter instanceof PixelExporter pixels)) {
            return Optional.empty();
        }
        return pixels.reduction().map(r -> CliTexts.t("cli.export.png.reduced", r.size().width(r.asked()),
                r.size().height(r.asked()), r.written(), r.size().width(r.written()), r.size().height(r.written())));
    }
}
