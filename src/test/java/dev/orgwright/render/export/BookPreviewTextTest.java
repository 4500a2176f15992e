package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.render.Theme;
import dev.orgwright.render.WordsDrawn;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The export dialog's small preview of a book prints on each page the words the PDF prints on
 * it: every card line, heading, "→ p. 7" marker, footer and index entry, however small the
 * preview draws them and whatever font the screen measures with.
 */
class BookPreviewTextTest {

    private static final ExportFonts FONTS = new ExportFonts();
    /** About what the dialog's preview gives an A4 landscape page: 468 pixels for 842 points. */
    private static final double PREVIEW = 468.0 / 842;

    @Test
    void theHrSampleIsPreviewedWithTheWordsOfThePdf() throws Exception {
        Chart hr = BookExporterTest.hrSample();
        samePages(hr, ExportOptions.DEFAULT);
        samePages(hr, ExportOptions.DEFAULT.withDuties(true));
    }

    @Test
    void aGeneratedChartIsPreviewedWithTheWordsOfThePdf() throws Exception {
        samePages(ExportFixtures.generated(400, 5), ExportOptions.DEFAULT);
    }

    private static void samePages(Chart chart, ExportOptions options) throws Exception {
        ExportRequest request = new ExportRequest(chart, null, options,
                LayoutOptions.AUTO.withAspect(BookPlan.aspect(PageSetup.A4_FIT)), Set.of(), Theme.of(chart), 1,
                PageSetup.A4_FIT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookExporter(FONTS, BookExporterTest.LABELS).write(request, out);
        BookPreview preview = BookPreview.of(request, FONTS, BookExporterTest.LABELS);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(document.getNumberOfPages(), preview.pageCount());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= preview.pageCount(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                Set<String> printed = WordsDrawn.words(stripper.getText(document));
                WordsDrawn drawn = new WordsDrawn();
                preview.paint(drawn, page, PREVIEW);
                // The PDF's text extraction may join the words of two cards side by side ("GietzAccountant").
                Set<String> missing = new TreeSet<>();
                for (String word : printed) {
                    if (!joined(word, drawn.words)) {
                        missing.add(word);
                    }
                }
                assertTrue(missing.isEmpty(), chart.title() + ", page " + page + " of the preview leaves out " + missing);
                Set<String> extra = new TreeSet<>(drawn.words);
                extra.removeIf(word -> printed.stream().anyMatch(p -> p.contains(word)));
                assertTrue(extra.isEmpty(), chart.title() + ", page " + page + " of the preview adds " + extra);
            }
        }
    }

    /** Whether {@code word} is one drawn word or several drawn words run together. */
    private static boolean joined(String word, Set<String> drawn) {
        if (word.isEmpty() || drawn.contains(word)) {
            return true;
        }
        for (int i = 1; i < word.length(); i++) {
            if (drawn.contains(word.substring(0, i)) && joined(word.substring(i), drawn)) {
                return true;
            }
        }
        return false;
    }
}
