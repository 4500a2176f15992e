package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.ImportResult;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything Orgwright writes validates against its own published schema: the samples, the
 * templates, the canonical test documents, a CSV import, and any chart the model can hold.
 * A tool that checks a chart with a general JSON Schema validator never sees a file that
 * Orgwright wrote as invalid.
 */
class WrittenDocumentsValidateTest {

    private static Path resource(String name) {
        try {
            return Path.of(WrittenDocumentsValidateTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shipped samples and the canonical test documents, as files. */
    static List<Path> chartFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("assets", "samples"), resource("/dev/orgwright/io/canonical.orgchart.json").getParent())) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(f -> f.getFileName().toString().endsWith(ChartFiles.EXTENSION)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static void assertValid(String what, byte[] document) {
        assertEquals(List.of(), ChartSchema.problems(document),
                what + " does not validate:\n" + new String(document, StandardCharsets.UTF_8));
    }

    @Test
    void thereAreSamplesAndCanonicalDocumentsToCheck() throws IOException {
        List<String> names = chartFiles().stream().map(f -> f.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("leadership.orgchart.json", "leadership-proposal.orgchart.json",
                "canonical.orgchart.json", "typed-fields.orgchart.json")), names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chartFiles")
    void aChartFileAsWrittenAndAsSavedAgain(Path file) throws Exception {
        assertValid(file + " as it is", Files.readAllBytes(file));
        assertValid(file + " saved", ChartWriter.toBytes(ChartFiles.load(file)));
    }

    @Test
    void everyScenarioExtractedAsAPlainChart() throws Exception {
        Chart chart = ChartFiles.load(resource("/dev/orgwright/io/scenarios.orgchart.json"));
        assertTrue(chart.scenarios().size() >= 2, "the sample has scenarios to extract");
        for (dev.orgwright.model.Scenario scenario : chart.scenarios()) {
            Chart plain = dev.orgwright.model.Scenarios.shown(chart, scenario);
            assertTrue(plain.scenarios().isEmpty(), "an extracted scenario is a plain chart");
            assertValid("the scenario '" + scenario.name() + "' extracted", ChartWriter.toBytes(plain));
        }
    }

    @Test
    void theBuiltInSample() {
        assertValid("the built-in sample", ChartWriter.toBytes(SampleCharts.leadershipTeam()));
    }

    @Test
    void theTemplates() throws Exception {
        assertValid("the Leadership team starter", ChartWriter.toBytes(Templates.leadershipTeamStarter()));
        Chart tiersOnly = Chart.builder().title("Leadership team").tiers(Templates.leadershipTeam()).build();
        assertValid("the Leadership team tiers", ChartWriter.toBytes(tiersOnly));
    }

    @Test
    void theCsvFixtureImported() throws Exception {
        ImportResult result = CsvImport.importFile(resource("/dev/orgwright/io/csv/org-chart-sample.csv"),
                ImportOptions.titled("HR sample"));
        assertTrue(result.chart().size() > 100, "the fixture imported " + result.chart().size() + " positions");
        assertValid("the CSV fixture, imported", ChartWriter.toBytes(result.chart()));
    }

    /** The organograms of the CSV fixtures: each file alone, and each senior file with its junior staff. */
    static List<String> organograms() throws IOException {
        try (Stream<Path> list = Files.list(resource("/dev/orgwright/io/csv/organograms/README.md").getParent())) {
            return list.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organograms")
    void anOrganogramImportedAloneAndWithItsStaff(String name) throws Exception {
        Path file = resource("/dev/orgwright/io/csv/organograms/" + name);
        dev.orgwright.io.csv.CsvTable table = CsvImport.read(file);
        ImportResult alone = CsvImport.importTable(table,
                dev.orgwright.io.csv.ColumnMapping.detect(table, dev.orgwright.io.csv.ColumnMapping.Extras.FIELDS),
                ImportOptions.titled(name));
        assertTrue(alone.chart().size() > 0, name);
        assertValid(name + ", imported", ChartWriter.toBytes(alone.chart()));
        if (name.endsWith("-senior.csv")) {
            Path staff = resource("/dev/orgwright/io/csv/organograms/" + name.replace("-senior", "-junior"));
            Chart pair = dev.orgwright.io.csv.PairsAndGrades.finish(alone, CsvImport.read(staff), null,
                    java.util.Map.of()).chart();
            assertTrue(pair.size() > alone.chart().size(), "the junior staff were attached to " + name);
            assertValid(name + " with its junior staff, imported", ChartWriter.toBytes(pair));
        }
    }

    /**
     * A spreadsheet shows a cell of only no-break or other Unicode spaces as empty, and so does
     * the import: the position gets the placeholder title, not an invisible one that the schema
     * refuses.
     */
    @Test
    void aCsvCellOfOnlyUnicodeSpacesIsEmpty(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("spaces.csv");
        Files.writeString(csv, "id,title,name,manager_id,department\n"
                + "1,Chief Executive Officer,Maya Lindqvist,,Leadership\n"
                + "2,\u00A0,\u2003\u3000,1,\u200B\n"
                + "3,\u00A0Head of Sales\u202F,Ben Carter,1,Sales\n", StandardCharsets.UTF_8);
        Chart chart = CsvImport.importFile(csv, ImportOptions.titled("Spaces")).chart();
        Position blank = chart.position(PositionId.of("2"));
        assertEquals("Untitled position", blank.title());
        assertEquals("", blank.holder());
        assertEquals("", blank.department());
        assertEquals("Head of Sales", chart.position(PositionId.of("3")).title());
        byte[] written = ChartWriter.toBytes(chart);
        assertValid("the import of cells of Unicode spaces", written);
        assertEquals(chart, ChartReader.read(written, "spaces.orgchart.json"));
    }

    @Property(tries = 200)
    void anyChartTheModelHolds(@ForAll("charts") Chart chart) {
        assertValid("a generated chart", ChartWriter.toBytes(chart));
    }

    @Provide
    Arbitrary<Chart> charts() {
        return ChartArbitraries.charts(12);
    }
}
