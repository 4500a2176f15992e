package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.ChangeKind;
import dev.orgwright.model.diff.ChartDiff;
import dev.orgwright.model.diff.ProposalWithGhosts;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.Rgba;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A comparison exported as SVG and PDF carries the marks the comparison window draws, and their legend. */
class ComparisonExportTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final ExportFonts FONTS = new ExportFonts();
    private static final ChangeMarks.Colours COLOURS = ChangeMarks.Colours.LIGHT;

    private final ChartDiff diff = ChartDiff.compare(ExportFixtures.tricky(), ExportFixtures.trickyProposal());
    private final ProposalWithGhosts proposal = ProposalWithGhosts.of(diff);
    private final ChangeMarks marks = ChangeMarks.onProposal(diff, proposal.ghosts());

    private ExportRequest request() {
        return ExportRequest.of(proposal.chart(), null, ExportOptions.DEFAULT.withTitle("Current vs proposed"))
                .withChanges(marks);
    }

    private Document svg(ExportRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter(FONTS).write(request, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Element group(Document svg, String id) {
        NodeList groups = svg.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (id.equals(g.getAttribute("data-id"))) {
                return g;
            }
        }
        throw new AssertionError("no group for " + id);
    }

    /** The rectangles drawn in {@code element} outlined in {@code colour}. */
    private static List<Element> outlined(Element element, Rgba colour) {
        NodeList rects = element.getElementsByTagNameNS(SVG_NS, "rect");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (hex(colour).equals(r.getAttribute("stroke"))) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<String> texts(Element element) {
        NodeList nodes = element.getElementsByTagNameNS(SVG_NS, "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static String hex(Rgba c) {
        return String.format("#%02X%02X%02X", c.red(), c.green(), c.blue());
    }

    @Test
    void theFixtureHasEveryKindOfMark() {
        assertEquals(ChangeKind.Group.ADDED, marks.groups().get(PositionId.of("cpo")));
        assertEquals(ChangeKind.Group.MOVED, marks.groups().get(PositionId.of("ops")));
        assertEquals(ChangeKind.Group.CHANGED, marks.groups().get(PositionId.of("cfo")));
        assertEquals(ChangeKind.Group.DUTIES, marks.groups().get(PositionId.of("rnd")));
        assertEquals(java.util.Set.of(PositionId.of("fin")), proposal.ghosts());
        assertEquals(PositionId.of("cto"), marks.movedFrom().get(PositionId.of("ops")));
        assertEquals(ChangeMarks.LEGEND, marks.groupsShown());
    }

    @Test
    void anSvgRingsEachChangedCardInItsKindsColourAndOutlinesTheGhostWithDashes() throws Exception {
        Document svg = svg(request());

        assertEquals(1, outlined(group(svg, "cpo"), COLOURS.added()).size(), "the added CPO is ringed green");
        assertEquals(1, outlined(group(svg, "ops"), COLOURS.moved()).size(), "the moved Operations is ringed violet");
        assertEquals(1, outlined(group(svg, "cfo"), COLOURS.changed()).size(), "the retitled CFO is ringed amber");
        assertEquals(1, outlined(group(svg, "rnd"), COLOURS.duties()).size(), "R&D's new duty rings it cyan");
        Element ghost = group(svg, "fin");
        List<Element> dashed = outlined(ghost, COLOURS.removed());
        assertEquals(1, dashed.size(), "the ghost of Finance has a red outline");
        assertFalse(dashed.get(0).getAttribute("stroke-dasharray").isEmpty(), "dashed");
        assertTrue(texts(ghost).contains("Head of Finance"), "the ghost keeps its title: " + texts(ghost));
        assertTrue(outlined(group(svg, "ceo"), COLOURS.added()).isEmpty(), "an unchanged card has no ring");
    }

    @Test
    void anSvgDrawsAFaintDashedLineFromTheOldManagerOfAMovedPosition() throws Exception {
        Document svg = svg(request());

        NodeList lines = svg.getElementsByTagNameNS(SVG_NS, "line");
        int moves = 0;
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            if (hex(COLOURS.moved()).equals(line.getAttribute("stroke"))) {
                moves++;
                assertFalse(line.getAttribute("stroke-dasharray").isEmpty());
                assertTrue(Double.parseDouble(line.getAttribute("stroke-opacity")) < 1, "faint");
            }
        }
        assertEquals(1, moves, "one line, from the CTO to Operations");
    }

    @Test
    void anSvgHasTheLegendOfTheChangesUnderTheHeading() throws Exception {
        List<String> texts = texts(svg(request()).getDocumentElement());

        assertTrue(texts.contains("Current vs proposed"), texts.toString());
        for (ChangeKind.Group g : ChangeMarks.LEGEND) {
            assertTrue(texts.contains(SheetHeading.changeName(g)), SheetHeading.changeName(g) + " in " + texts);
        }
        assertTrue(texts.contains("Senior Management"), "the tiers' legend stays");
    }

    @Test
    void theLegendShowsOnlyTheKindsOfChangeThereAreAndNoneOutsideAComparison() throws Exception {
        ChartDiff onlyAdded = ChartDiff.compare(ExportFixtures.tricky(), dev.orgwright.model.Edits.add(
                dev.orgwright.model.Position.of("cpo", "Chief Product Officer", "senior")
                        .withReportsTo(PositionId.of("ceo")), 0).apply(ExportFixtures.tricky()));
        ProposalWithGhosts p = ProposalWithGhosts.of(onlyAdded);
        List<String> texts = texts(svg(ExportRequest.of(p.chart(), null, ExportOptions.DEFAULT)
                .withChanges(ChangeMarks.onProposal(onlyAdded, p.ghosts()))).getDocumentElement());
        assertTrue(texts.contains("Added"));
        assertFalse(texts.contains(SheetHeading.changeName(ChangeKind.Group.REMOVED)));

        List<String> plain = texts(svg(ExportRequest.of(ExportFixtures.tricky(), null, ExportOptions.DEFAULT))
                .getDocumentElement());
        assertFalse(plain.contains("Added"), "no change legend outside a comparison");
        assertNull(ExportRequest.of(ExportFixtures.tricky(), null, ExportOptions.DEFAULT).changes());
    }

    @Test
    void aPdfHoldsTheHeadingTheLegendAndTheGhostsTitleAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(FONTS).write(request(), out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Current vs proposed"), text);
            for (ChangeKind.Group g : ChangeMarks.LEGEND) {
                assertTrue(text.contains(SheetHeading.changeName(g)), SheetHeading.changeName(g) + " in " + text);
            }
            assertTrue(text.contains("Head of Finance"), "the ghost's title");
            assertTrue(text.contains("Chief Product Officer"), "the added position");
            assertTrue(text.contains("Chief Financial & Risk Officer"), "the new title");
        }
    }

    @Test
    void aSubtreeOfAComparisonKeepsTheMarksInsideIt() throws Exception {
        Document svg = svg(request().withOptions(ExportOptions.DEFAULT
                .withScope(new ExportScope.Subtree(PositionId.of("cfo")))));

        assertEquals(1, outlined(group(svg, "cfo"), COLOURS.changed()).size());
        assertEquals(1, outlined(group(svg, "fin"), COLOURS.removed()).size(), "the ghost under the CFO");
    }
}
