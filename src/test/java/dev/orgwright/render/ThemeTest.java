package dev.orgwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Settings;
import dev.orgwright.model.ThemeSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void aChartWithoutAThemeIsDrawnInTheLightThemeAsBefore() {
        assertEquals(Theme.LIGHT, Theme.of(Chart.empty("Plain", List.of())));
    }

    @Test
    void everyTextOfTheDarkAndHighContrastThemesReadsAtLeastFourAndAHalfToOneOnItsCard() {
        for (Theme theme : List.of(Theme.DARK, Theme.HIGH_CONTRAST)) {
            for (Rgba text : List.of(theme.title(), theme.holder(), theme.vacant())) {
                double ratio = Contrast.ratio(text, theme.cardFill());
                assertTrue(ratio >= 4.5, theme.cardFill() + " behind " + text + " is only " + ratio + ":1");
            }
            assertTrue(Contrast.ratio(theme.marks().badgeText(), theme.marks().error()) >= 3,
                    "a badge's count stays readable on its colour");
        }
    }

    @Test
    void theHighContrastThemeReachesSevenToOneForEveryTextAndItsTierColoursStandOutOnPaper() {
        Theme hc = Theme.HIGH_CONTRAST;
        for (Rgba text : List.of(hc.title(), hc.holder(), hc.vacant())) {
            assertTrue(Contrast.ratio(text, hc.cardFill()) >= 7, text.toString());
        }
        for (Rgba band : hc.tierBands()) {
            assertTrue(Contrast.ratio(band, hc.background()) >= 4.5, band + " is too faint to print");
        }
    }

    @Test
    void theLightThemesTitlesAndHoldersAreReadable() {
        assertTrue(Contrast.ratio(Theme.LIGHT.title(), Theme.LIGHT.cardFill()) >= 4.5);
        assertTrue(Contrast.ratio(Theme.LIGHT.holder(), Theme.LIGHT.cardFill()) >= 4.5);
    }

    @Test
    void contrastRatiosMatchTheirDefinition() {
        assertEquals(21, Contrast.ratio(Rgba.hex("#000000"), Rgba.hex("#FFFFFF")), 1e-9);
        assertEquals(1, Contrast.ratio(Rgba.hex("#777777"), Rgba.hex("#777777")), 1e-9);
    }

    @Test
    void aThemeStartsFromItsBaseAndChangesWhatItSays() {
        Settings settings = Settings.of(Map.of(ThemeSettings.KEY, Map.of(
                "base", "dark",
                "tiers", List.of("#112233", "#445566"),
                "card", Map.of("radius", 10, "accent", "left", "shadow", true),
                "font", "DejaVu Serif",
                "heading", "Acme",
                "colourBy", "field:Grade",
                "legend", false)));

        Theme theme = Theme.of(ThemeSettings.of(settings));

        assertEquals(Theme.DARK.cardFill(), theme.cardFill());
        assertEquals(List.of(Rgba.hex("#112233"), Rgba.hex("#445566")), theme.tierBands());
        assertEquals(Rgba.hex("#112233"), theme.tierBand(3), "colours repeat for more tiers");
        assertEquals(new CardStyle(10, CardStyle.Accent.LEFT, true), theme.card());
        assertEquals("DejaVu Serif", theme.fontFamily());
        assertEquals("DejaVu Serif", CardMetrics.titleStyle(theme).family());
        assertEquals(ColourBy.field("Grade"), theme.colourBy());
        assertEquals("Acme", theme.branding().heading());
        assertEquals(false, theme.branding().legend());
        assertNull(theme.branding().logo());
    }

    @Test
    void colourByIsReadAsTheDocumentAndTheCommandLineWriteIt() {
        assertEquals(ColourBy.DEPARTMENT, ColourBy.parse("department"));
        assertEquals(ColourBy.field("Cost centre"), ColourBy.parse("field:Cost centre"));
        assertEquals("field:Cost centre", ColourBy.parse("field:Cost centre").text());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColourBy.parse("salary"));
        assertTrue(e.getMessage().contains("\"salary\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ColourBy.parse("field: "));
    }

    @Test
    void aLogosSizeIsReadFromItsHeader() {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGOQszkBRwzIHABwmgkR9GMSJAAAAABJRU5ErkJggg==");
        Logo logo = Logo.read("image/png", png);
        assertEquals(4, logo.width());
        assertEquals(2, logo.height());
        assertEquals(80, logo.widthAt(40));
        assertNull(Logo.read("image/png", new byte[] {1, 2, 3}), "not an image: no logo, no failure");
    }
}
