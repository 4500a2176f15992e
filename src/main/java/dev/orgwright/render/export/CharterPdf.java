package dev.orgwright.render.export;

import dev.orgwright.analysis.RoleCharter;
import dev.orgwright.analysis.RoleCharter.CharterDuty;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Role charters as a PDF: one A4 page a position (a charter longer than a page goes on over the
 * next), in the export font that is embedded in every Orgwright PDF, so the file prints the same
 * anywhere. Text the font cannot draw shows as "?" rather than failing the export.
 */
public final class CharterPdf {

    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private static final float LEADING = 15;

    private final ExportFonts metrics = new ExportFonts();
    private PDDocument document;
    private PDType0Font regular;
    private PDType0Font bold;
    private PDPageContentStream page;
    private float y;

    /** Writes the charters to {@code out}; the stream is left open. */
    public static void write(List<RoleCharter> charters, String title, OutputStream out) throws IOException {
        new CharterPdf().draw(charters, title, out);
    }

    private void draw(List<RoleCharter> charters, String title, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            doc.getDocumentInformation().setTitle("Role charters: " + title);
            doc.getDocumentInformation().setCreator("Orgwright");
            regular = load(ExportFonts.Face.REGULAR);
            bold = load(ExportFonts.Face.BOLD);
            for (RoleCharter c : charters) {
                newPage();
                charter(c);
                page.close();
            }
            if (charters.isEmpty()) {
                newPage();
                line("The chart has no positions.", regular, BODY, ExportFonts.Face.REGULAR);
                page.close();
            }
            doc.save(out);
        }
    }

    private PDType0Font load(ExportFonts.Face face) throws IOException {
        try (InputStream in = face.open()) {
            return PDType0Font.load(document, in, true);
        }
    }

    private void charter(RoleCharter c) throws IOException {
        line(c.title(), bold, 18, ExportFonts.Face.BOLD);
        y -= 6;
        fact("Holder", c.holder().isEmpty() ? "vacant" : c.holder());
        fact("Tier", c.tier().isEmpty() ? "none" : c.tier());
        if (!c.department().isEmpty()) {
            fact("Department", c.department());
        }
        fact("Reports to", c.reportsTo().isEmpty() ? "nobody (a top position)" : c.reportsTo());
        fact("Direct reports", c.directReports().isEmpty() ? "none" : String.join(", ", c.directReports()));
        fact("Dotted lines to", c.dottedLines().isEmpty() ? "none" : String.join(", ", c.dottedLines()));
        heading("Purpose");
        paragraph(c.purpose().isEmpty() ? "Not written yet (the position's notes)." : c.purpose(), "");
        heading("Duties");
        if (c.duties().isEmpty()) {
            paragraph("None yet.", "");
        }
        for (CharterDuty d : c.duties()) {
            paragraph(d.text() + (d.role() == null ? "" : " (" + d.role().label() + ": " + d.responsibility() + ")"),
                    "• ");
        }
        heading("Decision rights");
        if (c.decisionRights().isEmpty()) {
            paragraph("Accountable for no responsibility of the catalog.", "");
        }
        for (String r : c.decisionRights()) {
            paragraph("Accountable for: " + r, "• ");
        }
    }

    private void fact(String label, String value) throws IOException {
        paragraph(label + ": " + value, "");
    }

    private void heading(String text) throws IOException {
        y -= 8;
        line(text, bold, 13, ExportFonts.Face.BOLD);
    }

    /** Words wrapped to the page width, on as many lines (and pages) as they need. */
    private void paragraph(String text, String bullet) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - 14;
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tryLine = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && widthOf(tryLine) > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(tryLine);
            }
        }
        lines.add(current.toString());
        for (int i = 0; i < lines.size(); i++) {
            line((i == 0 ? bullet : bullet.isEmpty() ? "" : "   ") + lines.get(i), regular, BODY, ExportFonts.Face.REGULAR);
        }
    }

    private float widthOf(String text) {
        return (float) metrics.width(metrics.printable(text, ExportFonts.Face.REGULAR),
                new dev.orgwright.render.TextStyle(BODY, false, false, dev.orgwright.render.Rgba.hex("#000000")));
    }

    private void line(String text, PDType0Font font, float size, ExportFonts.Face face) throws IOException {
        if (y - LEADING < MARGIN) {
            page.close();
            newPage();
        }
        y -= Math.max(LEADING, size * 1.35f);
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, y);
        page.showText(metrics.printable(text, face));
        page.endText();
    }

    private void newPage() throws IOException {
        PDPage p = new PDPage(PDRectangle.A4);
        document.addPage(p);
        page = new PDPageContentStream(document, p);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
