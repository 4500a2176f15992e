package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.CsvRow;
import dev.orgwright.io.csv.CsvTable;
import dev.orgwright.model.Chart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HR files imported as they come: their salaries, e-mails and phone numbers become the cost and
 * private fields, and an SVG or PDF of the imported chart holds none of them.
 */
class ImportedPrivacyExportTest {

    private static final Pattern SVG_TEXT = Pattern.compile(">([^<]+)<");

    @TempDir
    Path folder;

    private static Path resource(String name) throws Exception {
        return Path.of(ImportedPrivacyExportTest.class.getResource("/dev/orgwright/io/csv/" + name).toURI());
    }

    /** The distinct non-empty values of the named columns of a CSV file. */
    private static List<String> values(Path csv, String... columns) throws Exception {
        CsvTable table = CsvImport.read(csv);
        List<String> out = new ArrayList<>();
        for (String column : columns) {
            int c = table.header().indexOf(column);
            for (CsvRow r : table.rows()) {
                String v = r.field(c).strip();
                if (v.length() >= 4 && !out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** The text a reader sees in an SVG: what is between its tags. */
    private static String svgText(Path svg) throws Exception {
        Matcher m = SVG_TEXT.matcher(Files.readString(svg, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(m.group(1)).append('\n');
        }
        return out.toString();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private void assertNoneIn(String text, List<String> secrets, String what) {
        assertFalse(secrets.isEmpty());
        for (String secret : secrets) {
            assertFalse(text.contains(secret), what + " holds the private value " + secret);
        }
    }

    private Path importAndExport(Path csv, String extension, String... importOptions) throws Exception {
        Path chart = folder.resolve("imported.orgchart.json");
        List<String> args = new ArrayList<>(List.of("import", csv.toString(), "--out", chart.toString()));
        args.addAll(List.of(importOptions));
        CliRun imported = CliRun.of(args.toArray(String[]::new));
        assertTrue(imported.exitCode() <= 1, imported.err());
        Path out = folder.resolve("imported." + extension);
        CliRun export = CliRun.of("export", chart.toString(), "--to", out.toString());
        assertEquals(0, export.exitCode(), export.err());
        return out;
    }

    @Test
    void theHrExportsSalariesEmailsAndPhonesAreInNoSvgOrPdf() throws Exception {
        Path csv = resource("org-chart-sample.csv");
        List<String> secrets = values(csv, "email", "phone_number", "salary");
        Chart chart = ChartFiles.load(importAndExport(csv, "svg").resolveSibling("imported.orgchart.json"));
        chart.inTreeOrder().forEach(p -> assertTrue(p.hasCost(), "every salary is a cost: " + p.id()));
        String svg = svgText(folder.resolve("imported.svg"));
        assertTrue(svg.contains("Steven King"), "the export holds the chart");
        // Salaries are checked as words: a bare number may be part of another figure.
        for (String salary : values(csv, "salary")) {
            assertFalse(Pattern.compile("(?<![\\d.,])" + Pattern.quote(salary) + "(?![\\d])").matcher(svg).find(),
                    "salary " + salary);
        }
        assertNoneIn(svg, values(csv, "email", "phone_number"), "the SVG");
        String pdf = pdfText(importAndExport(csv, "pdf"));
        assertTrue(pdf.contains("Steven King"));
        assertNoneIn(pdf, values(csv, "email", "phone_number"), "the PDF");
        assertFalse(secrets.isEmpty());
    }

    @Test
    void theOrganogramsContactDetailsAreInNoSvgOrPdfAndNoPlaceholderIsAName() throws Exception {
        Path csv = resource("organograms/cabinet-office-2013-09-senior.csv");
        List<String> contacts = values(csv, "Contact Phone", "Contact E-mail");
        String[] columns = {"--id-column", "Post Unique Reference", "--manager-column", "Reports to Senior Post"};
        String svg = svgText(importAndExport(csv, "svg", columns));
        assertTrue(svg.contains("Not disclosed"), "an undisclosed holder says so");
        assertNoneIn(svg, contacts, "the SVG");
        assertFalse(svg.contains("n/d") || svg.contains("Eliminated"), "a placeholder drawn as a name");
        String pdf = pdfText(importAndExport(csv, "pdf", columns));
        assertTrue(pdf.contains("Not disclosed"));
        assertNoneIn(pdf, contacts, "the PDF");
    }
}
