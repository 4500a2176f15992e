package dev.orgwright.ui.export;

import dev.orgwright.io.AtomicFileWriter;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.render.export.ChartExporter;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportTooLargeException;
import dev.orgwright.render.export.PdfExporter;
import dev.orgwright.render.export.UndrawnText;
import dev.orgwright.ui.fx.Texts;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** One export written on a worker thread, so that the window stays responsive; the outcome is reported on the JavaFX thread. */
final class ExportRun {

    private ExportRun() {
    }

    /**
     * Starts writing; then gives {@code done} the texts that could not be drawn whole (empty when
     * all were), or {@code failed} a sentence for the user.
     */
    static void start(ExportFormat format, ExportRequest request, Path target, Consumer<List<UndrawnText>> done,
                      Consumer<String> failed) {
        start(format::exporter, request, target, done, failed);
    }

    /** Starts writing with the exporter {@code exporter} gives on the worker thread; then as above. */
    static void start(java.util.function.Supplier<ChartExporter> exporter, ExportRequest request, Path target,
                      Consumer<List<UndrawnText>> done, Consumer<String> failed) {
        Task<List<UndrawnText>> task = new Task<>() {
            @Override
            protected List<UndrawnText> call() throws Exception {
                ChartExporter chosen = exporter.get(); // the fonts of SVG and PDF load here, not on the JavaFX thread
                write(chosen, request, target);
                return chosen instanceof PdfExporter pdf ? pdf.undrawn()
                        : chosen instanceof dev.orgwright.render.export.BookExporter book ? book.undrawn() : List.of();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(message(task.getException(), target)));
        Thread worker = new Thread(task, "orgwright-export");
        worker.setDaemon(true);
        worker.start();
    }

    /** Writes {@code request} to {@code target} atomically: a failed export leaves an old file as it was. */
    static void write(ChartExporter exporter, ExportRequest request, Path target) throws SaveFailedException {
        AtomicFileWriter.write(target, out -> {
            try {
                exporter.write(request, out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    /** A sentence for the user: the exporter's own when it says what to do (too large, no such subtree, no folder). */
    static String message(Throwable failure, Path target) {
        if (failure.getCause() instanceof ExportTooLargeException large) {
            return large.getMessage();
        }
        if (failure instanceof ExportTooLargeException || failure instanceof SaveFailedException
                || failure instanceof IllegalArgumentException) {
            return failure.getMessage();
        }
        return Texts.t("export.exportRun.writingFailedTryAnother", target, (failure.getMessage() == null ? failure : failure.getMessage()));
    }
}
