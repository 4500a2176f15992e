package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.Theme;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A book of a chart too big for one readable page: every position is on a page at a readable
 * size, each folded card names and links the page its team continues on, the index points at
 * the right pages, and the bookmarks follow the pages.
 */
class BookExporterTest {

    static final BookLabels LABELS = new BookLabels("→ p. {0}", "Index", "{0} (part {1} of {2})", "{0} / {1}");
    private static final ExportFonts FONTS = new ExportFonts();
    private static final Chart CHART = ExportFixtures.generated(600, 17);

    private static BookPlan plan;
    private static List<String> pageTexts;
    private static byte[] pdf;

    static ExportRequest request(Chart chart, PageSetup page) {
        return new ExportRequest(chart, null, ExportOptions.DEFAULT, LayoutOptions.AUTO, Set.of(), Theme.of(chart), 1,
                page);
    }

    @BeforeAll
    static void export() throws Exception {
        ExportRequest request = request(CHART, PageSetup.A4_FIT);
        BookExporter exporter = new BookExporter(FONTS, LABELS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(request, out);
        pdf = out.toByteArray();
        plan = BookPlan.of(request, FONTS);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pageTexts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pageTexts.add(stripper.getText(document));
            }
            assertEquals(exporter.pageCount(), document.getNumberOfPages());
        }
    }

    private static boolean shows(String text, String title) {
        return Pattern.compile(Pattern.quote(title) + "(?!\\d)").matcher(text).find();
    }

    @Test
    void theChartTakesSeveralPagesEachReadable() {
        assertTrue(plan.pages().size() > 3, plan.pages().size() + " pages");
        for (BookPlan.Page page : plan.pages()) {
            double points = plan.titlePoints(page);
            for (BookPlan.Section section : page.sections()) {
                assertTrue(page.scale() <= plan.scaleOf(plan.sheet(section)) + 1e-9, "page " + page.number());
            }
            assertTrue(points >= BookPlan.MIN_TITLE_POINTS, "page " + page.number() + " prints titles at " + points);
        }
    }

    @Test
    void everyPositionsTitleIsOnAChartPage() {
        List<String> chartPages = pageTexts.subList(0, plan.pages().size());
        Set<PositionId> onPlan = new HashSet<>();
        for (BookPlan.Page page : plan.pages()) {
            for (Position p : page.chart().inTreeOrder()) {
                onPlan.add(p.id());
            }
        }
        for (Position p : CHART.inTreeOrder()) {
            assertTrue(onPlan.contains(p.id()), p.id() + " is on no page");
            int page = plan.pageOf(p.id());
            assertTrue(page >= 1 && shows(chartPages.get(page - 1), p.title()),
                    p.title() + " on page " + page + ": " + (page >= 1 ? chartPages.get(page - 1) : ""));
        }
    }

    @Test
    void everyFoldedCardNamesAndLinksThePageWhereItsTeamContinues() throws Exception {
        int folded = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (BookPlan.Page page : plan.pages()) {
                PDPage pdPage = document.getPage(page.number() - 1);
                List<Integer> linked = new ArrayList<>();
                for (PDAnnotation a : pdPage.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getDestination() instanceof PDPageDestination d) {
                        linked.add(document.getPages().indexOf(d.getPage()) + 1);
                    }
                }
                List<Integer> expected = new ArrayList<>();
                for (PositionId id : page.folded()) {
                    folded++;
                    int target = plan.teamPage(id);
                    expected.add(target);
                    assertTrue(target > page.number(), id + " continues on page " + target);
                    assertTrue(pageTexts.get(page.number() - 1).contains("→ p. " + target), "marker on page "
                            + page.number());
                    BookPlan.Page continued = plan.pages().get(target - 1);
                    assertTrue(continued.teams().contains(id), id + " among the teams of page " + target);
                    String manager = CHART.position(id).title();
                    assertTrue(shows(pageTexts.get(target - 1), manager), manager + " on page " + target);
                    assertTrue(shows(pageTexts.get(target - 1), CHART.position(CHART.childrenOf(id).get(0)).title()),
                            "the team of " + manager + " on page " + target);
                }
                assertEquals(expected, linked, "links of page " + page.number());
            }
        }
        assertTrue(folded >= plan.pages().size() - 1, folded + " folded cards");
    }

    @Test
    void theIndexPointsAtThePagesOfItsEntries() {
        List<BookIndex.Entry> entries = BookIndex.entries(plan, true);
        assertTrue(entries.size() > CHART.size(), "titles and names: " + entries.size());
        for (BookIndex.Entry e : entries) {
            assertTrue(shows(pageTexts.get(e.page() - 1), CHART.position(e.position()).title()), e.toString());
        }
        String index = String.join("\n", pageTexts.subList(plan.pages().size(), pageTexts.size()));
        assertTrue(index.contains("Index"));
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(entries.get(i - 1).text().compareToIgnoreCase(entries.get(i).text()) <= 0
                    || !entries.get(i - 1).text().matches("[A-Za-z ]+"), "sorted");
        }
        int at = 0;
        for (BookIndex.Entry e : entries) {
            int found = index.indexOf(e.text(), at);
            assertTrue(found >= 0, e.text() + " in the index, in order");
            at = found;
        }
    }

    @Test
    void thereIsABookmarkForEveryTeamNestedByTeam() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDOutlineNode outline = document.getDocumentCatalog().getDocumentOutline();
            List<String> titles = new ArrayList<>();
            int[] deepest = {0};
            count(outline, titles, 0, deepest);
            assertEquals(plan.sections().size() + 1, titles.size(), titles.toString());
            assertEquals("Index", titles.get(titles.size() - 1));
            assertTrue(deepest[0] >= 2, "teams nested under the page that folds them");
        }
    }

    private static void count(PDOutlineNode node, List<String> titles, int depth, int[] deepest) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            deepest[0] = Math.max(deepest[0], depth + 1);
            count(item, titles, depth + 1, deepest);
        }
    }

    @Test
    void aTeamPageIsHeadedWithItsPath() {
        BookPlan.Page deep = plan.pages().stream().filter(p -> p.path().size() >= 2).findFirst().orElseThrow();
        String text = pageTexts.get(deep.number() - 1);
        assertTrue(text.contains(String.join(" › ", deep.path())), text);
        assertFalse(deep.path().isEmpty());
        assertTrue(deep.path().get(deep.path().size() - 1).contains(CHART.position(deep.teams().get(0)).title()));
    }

    @Test
    void smallTeamsOfDifferentManagersShareAPageAndTheirReferencesPointToIt() throws Exception {
        BookPlan.Page shared = plan.pages().stream()
                .filter(p -> p.sections().stream().map(BookPlan.Section::parentSection).distinct().count() >= 2)
                .findFirst().orElseThrow(() -> new AssertionError("no page holds teams folded on different cards"));
        assertTrue(shared.sections().size() >= 2);
        assertTrue(plan.titlePoints(shared) >= BookPlan.MIN_TITLE_POINTS, plan.titlePoints(shared) + " pt");
        String text = pageTexts.get(shared.number() - 1);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (BookPlan.Section section : shared.sections()) {
                PositionId team = section.teams().get(0);
                assertEquals(shared.number(), plan.teamPage(team), "the team of " + team);
                // Its own heading, ending with its manager's title, and its manager's card.
                String heading = BookPlan.sectionHeading(section.path(), shared.commonPath().size(),
                        plan.sheet(section).width() - 2 * ExportSheet.MARGIN, FONTS);
                assertTrue(text.contains(heading), heading + " on page " + shared.number() + ": " + text);
                assertTrue(heading.endsWith(CHART.position(team).title()), heading);
                // The page that folds it names this page on the team's card, and links to it.
                BookPlan.Page folding = plan.pages().get(section.parent() - 1);
                assertTrue(folding.folded().contains(team));
                assertTrue(pageTexts.get(folding.number() - 1).contains("→ p. " + shared.number()),
                        "marker on page " + folding.number());
                boolean linked = false;
                for (PDAnnotation a : document.getPage(folding.number() - 1).getAnnotations()) {
                    linked |= a instanceof PDAnnotationLink link && link.getDestination() instanceof PDPageDestination d
                            && document.getPages().indexOf(d.getPage()) + 1 == shared.number();
                }
                assertTrue(linked, "a link from page " + folding.number() + " to page " + shared.number());
                for (Position p : section.chart().inTreeOrder()) {
                    if (!p.id().equals(team)) {
                        assertEquals(shared.number(), plan.pageOf(p.id()), p.id() + " in the index");
                    }
                }
            }
        }
        assertTrue(plan.pages().size() < plan.sections().size(), "fewer pages than teams");
    }
}
