package dev.orgwright.render.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.render.Theme;
import dev.orgwright.render.WordsDrawn;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/**
 * The export dialog's preview of a deck shows every slide the deck writer writes, in its order,
 * each of the same kind and with the same words: the title slide's title, the chart slides'
 * headings and cards, the legend, every row of the tables, the charters, the footers.
 */
class DeckPreviewTest {

    private static final ExportFonts FONTS = new ExportFonts();
    private static final double PREVIEW = 468.0 / 960;

    @Test
    void everySlideOfADeckWithFindingsAndChartersIsPreviewedAsItIsWritten() throws Exception {
        Chart chart = ExportFixtures.generated(80, 3);
        sameSlides(chart, Validator.withDefaultRules().validate(chart),
                DeckOptions.defaults().withDate(LocalDate.of(2026, 12, 4)).withFindings(true).withCharters(true));
    }

    @Test
    void aFourByThreeDeckWithoutLegendIsPreviewedAsItIsWritten() throws Exception {
        Chart chart = ExportFixtures.tricky();
        sameSlides(chart, null, DeckOptions.defaults().withSize(SlideSize.STANDARD).withLegend(false)
                .withTitle("Board pack").withClient("Acme"));
    }

    private static void sameSlides(Chart chart, Validation findings, DeckOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeckWriter.Summary summary = new DeckWriter(FONTS, Theme.LIGHT).write(chart, findings, options, out);
        DeckPreview preview = DeckPreview.of(chart, findings, options, FONTS, Theme.LIGHT);
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            List<XSLFSlide> written = show.getSlides();
            assertEquals(written.size(), preview.slideCount(), "the preview has every slide of the deck");
            assertEquals(summary.chartSlides(), preview.chartSlideCount());
            for (int i = 0; i < written.size(); i++) {
                XSLFSlide slide = written.get(i);
                assertEquals(kindOf(slide, i), preview.kind(i), "slide " + (i + 1));
                WordsDrawn drawn = new WordsDrawn();
                preview.paint(drawn, i, PREVIEW);
                Set<String> wrote = new TreeSet<>();
                texts(slide.getShapes(), wrote);
                Set<String> missing = new TreeSet<>(wrote);
                missing.removeAll(drawn.words);
                assertTrue(missing.isEmpty(), "slide " + (i + 1) + " (" + preview.kind(i) + ") of the preview leaves out " + missing);
                Set<String> extra = new TreeSet<>(drawn.words);
                extra.removeAll(wrote);
                assertTrue(extra.isEmpty(), "slide " + (i + 1) + " (" + preview.kind(i) + ") of the preview adds " + extra);
            }
        }
    }

    /** What a written slide shows, told by its shapes. */
    private static SlideKind kindOf(XSLFSlide slide, int index) {
        if (index == 0) {
            return SlideKind.TITLE;
        }
        boolean cards = false;
        for (XSLFShape s : slide.getShapes()) {
            String name = s.getShapeName() == null ? "" : s.getShapeName();
            if (s instanceof XSLFTable) {
                return SlideKind.TABLE;
            }
            if (name.startsWith("Swatch: ")) {
                return SlideKind.LEGEND;
            }
            if (name.startsWith(CharterSlides.BOX)) {
                return SlideKind.CHARTER;
            }
            cards |= s instanceof XSLFGroupShape || name.startsWith("Card");
        }
        return cards ? SlideKind.CHART : SlideKind.TITLE;
    }

    private static void texts(List<XSLFShape> shapes, Set<String> out) {
        for (XSLFShape s : shapes) {
            if (s instanceof XSLFTextShape t) {
                out.addAll(WordsDrawn.words(t.getText()));
            } else if (s instanceof XSLFGroupShape g) {
                texts(g.getShapes(), out);
            } else if (s instanceof XSLFTable table) {
                for (XSLFTableRow row : table.getRows()) {
                    for (XSLFTableCell cell : row.getCells()) {
                        out.addAll(WordsDrawn.words(cell.getText()));
                    }
                }
            }
        }
    }
}
