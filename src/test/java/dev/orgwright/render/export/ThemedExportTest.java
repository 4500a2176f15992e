package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Settings;
import dev.orgwright.model.ThemeSettings;
import dev.orgwright.render.Theme;
import dev.orgwright.rules.Validator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Every export draws the chart in its theme, with the legend of what colours its cards. */
class ThemedExportTest {

    private static final ExportFonts FONTS = new ExportFonts();
    /** A 4 × 2 pixel PNG. */
    private static final String LOGO = "iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGOQszkBRwzIHABwmgkR9GMSJAAAAABJRU5ErkJggg==";

    /** The tricky chart in departments, coloured by them, dark, with a heading and a logo. */
    private static Chart themed(String base) {
        Chart c = ExportFixtures.tricky();
        c = Edits.setDepartment(PositionId.of("cto"), "Technology").apply(c);
        c = Edits.setDepartment(PositionId.of("rnd"), "Technology").apply(c);
        c = Edits.setDepartment(PositionId.of("cfo"), "Finance").apply(c);
        return c.withSettings(Settings.of(Map.of(ThemeSettings.KEY, Map.of("base", base, "colourBy", "department",
                "heading", "Acme Ltd: proposed structure", "font", "DejaVu Serif",
                "logo", Map.of("type", "image/png", "data", LOGO)))));
    }

    private static String svg(Chart chart, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter(FONTS).write(ExportRequest.of(chart, Validator.withDefaultRules().validate(chart), options), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSvgShowsTheThemesHeadingLogoFontAndALegendOfTheDepartments() throws Exception {
        String svg = svg(themed("light"), ExportOptions.DEFAULT);

        assertTrue(svg.contains(">Acme Ltd: proposed structure</text>"), "the theme's heading");
        assertTrue(svg.contains("<image ") && svg.contains("href=\"data:image/png;base64," + LOGO + "\""), "the logo");
        assertTrue(svg.contains("'DejaVu Serif', "), "the theme's font first");
        for (String legend : List.of(">Finance</text>", ">Technology</text>", ">No department</text>")) {
            assertTrue(svg.contains(legend), legend);
        }
        assertTrue(!svg.contains(">Senior Management</text>"), "the legend explains departments, not tiers");
    }

    @Test
    void aDarkChartKeepsItsDarkPaperSoThatItsLightTextCanBeRead() throws Exception {
        String svg = svg(themed("dark"), ExportOptions.DEFAULT);

        assertTrue(svg.contains("fill=\"#111827\""), "the dark background");
        assertTrue(svg.contains("#1F2937"), "the dark cards");
        assertTrue(svg.contains("fill: #F9FAFB"), "light titles");
    }

    @Test
    void withoutALegendTheDepartmentsAreNotListed() throws Exception {
        String svg = svg(themed("light"), ExportOptions.DEFAULT.withLegend(false));

        assertTrue(!svg.contains(">No department</text>"));
    }

    @Test
    void thePdfCarriesTheHeadingTheLogoAndTheLegend() throws Exception {
        Chart chart = themed("high-contrast");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(FONTS).write(ExportRequest.of(chart, null, ExportOptions.DEFAULT), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Acme Ltd: proposed structure"), text);
            assertTrue(text.contains("Technology") && text.contains("Finance") && text.contains("No department"), text);
            var resources = pdf.getPage(0).getResources();
            int images = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    assertEquals(4, image.getWidth(), "the logo, 4 × 2 pixels");
                    assertEquals(2, image.getHeight());
                    images++;
                }
            }
            assertEquals(1, images, "the logo drawn once");
        }
    }

    @Test
    void anExplicitTitleWinsOverTheThemesHeading() throws Exception {
        String svg = svg(themed("light"), ExportOptions.DEFAULT.withTitle("Board pack"));

        assertTrue(svg.contains(">Board pack</text>"));
        assertTrue(!svg.contains("Acme Ltd"));
        assertEquals(Theme.HIGH_CONTRAST.cardFill(), Theme.of(themed("high-contrast")).cardFill());
    }
}
