package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.Theme;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
                Set<String> printed = words(stripper.getText(document));
                WordSurface drawn = new WordSurface();
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

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The words drawn, measured with a font wider than the PDF's, as a screen's might be: a
     * preview that wrapped with it would break lines elsewhere.
     */
    private static final class WordSurface implements Surface {
        final Set<String> words = new TreeSet<>();
        private final List<String> texts = new ArrayList<>();

        @Override
        public TextMeasure measure() {
            return (text, style) -> text.length() * style.size() * 0.62;
        }

        @Override
        public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
            texts.add(text);
            words.addAll(words(text));
        }

        @Override
        public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
        }

        @Override
        public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, LineStyle style) {
        }

        @Override
        public void polyline(double[] xs, double[] ys, LineStyle style) {
        }

        @Override
        public void pushClip(double x, double y, double width, double height) {
        }

        @Override
        public void popClip() {
        }
    }
}
