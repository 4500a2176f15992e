package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.PairsAndGrades;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A book of each UK organogram pair of the test fixtures: every post's title is found whole in the
 * PDF's text. The Cabinet Office has titles too long for a card ("Deputy Director, Economic Reform,
 * Energy and Climate Change, Employment and Social Affairs"), which the card ends with "…"; the
 * index then has to give them whole.
 */
class OrganogramBookTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(OrganogramBookTest.class.getResource("/dev/orgwright/io/csv/organograms/" + name).toURI());
    }

    static Chart pair(String organisation) throws Exception {
        var senior = CsvImport.importFile(fixture(organisation + "-2013-09-senior.csv"), ImportOptions.titled(organisation));
        return PairsAndGrades.finish(senior, CsvImport.read(fixture(organisation + "-2013-09-junior.csv")), null, Map.of())
                .chart();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cabinet-office", "uk-space-agency"})
    void everyPostsTitleIsFoundWholeInTheBook(String organisation) throws Exception {
        Chart chart = pair(organisation);
        ExportRequest request = BookExporterTest.request(chart, PageSetup.A4_FIT,
                LayoutOptions.AUTO.withAspect(BookPlan.aspect(PageSetup.A4_FIT)));
        BookExporter exporter = new BookExporter(new ExportFonts(), BookExporterTest.LABELS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(request, out);
        String text;
        List<String> indexLines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(document);
            PDFTextStripper index = new PDFTextStripper();
            index.setStartPage(BookPlan.of(request, new ExportFonts()).pages().size() + 1);
            indexLines.addAll(index.getText(document).lines().toList());
        }
        String squeezed = text.replaceAll("\\s+", "");
        List<String> missing = new ArrayList<>();
        for (Position p : chart.inTreeOrder()) {
            if (!squeezed.contains(p.title().replaceAll("\\s+", ""))) {
                missing.add(p.id() + " '" + p.title() + "'");
            }
        }
        assertEquals(List.of(), missing, "titles found nowhere whole in the book");
        assertFalse(indexLines.isEmpty(), "an index");
        for (String line : indexLines) {
            assertFalse(line.contains("…"), "an index entry cut: " + line);
        }
        // The many posts of one title ("Policy Adviser") are one entry with all their pages.
        java.util.Map<String, java.util.SortedSet<Integer>> pages = new java.util.LinkedHashMap<>();
        BookIndex.entries(BookPlan.of(request, new ExportFonts()), true)
                .forEach(e -> pages.computeIfAbsent(e.text(), t -> new java.util.TreeSet<>()).add(e.page()));
        String index = String.join(" ", indexLines).replaceAll("\\s+", " ");
        int shared = 0;
        for (var entry : pages.entrySet()) {
            if (entry.getValue().size() >= 2 && entry.getValue().size() <= 4 && entry.getKey().length() < 30) {
                String expected = entry.getKey().replaceAll("\\s+", " ") + " "
                        + String.join(", ", entry.getValue().stream().map(String::valueOf).toList());
                assertTrue(index.contains(expected), "'" + expected + "' in the index");
                shared++;
            }
        }
        assertTrue(shared > 0 || organisation.equals("uk-space-agency"), "titles on several pages: " + shared);
    }

    /**
     * The Cabinet Secretary's office side by side (the tidy layout) is too wide for one page at a
     * readable size, so its first level is cut into parts: into parts of even size, not a full
     * page followed by a page with the one report left over.
     */
    @org.junit.jupiter.api.Test
    void aTeamTooWideForAPageIsCutIntoEvenParts() throws Exception {
        Chart whole = pair("cabinet-office");
        PositionId secretary = null;
        for (Position p : whole.inTreeOrder()) {
            if (p.title().strip().equals("Cabinet Secretary")) {
                secretary = p.id();
            }
        }
        Chart office = ChartScopes.restrict(whole, new ExportScope.Subtree(secretary));
        ExportRequest request = BookExporterTest.request(office, PageSetup.A4_FIT,
                LayoutOptions.DEFAULT.withAspect(BookPlan.aspect(PageSetup.A4_FIT)));
        BookPlan plan = BookPlan.of(request, new ExportFonts());
        List<Integer> sizes = new ArrayList<>();
        for (BookPlan.Section section : plan.sections()) {
            if (section.teams().isEmpty() || section.teams().equals(List.of(secretary))) {
                sizes.add(section.chart().size() - 1);
            }
        }
        assertTrue(sizes.size() >= 2, "the office's first level takes several pages: " + sizes);
        int reports = office.childrenOf(secretary).size();
        assertEquals(reports, sizes.stream().mapToInt(Integer::intValue).sum(), "every report on one of them " + sizes);
        int least = sizes.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int most = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(most - least <= 1, "parts of " + sizes + " reports");
    }
}
