package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two shared UK organogram pairs (a senior file and a junior file each, under
 * {@code organograms/}, with their origin in PAIRS.md): every junior row attached under its
 * senior post as one position for its number of posts, the FTE of both files in the chart, and
 * the grades placed in tiers from the structure.
 */
class OrganogramPairsTest {

    static Path fixture(String name) {
        try {
            return Path.of(OrganogramPairsTest.class.getResource("organograms/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The senior file with its id and manager columns named, as a user would on the command line. */
    static ImportResult importSenior(String organisation) throws Exception {
        CsvTable table = CsvImport.read(fixture(organisation + "-2013-09-senior.csv"));
        ColumnMapping mapping = ColumnMapping.detect(table.header(), ColumnMapping.Extras.NOTES);
        mapping = mapping.withRole(mapping.columnNamed("Post Unique Reference"), ColumnRole.ID)
                .withRole(mapping.columnNamed("Reports to Senior Post"), ColumnRole.MANAGER);
        return CsvImport.importTable(table, mapping, ImportOptions.titled(organisation));
    }

    static PairsAndGrades.Outcome importPair(String organisation) throws Exception {
        return PairsAndGrades.finish(importSenior(organisation),
                CsvImport.read(fixture(organisation + "-2013-09-junior.csv")), null, Map.of());
    }

    static BigDecimal totalFte(Chart chart) {
        BigDecimal total = BigDecimal.ZERO;
        for (Position p : chart.inTreeOrder()) {
            total = total.add(p.fte());
        }
        return total;
    }

    /** The sum of a column of a file as written, each cell read as a number. */
    static BigDecimal columnSum(String file, String column) throws Exception {
        CsvTable table = CsvImport.read(fixture(file));
        int c = table.header().indexOf(column);
        BigDecimal sum = BigDecimal.ZERO;
        for (CsvRow r : table.rows()) {
            sum = sum.add(new BigDecimal(r.field(c).strip()));
        }
        return sum;
    }

    @Test
    void everyCabinetOfficeJuniorRowIsAttachedAndTheFteOfBothFilesIsInTheChart() throws Exception {
        ImportResult senior = importSenior("cabinet-office");
        PairsAndGrades.Outcome pair = PairsAndGrades.finish(senior,
                CsvImport.read(fixture("cabinet-office-2013-09-junior.csv")), null, Map.of());
        StaffRows.Result staff = pair.staff().orElseThrow();

        assertEquals(List.of(), staff.problems());
        assertEquals(763, staff.rowsRead());
        assertEquals(763, staff.attached());
        assertEquals(0, staff.refused());
        assertEquals(new BigDecimal("1517.77"), staff.fte().stripTrailingZeros());
        assertEquals(senior.chart().size() + 763, pair.chart().size());
        assertEquals(0, totalFte(senior.chart()).add(new BigDecimal("1517.77")).compareTo(totalFte(pair.chart())));
        // The files' own figures: 273.1 senior FTE (the repeated id 270 included) and 1,517.77 junior.
        BigDecimal files = columnSum("cabinet-office-2013-09-senior.csv", "FTE")
                .add(columnSum("cabinet-office-2013-09-junior.csv", "Number of Posts in FTE"));
        assertEquals(0, new BigDecimal("1790.87").compareTo(files));
        assertEquals("763 rows read, 763 attached under their posts (1,517.77 FTE), 0 not attached; no problems.",
                staff.summary());
    }

    @Test
    void aJuniorRowBecomesOnePositionUnderItsSeniorPostWithItsFteAndTheCostAtTheBandsMiddle() throws Exception {
        Chart chart = importPair("cabinet-office").chart();

        // Row 2: under post 33, Executive Assistant, B1/BAND B1, £23,793 to £30,093, 1.0 FTE.
        Position assistant = chart.position(PositionId.of("staff-2"));
        assertEquals("Executive Assistant", assistant.title());
        assertEquals(PositionId.of("33"), assistant.reportsTo());
        assertEquals(0, BigDecimal.ONE.compareTo(assistant.fte()));
        assertEquals(0, new BigDecimal("26943.00").compareTo(assistant.cost()));
        assertTrue(assistant.notes().contains("Grade: B1/BAND B1"), assistant.notes());
        assertEquals("Civil Service HR", assistant.department());
        // The last child of post 33 is attached after the posts that report to it in the senior file.
        List<PositionId> under33 = chart.childrenOf(PositionId.of("33"));
        assertTrue(under33.indexOf(PositionId.of("staff-2")) >= 0);
        for (PositionId id : under33) {
            if (!id.value().startsWith("staff-")) {
                assertTrue(under33.indexOf(id) < under33.indexOf(PositionId.of("staff-2")));
            }
        }
        // A pool: every junior row with more than one post is one position of that many FTE.
        CsvTable junior = CsvImport.read(fixture("cabinet-office-2013-09-junior.csv"));
        int pools = 0;
        for (CsvRow r : junior.rows()) {
            BigDecimal posts = new BigDecimal(r.field(9).strip());
            Position p = chart.position(PositionId.of("staff-" + r.row()));
            assertEquals(0, posts.compareTo(p.fte()), p.toString());
            assertEquals(PositionId.of(r.field(4).strip()), p.reportsTo());
            assertEquals(r.field(8).strip(), p.title());
            BigDecimal middle = new BigDecimal(r.field(6)).add(new BigDecimal(r.field(7))).divide(BigDecimal.valueOf(2));
            assertEquals(0, middle.multiply(posts).setScale(2, java.math.RoundingMode.HALF_UP).compareTo(p.cost()));
            pools += posts.compareTo(BigDecimal.ONE) > 0 ? 1 : 0;
        }
        assertTrue(pools > 200, "pools: " + pools);
    }

    @Test
    void theUkSpaceAgencyPairAddsUpLikewise() throws Exception {
        ImportResult senior = importSenior("uk-space-agency");
        PairsAndGrades.Outcome pair = PairsAndGrades.finish(senior,
                CsvImport.read(fixture("uk-space-agency-2013-09-junior.csv")), null, Map.of());
        StaffRows.Result staff = pair.staff().orElseThrow();

        assertEquals(List.of(), staff.problems());
        assertEquals(21, staff.attached());
        assertEquals(0, new BigDecimal("21").compareTo(staff.fte()));
        assertEquals(0, totalFte(senior.chart()).add(new BigDecimal("21")).compareTo(totalFte(pair.chart())));
        assertEquals(0, new BigDecimal("40.6").compareTo(columnSum("uk-space-agency-2013-09-senior.csv", "FTE")
                .add(columnSum("uk-space-agency-2013-09-junior.csv", "Number of Posts in FTE"))));
    }

    @Test
    void cabinetOfficeGradesGoToTiersFromTheStructure() throws Exception {
        PairsAndGrades.Outcome pair = importPair("cabinet-office");
        Map<String, String> tierOf = new LinkedHashMap<>();
        pair.choices().forEach(c -> tierOf.put(c.grade(), c.tierId()));

        assertEquals(Templates.SENIOR, tierOf.get("SCS4"));
        assertEquals(Templates.SENIOR, tierOf.get("SCS3"));
        assertEquals(Templates.EXECUTIVE, tierOf.get("SCS2"));
        assertEquals(Templates.EXECUTIVE, tierOf.get("SCS1"));
        for (String junior : List.of("A/BAND A", "B1/BAND B1", "B2/BAND B2", "C/BAND C", "B/Faststream", "TIS1",
                "TIS2", "TIS3")) {
            assertEquals(Templates.STAFF, tierOf.get(junior), junior);
        }
        assertTrue(pair.choices().stream().allMatch(c -> c.source() == GradeTiers.Source.STRUCTURE));
        // Every graded position is in its grade's tier, and the chart's tiers now list the grades.
        Chart chart = pair.chart();
        Map<PositionId, String> grades = pair.grades().orElseThrow().gradeOf();
        List<String> without = new ArrayList<>();
        chart.inTreeOrder().forEach(p -> {
            if (!grades.containsKey(p.id())) {
                without.add(p.id() + " " + p.title() + " " + p.notes().replace('\n', '|'));
            }
        });
        assertEquals(List.of(), without);
        grades.forEach((id, g) -> assertEquals(tierOf.get(g), chart.position(id).tierId(), id + " " + g));
        assertEquals(List.of("SCS4", "SCS3"), chart.tier(Templates.SENIOR).orElseThrow().grades().stream()
                .filter(g -> g.startsWith("SCS")).toList());
        assertTrue(pair.gradeLines().contains("SCS3 → Senior Management (22 positions; at the top)"),
                pair.gradeLines().toString());
        assertTrue(pair.gradeLines().contains("SCS1 → Executive Management (184 positions; managers)"),
                pair.gradeLines().toString());
        assertTrue(pair.gradeLines().contains("A/BAND A → Staff (292 positions; the rest)"),
                pair.gradeLines().toString());
    }
}
