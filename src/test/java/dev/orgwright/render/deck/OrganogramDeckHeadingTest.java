package dev.orgwright.render.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.PairsAndGrades;
import dev.orgwright.model.Chart;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/**
 * The deck of the Cabinet Office organogram pair: its teams have long names ("Permanent Secretary
 * of the Cabinet Office and First Parliamentary Counsel (continued)"). Every slide's heading and
 * subheading stay one line each, so they end above the chart's area and no card covers them.
 */
class OrganogramDeckHeadingTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(OrganogramDeckHeadingTest.class.getResource("/dev/orgwright/io/csv/organograms/" + name).toURI());
    }

    @Test
    void everyHeadingAndSubheadingIsOneLineAboveTheChart() throws Exception {
        var senior = CsvImport.importFile(fixture("cabinet-office-2013-09-senior.csv"), ImportOptions.titled("Cabinet Office"));
        Chart chart = PairsAndGrades.finish(senior, CsvImport.read(fixture("cabinet-office-2013-09-junior.csv")), null,
                Map.of()).chart();
        ExportFonts fonts = new ExportFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckWriter(fonts, Theme.LIGHT).write(chart, Validator.withDefaultRules().validate(chart),
                DeckOptions.defaults(), out);
        int headings = 0;
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape s : slide.getShapes()) {
                    if (s instanceof XSLFTextShape box && "Heading".equals(s.getShapeName())) {
                        headings++;
                        double height = 0;
                        for (XSLFTextParagraph p : box.getTextParagraphs()) {
                            XSLFTextRun run = p.getTextRuns().get(0);
                            double size = run.getFontSize();
                            double width = fonts.width(p.getText(), new TextStyle(size, run.isBold(), false,
                                    Rgba.hex("#000000")));
                            assertTrue(width <= box.getAnchor().getWidth() + 0.5, "slide " + slide.getSlideNumber()
                                    + ": '" + p.getText() + "' at " + size + " pt is " + width + " pt wide, the box "
                                    + box.getAnchor().getWidth());
                            height += size * 1.2;
                        }
                        assertTrue(DeckFrame.HEADING_TOP + height <= DeckFrame.AREA_TOP, "slide "
                                + slide.getSlideNumber() + ": the heading ends at " + (DeckFrame.HEADING_TOP + height));
                    }
                }
            }
            assertEquals(show.getSlides().size() - 1, headings, "a heading on every slide but the title");
        }
    }
}
