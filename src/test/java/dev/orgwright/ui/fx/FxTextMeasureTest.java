package dev.orgwright.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextStyle;
import dev.orgwright.ui.TestWindows;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Texts measured character by character are exactly as wide as JavaFX lays them out whole, so
 * cards are sized as before, only faster.
 */
class FxTextMeasureTest {

    private static final Rgba INK = new Rgba(0, 0, 0, 255);
    private static final List<TextStyle> STYLES = List.of(
            new TextStyle(13, true, false, INK), new TextStyle(12, false, false, INK),
            new TextStyle(11, false, true, INK), new TextStyle(17.3, false, false, INK),
            new TextStyle(12, true, false, INK, "Serif"));

    @BeforeAll
    static void toolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Test
    void textsOfCardsAreAsWideAsAWholeLayoutMakesThem() throws Exception {
        List<String> texts = new ArrayList<>();
        Chart big = IoBenchmark.realisticChart(300, new Random(3));
        for (Chart chart : List.of(SampleCharts.leadershipTeam(), big)) {
            for (Position p : chart.inTreeOrder()) {
                texts.add(p.title());
                texts.add(p.holder());
                p.duties().forEach(d -> texts.add(d.text()));
            }
        }
        texts.addAll(List.of("", " ", "  two  spaces  ", "Zoë Müller-Lüdenscheidt", "Ærøskøbing Œuvre ß",
                "AVAWATAY To Wa Yo", "fi fl ffi", "1,234.50 € £ ¥ © ® ±", "Ω"));
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                s.append((char) (0x20 + random.nextInt(0x2FF - 0x20)));
            }
            texts.add(s.toString());
        }
        List<String> differences = WaitForAsyncUtils.asyncFx(() -> {
            FxTextMeasure measure = new FxTextMeasure();
            List<String> out = new ArrayList<>();
            for (TextStyle style : STYLES) {
                for (String text : texts) {
                    double whole = measure.laidOut(text, FxFonts.font(style));
                    double summed = measure.width(text, style);
                    if (Math.abs(whole - summed) > 1e-3) {
                        out.add("'" + text + "' in " + style + ": " + whole + " laid out, " + summed + " summed");
                    }
                }
            }
            return out;
        }).get();

        assertEquals(List.of(), differences.subList(0, Math.min(5, differences.size())));
    }

    @Test
    void textsInOtherScriptsAreLaidOutWhole() {
        assertTrue(FxTextMeasure.isSimple("Head of Sales, Zoë"));
        assertFalse(FxTextMeasure.isSimple("مدير المبيعات"), "Arabic is shaped");
        assertFalse(FxTextMeasure.isSimple("प्रबंधक"), "Devanagari is shaped");
        assertFalse(FxTextMeasure.isSimple("e\u0301"), "a combining accent");
        assertFalse(FxTextMeasure.isSimple("tab\there"), "a control character");
    }
}
