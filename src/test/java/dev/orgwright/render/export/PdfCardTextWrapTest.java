package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Tier;
import dev.orgwright.render.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Long titles, names and duties (with duties on the cards) wrap on word boundaries in a one-page
 * PDF export, and a text cut short ends with "…": read back from the file, each line the PDF
 * shows (one text matrix per line) is a piece of a card's text between two words, and the lines
 * of each text, in order, give it whole or up to the "…".
 */
class PdfCardTextWrapTest {

    private static final ExportFonts FONTS = new ExportFonts();

    /** The texts of a PDF page, one entry per line drawn: a new line starts at each text matrix set. */
    private static List<String> drawnLines(byte[] pdf) throws IOException {
        List<StringBuilder> lines = new ArrayList<>();
        PDFTextStripper reader = new PDFTextStripper() {
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if ("Tm".equals(operator.getName())) {
                    lines.add(new StringBuilder());
                }
                super.processOperator(operator, operands);
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                lines.get(lines.size() - 1).append(text.getUnicode());
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages(), "one page");
            reader.getText(document);
        }
        return lines.stream().map(StringBuilder::toString).toList();
    }

    @Test
    void cardTextsWrapOnWordsAndACutTextEndsWithAnEllipsisInTheTidyAndTheAutomaticLayout() throws Exception {
        Chart chart = CardTextLines.longTexts();
        ExportOptions options = ExportOptions.DEFAULT.withDuties(true).withBadges(false);
        List<String> legend = chart.tiers().stream().map(Tier::name).toList();
        for (LayoutOptions layout : List.of(LayoutOptions.DEFAULT, LayoutOptions.AUTO)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfExporter(FONTS).write(new ExportRequest(chart, null, options, layout, Set.of(), Theme.of(chart), 1,
                    PageSetup.A4_FIT), out);
            List<String> lines = drawnLines(out.toByteArray());
            List<String> cut = CardTextLines.assertWrappedOnWords(lines, CardTextLines.cardTexts(chart), legend,
                    "the PDF in " + layout.mode());
            // Two titles, a holder's name and three duties are too long for their cards; the short texts are whole.
            assertTrue(cut.size() >= 4, "texts cut with an ellipsis in " + layout.mode() + ": " + cut);
            assertTrue(lines.contains("Chief Operating Officer") && lines.contains("Lena")
                    && lines.contains(CardTextLines.BULLET + "Chairs the executive committee"), "short texts whole: " + lines);
        }
    }
}
