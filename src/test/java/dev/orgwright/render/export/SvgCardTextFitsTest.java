package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.TextWrap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Long titles, names and duties wrap inside their cards in an SVG export: every line of text,
 * measured with the export's fonts at the size the file gives it, lies within its card, and the
 * texts that had to be cut end with "…".
 */
class SvgCardTextFitsTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final ExportFonts FONTS = new ExportFonts();
    private static final Pattern TEXT_CLASS = Pattern.compile("\\.(t\\d+) \\{font: (italic )?(bold )?([0-9.]+)px");

    private static Chart chart() throws Exception {
        return Chart.builder().title("Long texts").tiers(Templates.leadershipTeam())
                .add(Position.of("ceo", "Chief Executive Officer and Chair of the Executive Committee of the Group and of its Subsidiaries in"
                                + " Europe, the Americas, Africa and Asia",
                        Templates.SENIOR).withHolder("Maximiliana Alexandrovna Featherstonehaugh-Smythe")
                        .withDuties(List.of(Duty.of("Sets the strategy of the whole organisation together with the"
                                        + " board and answers for its results to the shareholders every quarter"),
                                Duty.of("Chairs the executive committee"))))
                .add(Position.of("cdo", "Rindfleischetikettierungsüberwachungsaufgabenübertragungsbeauftragtenstellvertreterin",
                        Templates.SENIOR).withHolder("Lena").withReportsTo(PositionId.of("ceo")))
                .add(Position.of("cjk", "首席执行官兼董事会主席兼首席技术官兼首席财务官兼首席运营官兼首席人事官兼首席信息官兼首席数据官兼首席法务官兼首席战略官兼首席营销官兼首席风险官",
                        Templates.EXECUTIVE).withHolder("王小明").withReportsTo(PositionId.of("ceo")))
                .add(Position.of("short", "Clerk", Templates.EXECUTIVE).withReportsTo(PositionId.of("ceo")))
                .build();
    }

    @Test
    void everyLineOfTextLiesWithinItsCard() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportOptions options = ExportOptions.DEFAULT.withDuties(true).withBadges(false);
        new SvgExporter(FONTS).write(ExportRequest.of(chart(), null, options), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));

        Map<String, TextStyle> styles = new HashMap<>();
        Matcher m = TEXT_CLASS.matcher(svg.getElementsByTagNameNS(SVG, "style").item(0).getTextContent());
        while (m.find()) {
            styles.put(m.group(1), new TextStyle(Double.parseDouble(m.group(4)), m.group(3) != null, m.group(2) != null,
                    Rgba.hex("#000000")));
        }
        NodeList groups = svg.getElementsByTagNameNS(SVG, "g");
        int cards = 0;
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (!"position".equals(group.getAttribute("class"))) {
                continue;
            }
            cards++;
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            NodeList rects = group.getElementsByTagNameNS(SVG, "rect");
            double widest = 0;
            for (int r = 0; r < rects.getLength(); r++) {
                Element rect = (Element) rects.item(r);
                double w = Double.parseDouble(rect.getAttribute("width"));
                if (w > widest) {
                    widest = w;
                    left = Double.parseDouble(rect.getAttribute("x"));
                    right = left + w;
                }
            }
            NodeList texts = group.getElementsByTagNameNS(SVG, "text");
            assertTrue(texts.getLength() >= 2, "a card with a title and a holder: " + group.getAttribute("data-id"));
            for (int t = 0; t < texts.getLength(); t++) {
                Element text = (Element) texts.item(t);
                String line = text.getTextContent();
                double width = FONTS.width(line, styles.get(text.getAttribute("class")));
                double x = Double.parseDouble(text.getAttribute("x"));
                double from = "middle".equals(text.getAttribute("text-anchor")) ? x - width / 2 : x;
                assertTrue(from >= left && from + width <= right + 0.01, "\"" + line + "\" (" + from + " to "
                        + (from + width) + ") in the card of " + group.getAttribute("data-id") + " (" + left + " to "
                        + right + ")");
                if (line.endsWith(TextWrap.ELLIPSIS)) {
                    cut.add(line);
                }
            }
        }
        assertTrue(cards == 4, cards + " cards");
        // The CEO's title, the German word and the Chinese title are longer than three lines; the long duty than two.
        assertTrue(cut.size() >= 4, "texts cut with an ellipsis: " + cut);
    }
}
