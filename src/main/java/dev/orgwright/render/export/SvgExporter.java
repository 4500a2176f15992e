package dev.orgwright.render.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes a chart as an SVG document, one SVG pixel per chart unit, text measured with {@link ExportFonts}. */
public final class SvgExporter implements ChartExporter {

    private final ExportFonts fonts;

    public SvgExporter(ExportFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        ExportSheet sheet = request.picture(fonts);
        SvgSurface surface = new SvgSurface(fonts);
        sheet.paint(surface, 1);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        surface.writeDocument(writer, sheet.width(), sheet.height(), request.documentTitle());
        writer.flush();
    }
}
