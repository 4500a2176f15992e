package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.Theme;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A book of a chart too big for one readable page: every position is on a page at a readable
 * size, each once, each folded card names and links the page its team continues on, the index
 * points at the right pages, and the bookmarks follow the pages. Checked in every layout, on a
 * generated chart and on the HR sample, whose first page by tier is too wide for one page.
 */
class BookExporterTest {

    static final BookLabels LABELS = new BookLabels("→ p. {0}", "Index", "{0} (part {1} of {2})", "{0} / {1}");
    private static final ExportFonts FONTS = new ExportFonts();
    private static final Chart CHART = ExportFixtures.generated(600, 17);

    /** The layouts a book is drawn in, by the names the command line gives them. */
    private static final Map<String, LayoutOptions> LAYOUTS = Map.of(
            "auto by depth", LayoutOptions.AUTO,
            "auto by tier", LayoutOptions.AUTO.withRows(LayoutOptions.Rows.BY_TIER),
            "tidy", LayoutOptions.DEFAULT,
            "compact", LayoutOptions.DEFAULT.withMode(LayoutOptions.Mode.COMPACT),
            "left-right", LayoutOptions.AUTO.withOrientation(LayoutOptions.Orientation.LEFT_RIGHT));
    private static final Map<String, Book> BOOKS = new HashMap<>();

    private static BookPlan plan;
    private static List<String> pageTexts;
    private static byte[] pdf;

    /** A book written, its plan and the text of each of its pages, whitespace made single spaces. */
    record Book(String name, Chart chart, BookPlan plan, List<String> pageTexts, byte[] pdf) {
        @Override
        public String toString() {
            return name;
        }
    }

    static ExportRequest request(Chart chart, PageSetup page) {
        return request(chart, page, LayoutOptions.AUTO);
    }

    static ExportRequest request(Chart chart, PageSetup page, LayoutOptions layout) {
        return new ExportRequest(chart, null, ExportOptions.DEFAULT, layout, Set.of(), Theme.of(chart), 1, page);
    }

    private static Book write(String name, Chart chart, LayoutOptions layout) throws Exception {
        ExportRequest request = request(chart, PageSetup.A4_FIT, layout.withAspect(BookPlan.aspect(PageSetup.A4_FIT)));
        BookExporter exporter = new BookExporter(FONTS, LABELS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(request, out);
        List<String> texts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                texts.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            assertEquals(exporter.pageCount(), document.getNumberOfPages());
        }
        return new Book(name, chart, BookPlan.of(request, FONTS), texts, out.toByteArray());
    }

    static Chart hrSample() throws Exception {
        Path csv = Path.of(BookExporterTest.class.getResource("/dev/orgwright/io/csv/org-chart-sample.csv").toURI());
        return CsvImport.importFile(csv, ImportOptions.titled("HR sample")).chart();
    }

    /** Every layout, on the generated chart and on the HR sample; each book written once. */
    static Stream<Book> books() throws Exception {
        List<Book> out = new ArrayList<>();
        Chart hr = hrSample();
        for (String layout : List.of("auto by depth", "auto by tier", "tidy", "compact", "left-right")) {
            for (Map.Entry<String, Chart> chart : Map.of("generated", CHART, "HR sample", hr).entrySet()) {
                String name = chart.getKey() + ", " + layout;
                Book book = BOOKS.get(name);
                if (book == null) {
                    book = write(name, chart.getValue(), LAYOUTS.get(layout));
                    BOOKS.put(name, book);
                }
                out.add(book);
            }
        }
        return out.stream();
    }

    @BeforeAll
    static void export() throws Exception {
        Book book = books().filter(b -> b.name().equals("generated, auto by depth")).findFirst().orElseThrow();
        plan = book.plan();
        pageTexts = book.pageTexts();
        pdf = book.pdf();
    }

    private static boolean shows(String text, String title) {
        return Pattern.compile(Pattern.quote(title.strip().replaceAll("\\s+", " ")) + "(?!\\d)").matcher(text).find();
    }

    @ParameterizedTest
    @MethodSource("books")
    void theChartTakesSeveralPagesEachReadable(Book book) {
        BookPlan plan = book.plan();
        assertTrue(plan.pages().size() > 3, plan.pages().size() + " pages");
        for (BookPlan.Page page : plan.pages()) {
            double points = plan.titlePoints(page);
            for (BookPlan.Section section : page.sections()) {
                assertTrue(page.scale() <= plan.scaleOf(plan.sheet(section)) + 1e-9, "page " + page.number());
            }
            assertTrue(points >= BookPlan.MIN_TITLE_POINTS, "page " + page.number() + " prints titles at " + points);
        }
    }

    /**
     * Read back from the PDF, not from the plan: on the chart's pages, every title drawn whole on
     * one line is set at {@link BookPlan#MIN_TITLE_POINTS} or more on the page (its size with the
     * page's scale applied), and most positions' titles are found so.
     */
    @ParameterizedTest
    @MethodSource("books")
    void titlesReadBackFromThePdfAreSetAtSixPointsOrMore(Book book) throws Exception {
        Set<String> titles = new HashSet<>();
        for (Position p : book.chart().inTreeOrder()) {
            titles.add(p.title().strip());
        }
        Map<String, Double> smallest = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(book.pdf())) {
            StringBuilder run = new StringBuilder();
            double[] size = {Double.NaN};
            PDFTextStripper reader = new PDFTextStripper() {
                @Override
                protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                               List<org.apache.pdfbox.cos.COSBase> operands) throws java.io.IOException {
                    if ("Tm".equals(operator.getName()) || "ET".equals(operator.getName())) {
                        done();
                    }
                    super.processOperator(operator, operands);
                }

                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    run.append(text.getUnicode());
                    // The text rendering matrix holds the font size, the text matrix and the page's scale.
                    size[0] = Math.abs(text.getTextMatrix().getScalingFactorY());
                }

                private void done() {
                    String line = run.toString().strip();
                    if (titles.contains(line)) {
                        smallest.merge(line, size[0], Math::min);
                    }
                    run.setLength(0);
                }
            };
            reader.setStartPage(1);
            reader.setEndPage(book.plan().pages().size());
            reader.getText(document);
        }
        assertTrue(smallest.size() >= titles.size() * 0.8, "titles found whole on one line: " + smallest.size()
                + " of " + titles.size());
        double least = smallest.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertTrue(least >= BookPlan.MIN_TITLE_POINTS - 0.01, "the smallest title is set at " + least + " pt");
    }

    /**
     * Every position is in exactly one team's section (the top of a team continued on a page of
     * its own is shown there too, over its team, and in the team of its manager), on the page
     * the plan gives it, with its title and its holder.
     */
    @ParameterizedTest
    @MethodSource("books")
    void everyPositionIsOnExactlyOneChartPage(Book book) {
        BookPlan plan = book.plan();
        List<String> chartPages = book.pageTexts().subList(0, plan.pages().size());
        Map<PositionId, List<Integer>> shownOn = new HashMap<>();
        for (BookPlan.Page page : plan.pages()) {
            for (BookPlan.Section section : page.sections()) {
                for (Position p : section.chart().inTreeOrder()) {
                    boolean top = section.teams().contains(p.id())
                            || section.parts() > 1 && p.reportsTo() == null && section.part() > 1;
                    if (!top) {
                        shownOn.computeIfAbsent(p.id(), id -> new ArrayList<>()).add(page.number());
                    }
                }
            }
        }
        for (Position p : book.chart().inTreeOrder()) {
            assertEquals(1, shownOn.getOrDefault(p.id(), List.of()).size(), p.id() + " shown on pages "
                    + shownOn.get(p.id()));
            int page = plan.pageOf(p.id());
            assertEquals((int) shownOn.get(p.id()).get(0), page, p.id().toString());
            assertTrue(shows(chartPages.get(page - 1), p.title()), p.title() + " on page " + page + ": "
                    + chartPages.get(page - 1));
            if (!p.isVacant()) {
                assertTrue(shows(chartPages.get(page - 1), p.holder()), p.holder() + " on page " + page);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("books")
    void everyFoldedCardNamesAndLinksThePageWhereItsTeamContinues(Book book) throws Exception {
        BookPlan plan = book.plan();
        List<String> pageTexts = book.pageTexts();
        Chart chart = book.chart();
        Set<PositionId> foldedOnce = new HashSet<>();
        int folded = 0;
        try (PDDocument document = Loader.loadPDF(book.pdf())) {
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
                    assertTrue(foldedOnce.add(id), id + " is folded on more than one card");
                    assertEquals(page.number(), plan.pageOf(id), id + " is folded where it is shown");
                    int target = plan.teamPage(id);
                    expected.add(target);
                    assertTrue(target > page.number(), id + " continues on page " + target);
                    assertTrue(pageTexts.get(page.number() - 1).contains("→ p. " + target), "marker on page "
                            + page.number());
                    BookPlan.Page continued = plan.pages().get(target - 1);
                    assertTrue(continued.teams().contains(id), id + " among the teams of page " + target);
                    String manager = chart.position(id).title();
                    assertTrue(shows(pageTexts.get(target - 1), manager), manager + " on page " + target);
                    Position report = chart.position(chart.childrenOf(id).get(0));
                    assertEquals(target, plan.pageOf(report.id()), "the first report of " + id);
                    assertTrue(shows(pageTexts.get(target - 1), report.title()),
                            "the team of " + manager + " on page " + target);
                }
                assertEquals(expected, linked, "links of page " + page.number());
                // No card names a page that its link does not go to.
                java.util.regex.Matcher markers = Pattern.compile("→ p\\. (\\d+)").matcher(pageTexts.get(page.number() - 1));
                List<Integer> named = new ArrayList<>();
                while (markers.find()) {
                    named.add(Integer.parseInt(markers.group(1)));
                }
                assertEquals(new HashSet<>(expected), new HashSet<>(named), "markers of page " + page.number());
            }
        }
        // Every team below the first page is folded on exactly one card.
        for (BookPlan.Section section : plan.sections()) {
            for (PositionId top : section.teams()) {
                assertTrue(foldedOnce.contains(top), top + " heads a team no card folds");
            }
        }
        assertTrue(folded >= 1, folded + " folded cards");
    }

    @ParameterizedTest
    @MethodSource("books")
    void theIndexPointsAtThePagesOfItsEntries(Book book) {
        BookPlan plan = book.plan();
        List<String> pageTexts = book.pageTexts();
        List<BookIndex.Entry> entries = BookIndex.entries(plan, true);
        assertTrue(entries.size() > book.chart().size(), "titles and names: " + entries.size());
        for (BookIndex.Entry e : entries) {
            assertEquals(plan.pageOf(e.position()), e.page(), e.toString());
            assertTrue(shows(pageTexts.get(e.page() - 1), book.chart().position(e.position()).title()), e.toString());
        }
        String index = String.join(" ", pageTexts.subList(plan.pages().size(), pageTexts.size()));
        assertTrue(index.contains("Index"));
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(entries.get(i - 1).text().compareToIgnoreCase(entries.get(i).text()) <= 0
                    || !entries.get(i - 1).text().matches("[A-Za-z ]+"), "sorted");
        }
        int at = 0;
        for (BookIndex.Entry e : entries) {
            String text = e.text().replaceAll("\\s+", " ");
            int found = index.indexOf(text, at);
            // An entry too long for its column goes on over the next lines (read across them); the
            // search also accepts a shorter start ending with "…", which a cut entry would show.
            for (int cut = text.length() - 1; found < 0 && cut >= text.length() / 2; cut--) {
                found = index.indexOf(text.substring(0, cut).strip() + "…", at);
            }
            assertTrue(found >= 0, e.text() + " in the index, in order");
            at = found;
        }
    }

    /**
     * A bookmark for every team's section, going to the section's page, nested under the bookmark
     * of the section that folds it; bookmarks are told apart by their title and page.
     */
    @ParameterizedTest
    @MethodSource("books")
    void thereIsABookmarkForEveryTeamOnItsPageNestedByTeam(Book book) throws Exception {
        BookPlan plan = book.plan();
        try (PDDocument document = Loader.loadPDF(book.pdf())) {
            PDOutlineNode outline = document.getDocumentCatalog().getDocumentOutline();
            List<String> found = new ArrayList<>();
            int[] deepest = {0};
            collect(document, outline, "", found, 0, deepest);
            Map<Integer, String> keys = new HashMap<>();
            List<String> expected = new ArrayList<>();
            for (BookPlan.Page page : plan.pages()) {
                for (BookPlan.Section section : page.sections()) {
                    if (!section.teams().isEmpty()) {
                        assertEquals(plan.teamPage(section.teams().get(0)), page.number(), section.path().toString());
                    }
                    String name = section.teams().isEmpty() ? book.chart().title()
                            : section.path().get(section.path().size() - 1);
                    String key = name + (section.parts() > 1 ? " (" + section.part() + "/" + section.parts() + ")" : "")
                            + " @ " + page.number();
                    keys.put(section.index(), key);
                    expected.add(keys.getOrDefault(section.parentSection(), "") + " > " + key);
                }
            }
            String index = found.remove(found.size() - 1);
            assertTrue(index.startsWith(" > Index @ "), index);
            expected.sort(null);
            found.sort(null);
            assertEquals(expected, found);
            if (plan.pages().size() > 2) {
                assertTrue(deepest[0] >= 2, "teams nested under the page that folds them");
            }
        }
    }

    /** Each bookmark as "parent's title @ page > title @ page", parents before their children. */
    private static void collect(PDDocument document, PDOutlineNode node, String parent, List<String> found, int depth,
                                int[] deepest) throws Exception {
        for (PDOutlineItem item : node.children()) {
            int page = document.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1;
            String key = item.getTitle() + " @ " + page;
            found.add(parent + " > " + key);
            deepest[0] = Math.max(deepest[0], depth + 1);
            collect(document, item, key, found, depth + 1, deepest);
        }
    }

    /** A team the request folds (a view's, --collapse, --depth) continues on a page of its own; nothing is left out. */
    @Test
    void aFoldedTeamContinuesOnAPageOfItsOwn() {
        PositionId chief = CHART.childrenOf(CHART.roots().get(0)).get(0);
        PositionId report = CHART.childrenOf(chief).get(0);
        assertEquals(1, plan.pageOf(report), "unfolded, the chief's team is on the first page");
        ExportRequest request = new ExportRequest(CHART, null, ExportOptions.DEFAULT, LayoutOptions.AUTO, Set.of(chief),
                Theme.of(CHART), 1, PageSetup.A4_FIT);
        BookPlan folded = BookPlan.of(request, FONTS);
        assertEquals(1, folded.pageOf(chief));
        assertTrue(folded.pages().get(0).folded().contains(chief), "the chief's card is marked");
        assertTrue(folded.teamPage(chief) > 1, "the team continues on page " + folded.teamPage(chief));
        assertEquals(folded.teamPage(chief), folded.pageOf(report));
        for (Position p : CHART.inTreeOrder()) {
            assertTrue(folded.pageOf(p.id()) >= 1, p.id() + " is on a page");
        }
    }

    /** The HR sample's first page by tier is too wide: its parts show the top once, over different reports. */
    @Test
    void aFirstPageInPartsShowsEachReportOnceAndFoldsNoTop() throws Exception {
        Book book = books().filter(b -> b.name().equals("HR sample, auto by tier")).findFirst().orElseThrow();
        BookPlan plan = book.plan();
        BookPlan.Page first = plan.pages().get(0);
        assertTrue(first.parts() > 1, "the first page is in " + first.parts() + " parts");
        for (PositionId root : book.chart().roots()) {
            assertEquals(1, plan.pageOf(root));
            assertEquals(0, plan.teamPage(root), "the top continues on no page of its own");
            for (BookPlan.Page page : plan.pages()) {
                assertFalse(page.folded().contains(root), "page " + page.number() + " folds the top");
                assertFalse(page.teams().contains(root), "page " + page.number() + " shows the top's team again");
            }
        }
        for (int part = 1; part <= first.parts(); part++) {
            BookPlan.Page page = plan.pages().get(part - 1);
            assertEquals(part, page.part());
            assertEquals(0, page.parent());
            assertTrue(page.teams().isEmpty());
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
