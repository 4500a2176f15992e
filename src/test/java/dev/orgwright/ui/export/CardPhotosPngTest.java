package dev.orgwright.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartReader;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.ui.TestWindows;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A PNG draws the photos as avatars and private values only when asked for them. */
class CardPhotosPngTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    private static Chart sample() throws Exception {
        try (InputStream in = CardPhotosPngTest.class.getResourceAsStream("/dev/orgwright/io/card-photos.orgchart.json")) {
            return ChartReader.read(in.readAllBytes(), "card-photos.orgchart.json");
        }
    }

    /** The sample without its private values: no salaries, no costs. */
    private static Chart withoutPrivateValues(Chart chart) {
        Chart c = chart;
        for (String id : List.of("ceo", "cfo", "cto")) {
            c = CustomFieldEdits.setValue(PositionId.of(id), "salary", null).apply(c);
            c = Edits.setCost(PositionId.of(id), null).apply(c);
        }
        return c;
    }

    private static byte[] png(Chart chart, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FxPngExporter().write(ExportRequest.of(chart, null, options), out);
        return out.toByteArray();
    }

    /** Pixels close to the colour of the CEO's photo, (200, 40, 40). */
    private static int photoPixels(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.abs(r - 200) < 8 && g < 50 && b < 50) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void withoutTheFlagThePngIsTheSameAsWithoutAnyPrivateValue() throws Exception {
        Chart chart = sample();

        assertArrayEquals(png(withoutPrivateValues(chart), ExportOptions.DEFAULT), png(chart, ExportOptions.DEFAULT),
                "no private value leaves a trace");
        ExportOptions included = ExportOptions.DEFAULT.withIncludePrivate(true);
        assertFalse(java.util.Arrays.equals(png(withoutPrivateValues(chart), included), png(chart, included)),
                "with the flag the salaries and the cost are drawn");
    }

    @Test
    void thePhotosAreDrawnAsRoundAvatarsUnlessTheTemplateHidesThem() throws Exception {
        Chart chart = sample();

        int shown = photoPixels(png(chart, ExportOptions.DEFAULT));
        int hidden = photoPixels(png(CardTemplate.edit(new CardTemplate(List.of("title", "holder"), false)).apply(chart),
                ExportOptions.DEFAULT));

        assertEquals(0, hidden);
        // Two cards show the CEO's 40-unit photo: two discs of about 1,250 pixels, less the antialiased rim.
        assertTrue(shown > 2 * 1000 && shown < 2 * 1300, "pixels of the photo: " + shown);
    }
}
