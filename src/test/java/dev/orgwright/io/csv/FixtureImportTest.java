package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real public export of d3-org-chart (Oracle's HR sample people): 107 rows, columns
 * id,parentId,name,lastName,position,image,email,... Images are remote URLs: nothing is fetched,
 * the URL is kept in the notes as text, like any other extra column.
 */
class FixtureImportTest {

    static final Path FIXTURE = locate();

    private static CsvTable table;
    private static ImportResult result;

    /** The copy under src/test/resources, with its origin and licence in the README beside it. */
    static Path locate() {
        try {
            return Path.of(FixtureImportTest.class.getResource("org-chart-sample.csv").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void importFixture() throws Exception {
        table = CsvImport.read(FIXTURE);
        result = CsvImport.importTable(table, ColumnMapping.detect(table.header(), ColumnMapping.Extras.NOTES),
                ImportOptions.titled("HR sample"));
    }

    @Test
    void everyRowIsImportedWithoutProblems() {
        assertEquals(',', table.delimiter());
        assertEquals("UTF-8", table.encoding());
        assertEquals(24, table.header().size());
        assertEquals(List.of(), result.problems());
        assertEquals(107, result.rowsRead());
        assertEquals(107, result.imported());
        assertEquals(0, result.refused());
        assertEquals(107, result.chart().size());
        assertEquals("107 rows read, 107 imported, 0 refused; no problems.", result.summary());
    }

    @Test
    void theColumnsAreFoundByTheirNames() {
        ColumnMapping m = result.mapping();
        assertEquals(ColumnRole.ID, m.role(m.columnNamed("id")));
        assertEquals(ColumnRole.MANAGER, m.role(m.columnNamed("parentId")));
        assertEquals(ColumnRole.FIRST_NAME, m.role(m.columnNamed("name")));
        assertEquals(ColumnRole.LAST_NAME, m.role(m.columnNamed("lastName")));
        assertEquals(ColumnRole.TITLE, m.role(m.columnNamed("position")));
        assertEquals(ColumnRole.DEPARTMENT, m.role(m.columnNamed("department_name")));
        assertEquals(ColumnRole.PHOTO, m.role(m.columnNamed("image")));
        assertEquals(ColumnRole.EMAIL, m.role(m.columnNamed("email")));
        assertEquals(ColumnRole.COST, m.role(m.columnNamed("salary")));
        assertEquals(ColumnRole.EXTRA_NOTE, m.role(m.columnNamed("department_id")));
        assertEquals("id (id), parentId (manager), name (holder's first name), lastName (holder's last name),"
                + " position (title), image (photo), email (holder's e-mail), salary (cost), department_name"
                + " (department); 15 other columns kept in notes.", m.describe());
    }

    @Test
    void oneRootStevenKingInSeniorManagement() {
        Chart chart = result.chart();
        assertEquals(List.of(PositionId.of("100")), chart.roots());
        Position king = chart.position(PositionId.of("100"));
        assertEquals("Steven King", king.holder());
        assertEquals("Chief Operating Officer", king.title());
        assertEquals("Executive", king.department());
        assertEquals(Templates.SENIOR, king.tierId());
    }

    @Test
    void holdersTitlesAndDepartmentsComeFromTheirColumns() {
        Position deHaan = result.chart().position(PositionId.of("102"));
        assertEquals("Lex De Haan", deHaan.holder());
        assertEquals("Administration Vice President", deHaan.title());
        assertEquals(PositionId.of("100"), deHaan.reportsTo());
        Position hunold = result.chart().position(PositionId.of("103"));
        assertEquals("Alexander Hunold", hunold.holder());
        assertEquals("IT", hunold.department());
        assertEquals(PositionId.of("102"), hunold.reportsTo());
        // The one row without a department_name.
        assertEquals(1, count(result.chart(), p -> p.department().isEmpty()));
        assertFalse(result.chart().inTreeOrder().iterator().next().isVacant());
    }

    @Test
    void tiersAreReadFromTheTitlesWithTheTemplatesTypicalTitles() {
        Map<String, String> tierByTitle = new HashMap<>();
        for (Position p : result.chart().inTreeOrder()) {
            tierByTitle.put(p.title(), p.tierId());
        }
        assertEquals(Templates.SENIOR, tierByTitle.get("Chief Operating Officer"));
        assertEquals(Templates.SENIOR, tierByTitle.get("Administration Vice President"));
        for (String manager : List.of("Finance Manager", "Purchasing Manager", "Stock Manager", "Sales Manager",
                "Marketing Manager", "Accounting Manager")) {
            assertEquals(Templates.EXECUTIVE, tierByTitle.get(manager), manager);
        }
        for (String staff : List.of("Programmer", "Sales Representative", "Stock Clerk", "Shipping Clerk",
                "Purchasing Clerk", "Accountant", "Public Accountant", "Administration Assistant",
                "Marketing Representative", "Human Resources Representative", "Public Relations Representative")) {
            assertEquals(Templates.STAFF, tierByTitle.get(staff), staff);
        }
        // 1 COO and 2 vice presidents; 5 stock, 5 sales and 4 other managers; everyone else does the work.
        assertEquals(3, count(result.chart(), p -> Templates.SENIOR.equals(p.tierId())));
        assertEquals(14, count(result.chart(), p -> Templates.EXECUTIVE.equals(p.tierId())));
        assertEquals(90, count(result.chart(), p -> Templates.STAFF.equals(p.tierId())));
        assertEquals(0, count(result.chart(), p -> p.tierId() == null));
        // Every title of this export is a typical title, so the reporting lines are not needed.
        assertEquals(new ImportResult.InferredTiers(true, 107, 0), result.inferred());
    }

    @Test
    void extraColumnsAreNotesAsTextAndNeverFetched() {
        String notes = result.chart().position(PositionId.of("100")).notes();
        assertTrue(notes.startsWith("Image: https://bumbeishvili.github.io/avatars/avatars/portrait12.png\n"
                + "Email: SKING\nPhone number: 515.123.4567\n"), notes);
        assertTrue(notes.contains("\nDepartment location country name: United States of America"), notes);
        assertFalse(notes.contains("Commission pct"), "empty cells add no line: " + notes);
    }

    @Test
    void extraColumnsCanBeIgnored() throws Exception {
        ImportResult ignored = CsvImport.importTable(table, ColumnMapping.detect(table.header(),
                ColumnMapping.Extras.IGNORE), ImportOptions.titled("HR sample"));
        assertEquals(107, ignored.imported());
        assertEquals(0, count(ignored.chart(), p -> p.notes().contains("Department location")));
    }

    @Test
    void siblingsKeepTheFileOrder() {
        List<PositionId> underKing = result.chart().childrenOf(PositionId.of("100"));
        List<String> expected = table.rows().stream().filter(r -> r.field(1).equals("100")).map(r -> r.field(0)).toList();
        assertEquals(expected, underKing.stream().map(PositionId::value).toList());
        assertTrue(underKing.size() > 2);
    }

    @Test
    void theImportedChartExportsAndImportsBackToItself() throws Exception {
        CsvTable exported = CsvImport.read(CsvExport.toBytes(result.chart()), "hr-export.csv", null);
        ImportResult again = CsvImport.importTable(exported, ColumnMapping.detect(exported.header(),
                ColumnMapping.Extras.NOTES), ImportOptions.titled("HR sample"));
        assertEquals(List.of(), again.problems());
        assertEquals(result.chart(), again.chart());
    }

    private static long count(Chart chart, java.util.function.Predicate<Position> test) {
        long n = 0;
        for (Position p : chart.inTreeOrder()) {
            n += test.test(p) ? 1 : 0;
        }
        return n;
    }
}
