package dev.orgwright.render.export;

import dev.orgwright.analysis.RoleCharter;
import dev.orgwright.analysis.RoleCharter.CharterDuty;
import dev.orgwright.render.RenderTexts;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Role charters as a PDF: one A4 page a position (a charter longer than a page goes on over the
 * next). Text goes through the same path as the chart export ({@link PdfSurface}): the bundled
 * font, installed fonts for other scripts, right-to-left text reordered and Arabic joined; only
 * the glyphs used are embedded. What no font can draw is listed by {@link #undrawn()}.
 */
public final class CharterPdf {

    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private static final float LEADING = 15;
    private static final Rgba INK = Rgba.hex("#000000");

    /** One line of text placed on a page, in the page's own coordinates (y up). */
    private record Placed(String text, float y, TextStyle style) {
    }

    private final ExportFonts metrics = new ExportFonts();
    private final List<List<Placed>> pages = new ArrayList<>();
    /** The position each page is the charter of, so that a text that lost characters names it. */
    private final List<String> owners = new ArrayList<>();
    private String owner;
    private List<Placed> page;
    private float y;
    private List<UndrawnText> undrawn = List.of();

    /** Writes the charters to {@code out}; the stream is left open. */
    public static void write(List<RoleCharter> charters, String title, OutputStream out) throws IOException {
        new CharterPdf().draw(charters, title, out);
    }

    /**
     * Writes the charters to {@code out} and returns the texts that had characters no font on
     * this machine could draw (drawn as empty boxes), so that the caller can say so.
     */
    public static List<UndrawnText> writeReporting(List<RoleCharter> charters, String title, OutputStream out)
            throws IOException {
        CharterPdf pdf = new CharterPdf();
        pdf.draw(charters, title, out);
        return pdf.undrawn;
    }

    private void draw(List<RoleCharter> charters, String title, OutputStream out) throws IOException {
        for (RoleCharter c : charters) {
            owner = c.id();
            newPage();
            charter(c);
        }
        if (charters.isEmpty()) {
            newPage();
            line(RenderTexts.t("charter.pdf.noPositions"), BODY, false);
        }
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(RenderTexts.t("charter.pdf.title", title));
            doc.getDocumentInformation().setCreator("Orgwright");
            PdfFonts fonts = new PdfFonts(doc, metrics);
            try {
                for (int i = 0; i < pages.size(); i++) {
                    List<Placed> lines = pages.get(i);
                    String of = owners.get(i);
                    PDPage p = new PDPage(PDRectangle.A4);
                    PDResources resources = new PDResources();
                    p.setResources(resources);
                    doc.addPage(p);
                    p.setContents(PdfExporter.content(doc, stream -> {
                        PdfSurface surface = new PdfSurface(stream, fonts, resources);
                        if (of != null) {
                            surface.beginGroup(of);
                        }
                        for (Placed l : lines) {
                            surface.pageText(l.text(), MARGIN, l.y(), l.style());
                        }
                        surface.endText();
                    }));
                }
                fonts.subset();
                doc.save(out);
                undrawn = fonts.undrawn();
            } finally {
                fonts.close();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void charter(RoleCharter c) {
        line(c.title(), 18, true);
        y -= 6;
        String none = RenderTexts.t("charter.none");
        fact("charter.holder", c.holder().isEmpty() ? RenderTexts.t("charter.vacant") : c.holder());
        fact("charter.tier", c.tier().isEmpty() ? none : c.tier());
        if (!c.department().isEmpty()) {
            fact("charter.department", c.department());
        }
        fact("charter.reportsTo", c.reportsTo().isEmpty() ? RenderTexts.t("charter.nobody") : c.reportsTo());
        fact("charter.directReports", c.directReports().isEmpty() ? none : String.join(", ", c.directReports()));
        fact("charter.dottedLines", c.dottedLines().isEmpty() ? none : String.join(", ", c.dottedLines()));
        heading(RenderTexts.t("charter.purpose"));
        paragraph(c.purpose().isEmpty() ? RenderTexts.t("charter.pdf.notWritten") : c.purpose(), "");
        heading(RenderTexts.t("charter.duties"));
        if (c.duties().isEmpty()) {
            paragraph(RenderTexts.t("charter.noneYet"), "");
        }
        for (CharterDuty d : c.duties()) {
            paragraph(d.text() + (d.role() == null ? "" : " (" + d.role().label() + ": " + d.responsibility() + ")"),
                    "• ");
        }
        heading(RenderTexts.t("charter.decisionRights"));
        if (c.decisionRights().isEmpty()) {
            paragraph(RenderTexts.t("charter.noDecisionRights"), "");
        }
        for (String r : c.decisionRights()) {
            paragraph(RenderTexts.t("charter.accountableFor", r), "• ");
        }
    }

    /** One fact of the charter: the text of {@code key} ("Holder: {0}") with {@code value} in it. */
    private void fact(String key, String value) {
        paragraph(RenderTexts.t(key, value), "");
    }

    private void heading(String text) {
        y -= 8;
        line(text, 13, true);
    }

    /** Words wrapped to the page width, on as many lines (and pages) as they need. */
    private void paragraph(String text, String bullet) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - 14;
        TextStyle body = style(BODY, false);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tryLine = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && metrics.width(tryLine, body) > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(tryLine);
            }
        }
        lines.add(current.toString());
        for (int i = 0; i < lines.size(); i++) {
            line((i == 0 ? bullet : bullet.isEmpty() ? "" : "   ") + lines.get(i), BODY, false);
        }
    }

    private void line(String text, float size, boolean bold) {
        if (y - LEADING < MARGIN) {
            newPage();
        }
        y -= Math.max(LEADING, size * 1.35f);
        page.add(new Placed(text, y, style(size, bold)));
    }

    private static TextStyle style(float size, boolean bold) {
        return new TextStyle(size, bold, false, INK);
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        owners.add(owner);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
