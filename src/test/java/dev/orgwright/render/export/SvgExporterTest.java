package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExporterTest {

    private static final ExportFonts FONTS = new ExportFonts();
    private final Chart chart = ExportFixtures.tricky();

    private Document export(ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter(FONTS).write(ExportRequest.of(chart, Validator.withDefaultRules().validate(chart), options), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void parsesAsXmlAndHoldsEveryTitleAndHolderAsText() throws Exception {
        Document svg = export(ExportOptions.DEFAULT);

        assertEquals("svg", svg.getDocumentElement().getLocalName());
        List<String> texts = texts(svg);
        for (Position p : chart.inTreeOrder()) {
            assertTrue(texts.contains(p.title()), "title " + p.title() + " in " + texts);
            assertTrue(texts.contains(p.isVacant() ? "Vacant" : p.holder()), "holder of " + p.id());
        }
    }

    @Test
    void aPoolShowsItsFteOnItsTitleLineInTheFile() throws Exception {
        Position first = chart.inTreeOrder().iterator().next();
        Chart pooled = dev.orgwright.model.Edits.setFte(first.id(), new java.math.BigDecimal("12.5")).apply(chart);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter(FONTS).write(ExportRequest.of(pooled, Validator.withDefaultRules().validate(pooled),
                ExportOptions.DEFAULT), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);

        List<String> texts = texts(factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray())));

        // "Chief Executive Officer × 12.5 FTE" is wider than a card's text may be: it wraps after a word.
        int at = texts.indexOf("Chief Executive Officer × 12.5");
        assertTrue(at >= 0 && texts.get(at + 1).equals("FTE"), texts.toString());
        assertEquals(first.title() + " × 12.5 FTE", texts.get(at) + " " + texts.get(at + 1));
    }

    @Test
    void everyPositionIsAGroupCarryingItsId() throws Exception {
        Document svg = export(ExportOptions.DEFAULT);

        NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.hasAttribute("data-id")) {
                ids.add(g.getAttribute("data-id"));
                if (!g.getAttribute("data-id").contains(" ")) {
                    assertEquals("position-" + g.getAttribute("data-id"), g.getAttribute("id"));
                }
            }
        }
        Set<String> expected = new HashSet<>();
        chart.inTreeOrder().forEach(p -> expected.add(p.id().value()));
        assertEquals(expected, ids);
    }

    @Test
    void hidingHoldersLeavesNoNameInTheFile() throws Exception {
        List<String> texts = texts(export(ExportOptions.DEFAULT.withHolders(false)));

        assertTrue(texts.contains("Chief Executive Officer"));
        assertFalse(texts.contains("Zoë Ångström"), texts.toString());
        assertFalse(texts.contains("Vacant"));
    }

    @Test
    void dutiesTitleDateAndLegendAppearWhenAsked() throws Exception {
        List<String> texts = texts(export(ExportOptions.DEFAULT.withDuties(true).withTitle("Board pack")
                .withDate(LocalDate.of(2025, 3, 7)).withLegend(true)));

        assertTrue(texts.contains("• Sets the strategy & the budget"), texts.toString());
        assertTrue(texts.contains("• Runs the lab's weekly <demo>"));
        assertTrue(texts.contains("Board pack"));
        assertTrue(texts.contains("7 March 2025"));
        assertTrue(texts.contains("Senior Management"));
        assertTrue(texts.contains("Executive Management"));
        assertTrue(texts.contains("No tier"), "the legal counsel has no tier");
    }

    @Test
    void badgesFollowTheOption() throws Exception {
        // The vacant CFO has findings, so with badges on a count appears among the texts.
        List<String> with = texts(export(ExportOptions.DEFAULT.withBadges(true)));
        List<String> without = texts(export(ExportOptions.DEFAULT.withBadges(false)));

        assertTrue(with.stream().anyMatch(t -> t.matches("\\d+")), with.toString());
        assertTrue(without.stream().noneMatch(t -> t.matches("\\d+")), without.toString());
    }

    @Test
    void aSubtreeExportHoldsOnlyThatSubtree() throws Exception {
        List<String> texts = texts(export(ExportOptions.DEFAULT.withScope(new ExportScope.Subtree(PositionId.of("cto")))));

        assertTrue(texts.contains("Chief Technology Officer"));
        assertTrue(texts.contains("Head of R&D <Labs>"));
        assertTrue(texts.contains("Head of Operations"), "its dotted line to the CFO is dropped, the position stays");
        assertFalse(texts.contains("Chief Executive Officer"));
        assertFalse(texts.contains("Head of Finance"));
    }

    @Test
    void numbersAreShortAndExact() {
        assertEquals("12", SvgSurface.num(12.0));
        assertEquals("12.5", SvgSurface.num(12.5));
        assertEquals("-0.05", SvgSurface.num(-0.05));
        assertEquals("3.14", SvgSurface.num(3.14159));
        assertEquals("-7.25", SvgSurface.num(-7.25));
    }

    @Test
    void aDottedLinePastACardIsAPolylineThatBendsAroundIt() throws Exception {
        // Three reports side by side; the third has a dotted line to the first, with the second between.
        Chart between = Chart.builder().title("Between")
                .add(Position.of("ceo", "Chief Executive Officer", "senior"))
                .add(Position.of("a", "Head of Sales", "senior").withReportsTo(PositionId.of("ceo")))
                .add(Position.of("b", "Head of Service", "senior").withReportsTo(PositionId.of("ceo")))
                .add(Position.of("c", "Head of Marketing", "senior").withReportsTo(PositionId.of("ceo"))
                        .withDottedLines(List.of(PositionId.of("a"))))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter(FONTS).write(ExportRequest.of(between, Validator.withDefaultRules().validate(between),
                ExportOptions.DEFAULT), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));

        NodeList polylines = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
        List<String> dashed = new ArrayList<>();
        for (int i = 0; i < polylines.getLength(); i++) {
            Element e = (Element) polylines.item(i);
            if (e.hasAttribute("stroke-dasharray")) {
                dashed.add(e.getAttribute("points"));
            }
        }
        assertEquals(1, dashed.size(), "one dotted line: " + dashed);
        String[] points = dashed.get(0).trim().split(" ");
        assertTrue(points.length > 2, "it bends around the card between: " + dashed.get(0));
        for (int k = 1; k < points.length; k++) {
            String[] a = points[k - 1].split(",");
            String[] b = points[k].split(",");
            assertTrue(a[0].equals(b[0]) || a[1].equals(b[1]), "run " + k + " is horizontal or vertical: " + dashed.get(0));
        }
    }
}
