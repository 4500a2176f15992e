package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A chart whose names and titles are written in the world's scripts, exported to PDF: every
 * name and title reads back from the PDF's text as it was given (logical order, letters
 * unjoined), each font embedded as a subset, and a character no font has reported, not dropped.
 * Needs the fonts .ci/run installs (Noto, Droid Sans Fallback, Nanum).
 */
public class AllScriptsPdfTest {

    /** Holder and title of each position, in the scripts a client's board may be written in. */
    public static final Map<String, String[]> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("ja", new String[] {"山田 太郎", "最高経営責任者"});
        PEOPLE.put("kana", new String[] {"すずき ユキ", "カスタマーサポート部長"});
        PEOPLE.put("zh", new String[] {"王小明", "首席财务官"});
        PEOPLE.put("ko", new String[] {"김민준", "최고기술책임자"});
        PEOPLE.put("ar", new String[] {"محمد علي", "مدير المالية"});
        PEOPLE.put("fa", new String[] {"سارا کریمی", "مدیر فروش و پشتیبانی"});
        PEOPLE.put("he", new String[] {"דוד לוי", "מנהל תפעול"});
        PEOPLE.put("hi", new String[] {"अनीता शर्मा", "मानव संसाधन प्रमुख"});
        PEOPLE.put("th", new String[] {"สมชาย ใจดี", "ผู้จัดการฝ่ายขาย"});
        PEOPLE.put("el", new String[] {"Νίκος Παπαδόπουλος", "Διευθυντής Πωλήσεων"});
        PEOPLE.put("ru", new String[] {"Ольга Иванова", "Директор по персоналу"});
        PEOPLE.put("mixed", new String[] {"Zoë Ångström", "Head of R&D (مختبر)"});
    }

    private static final ExportFonts FONTS = new ExportFonts();

    public static Chart chart() throws InvalidChartException {
        dev.orgwright.model.ChartBuilder b = Chart.builder().title("Board").tiers(Templates.leadershipTeam());
        String top = null;
        for (Map.Entry<String, String[]> e : PEOPLE.entrySet()) {
            b.add(Position.of(e.getKey(), e.getValue()[1], top == null ? Templates.SENIOR : null)
                    .withHolder(e.getValue()[0]).withReportsTo(top == null ? null : PositionId.of(top)));
            top = top == null ? e.getKey() : top;
        }
        return b.build();
    }

    private static String text(byte[] pdf, List<String> fontNames) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                fontNames.add(font.getName());
            }
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void everyNameAndTitleReadsBackFromThePdfAsItWasGiven() throws Exception {
        PdfExporter exporter = new PdfExporter(FONTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(ExportRequest.of(chart(), null, ExportOptions.DEFAULT), out);
        List<String> fonts = new ArrayList<>();
        String text = text(out.toByteArray(), fonts);
        List<String> lost = new ArrayList<>();
        for (String[] person : PEOPLE.values()) {
            for (String s : person) {
                if (!text.contains(s)) {
                    lost.add(s);
                }
            }
        }
        assertEquals(List.of(), lost, "texts that do not read back from:\n" + text);
        assertEquals(List.of(), exporter.undrawn(), "every character had a font; this test needs fonts for Han, Kana,"
                + " Hangul, Devanagari and Thai installed (Debian: apt-get install fonts-noto-core"
                + " fonts-droid-fallback fonts-nanum, as .ci/run does)");
        assertTrue(fonts.size() > 1, "installed fonts were embedded beside the bundled one: " + fonts);
        for (String name : fonts) {
            assertTrue(name.matches("[A-Z]{6}\\+.*"), name + " is embedded as a subset");
        }
        assertTrue(out.size() < 400_000, "only the glyphs used are embedded: " + out.size() + " bytes");
    }

    @Test
    void arabicIsDrawnJoinedAndRightToLeft() {
        // محمد: meem initial, hah medial, meem medial, dal final, drawn from the left end of the word.
        assertEquals("\uFEAA\uFEE4\uFEA4\uFEE3", VisualText.of("محمد"));
        // lam-alef becomes one ligature; "الم" = alef isolated, lam+meem joined.
        assertEquals("\uFEE2\uFEDF\uFE8D", VisualText.of("الم"));
        assertEquals("\uFEFC\uFE97", VisualText.of("تلا"), "teh initial, then lam-alef final");
        assertEquals("abc \u05D3\u05D5\u05D0 def", VisualText.of("abc \u05D0\u05D5\u05D3 def"), "a Hebrew word reversed");
        assertEquals("Zoë", VisualText.of("Zoë"), "Latin text stays as it is");
    }

    @Test
    void aCharacterNoFontHasIsReportedWithItsPositionAndTheRestIsStillWritten() throws Exception {
        String unassigned = "\u0378"; // a code point Unicode has not assigned: no font draws it
        Chart chart = Chart.builder().title("Board").tiers(Templates.leadershipTeam())
                .add(Position.of("ceo", "Chief Executive Officer", Templates.SENIOR).withHolder("Zoë " + unassigned))
                .add(Position.of("cfo", "Chief Financial Officer", null).withHolder("Ola Nowak")
                        .withReportsTo(PositionId.of("ceo")))
                .build();
        PdfExporter exporter = new PdfExporter(FONTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(ExportRequest.of(chart, null, ExportOptions.DEFAULT), out);
        assertEquals(List.of(new UndrawnText("ceo", "Zoë " + unassigned, unassigned)), exporter.undrawn());
        String text = text(out.toByteArray(), new ArrayList<>());
        assertTrue(text.contains("Ola Nowak"), text);
        assertTrue(text.contains("Zoë " + unassigned), "the text layer keeps what could not be drawn: " + text);
        assertTrue(exporter.undrawn().get(0).describe().contains("position ceo"));
        assertTrue(exporter.undrawn().get(0).describe().contains("U+0378"));
    }
}
