package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionStatus;
import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two shared organogram pairs, imported as a consultant gets them, with no column option:
 * one top post, every senior row kept, the holders counted as the files say, the FTE of both
 * files together, and no contact detail in a drawing.
 */
class OrganogramPairEndToEndTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) throws Exception {
        return Path.of(OrganogramPairEndToEndTest.class.getResource("/dev/orgwright/io/csv/organograms/" + name)
                .toURI());
    }

    /** The cells of one column of a CSV file, read with the importer's own reader. */
    private static List<String> column(Path csv, String header) throws Exception {
        var table = dev.orgwright.io.csv.CsvImport.read(csv, null);
        int c = table.header().indexOf(header);
        List<String> out = new ArrayList<>();
        table.rows().forEach(r -> out.add(r.field(c).strip()));
        return out;
    }

    /** A holder cell as the placeholders read it: quotes, dots, slashes and spaces aside, in lower case. */
    private static String word(String cell) {
        return cell.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    @ParameterizedTest
    @CsvSource({"cabinet-office-2013-09, 1790.87", "uk-space-agency-2013-09, 40.6"})
    void theWholeOrganisationComesInFromThePair(String base, String totalFte) throws Exception {
        Path senior = fixture(base + "-senior.csv");
        Path junior = fixture(base + "-junior.csv");
        Path out = dir.resolve(base + ".orgchart.json");

        CliRun run = CliRun.of("import", senior.toString(), "--staff", junior.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        Chart chart = ChartFiles.load(out);
        assertEquals(1, chart.roots().size(), "one top post");
        List<String> names = column(senior, "Name");
        List<String> juniorFte = column(junior, "Number of Posts in FTE");
        assertEquals(names.size() + juniorFte.size(), chart.size(), "every senior row and every junior row");

        long vacant = names.stream().map(OrganogramPairEndToEndTest::word).filter(w -> w.equals("vacant")).count();
        long closing = names.stream().map(OrganogramPairEndToEndTest::word).filter(w -> w.equals("eliminated")).count();
        long undisclosed = names.stream().map(OrganogramPairEndToEndTest::word).filter(w -> w.equals("nd")).count();
        assertEquals(vacant, chart.positionsById().values().stream().filter(Position::isVacant)
                .filter(p -> p.status() != PositionStatus.CLOSING).count());
        assertEquals(closing, chart.positionsById().values().stream()
                .filter(p -> p.status() == PositionStatus.CLOSING).count());
        assertEquals(undisclosed + juniorFte.size(), chart.positionsById().values().stream()
                .filter(Position::isHolderUndisclosed).count(), "N/D posts, and the junior rows, whose people are not named");

        CliRun stats = CliRun.of("stats", out.toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(stats.out());
        assertEquals(0, new BigDecimal(totalFte).compareTo(json.get("fte").decimalValue()), json.toString());
        BigDecimal files = BigDecimal.ZERO;
        for (String fte : column(senior, "FTE")) {
            files = files.add(fte.isEmpty() ? BigDecimal.ZERO : new BigDecimal(fte));
        }
        for (String fte : juniorFte) {
            files = files.add(new BigDecimal(fte));
        }
        assertEquals(0, files.compareTo(new BigDecimal(totalFte)), "the figure is the files' own sum");

        // Findings a consultant reads: the tiers come from the grades, and the titles do not overrule
        // them, so warnings stay on a few posts (wide spans, duties of another tier).
        JsonNode findings = new ObjectMapper().readTree(CliRun.of("validate", out.toString(), "--format", "json")
                .out()).get("findings");
        int warnings = 0;
        for (JsonNode f : findings) {
            warnings += f.get("severity").asText().equals("warning") ? 1 : 0;
            assertFalse(f.get("rule").asText().equals("title-tier-mismatch"), f.toString());
        }
        assertTrue(warnings * 20 <= chart.size(), warnings + " warnings on " + chart.size() + " positions");
        long graded = chart.positionsById().values().stream()
                .filter(p -> p.fieldValues().get("grade").isPresent()).count();
        assertEquals(chart.size(), graded, "every post, senior or junior, carries its grade");
    }

    @ParameterizedTest
    @CsvSource({"cabinet-office-2013-09", "uk-space-agency-2013-09"})
    void noContactDetailReachesADrawing(String base) throws Exception {
        Path senior = fixture(base + "-senior.csv");
        Path chart = dir.resolve(base + ".orgchart.json");
        assertEquals(0, CliRun.of("import", senior.toString(), "--staff", fixture(base + "-junior.csv").toString(),
                "--out", chart.toString()).exitCode());
        Path svg = dir.resolve(base + ".svg");
        Path pdf = dir.resolve(base + ".pdf");
        assertEquals(0, CliRun.of("export", chart.toString(), "--to", svg.toString()).exitCode());
        assertEquals(0, CliRun.of("export", chart.toString(), "--to", pdf.toString()).exitCode());
        String svgText = Files.readString(svg, StandardCharsets.UTF_8);
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pdfText = new PDFTextStripper().getText(doc);
        }
        List<String> contacts = new ArrayList<>();
        contacts.addAll(column(senior, "Contact E-mail"));
        contacts.addAll(column(senior, "Contact Phone"));
        int checked = 0;
        for (String contact : contacts) {
            if (contact.length() > 5 && !contact.equalsIgnoreCase("n/a") && !contact.equalsIgnoreCase("N/D")) {
                assertFalse(svgText.contains(contact), contact + " in the SVG");
                assertFalse(pdfText.contains(contact), contact + " in the PDF");
                checked++;
            }
        }
        assertTrue(checked > 10, "the files have contact details to look for: " + checked);
        // A long title wraps onto several lines of a card: its lines, joined, give it back.
        java.util.regex.Matcher lines = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svgText);
        StringBuilder joined = new StringBuilder();
        while (lines.find()) {
            joined.append(lines.group(1)).append(' ');
        }
        assertTrue(joined.toString().contains(chartTitleOfSomePost(senior)), "the drawing has the posts");
    }

    private static String chartTitleOfSomePost(Path senior) throws Exception {
        return column(senior, "Job Title").stream().filter(t -> t.length() > 8 && t.length() < 40 && !t.contains("&") && !t.contains("<"))
                .findFirst().orElseThrow().strip();
    }
}
