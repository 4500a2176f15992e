package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.PairsAndGrades;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
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
    }
}
