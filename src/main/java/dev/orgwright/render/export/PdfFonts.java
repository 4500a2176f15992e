package dev.orgwright.render.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The export fonts of one PDF document, each embedded (as a subset of the glyphs used) the first time it is drawn with. */
final class PdfFonts {

    private final PDDocument document;
    private final ExportFonts metrics;
    private final Map<ExportFonts.Face, PDFont> loaded = new EnumMap<>(ExportFonts.Face.class);

    PdfFonts(PDDocument document, ExportFonts metrics) {
        this.document = document;
        this.metrics = metrics;
    }

    ExportFonts metrics() {
        return metrics;
    }

    PDFont font(ExportFonts.Face face) {
        return loaded.computeIfAbsent(face, f -> {
            try (InputStream in = f.open()) {
                return PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + f + " could not be embedded", e);
            }
        });
    }
}
