package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real public export of d3-org-chart (Oracle's HR sample people): 107 rows, columns
 * id,parentId,name,lastName,position,image,email,... The salary fills the cost; the e-mail,
 * phone and commission become private fields, the other extra columns public ones. Images are
 * remote URLs: nothing is fetched, the URL is kept as text in a field, not as a photo.
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
        result = CsvImport.importTable(table, ColumnMapping.detect(table.header(), ColumnMapping.Extras.FIELDS),
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
        assertEquals(ColumnRole.CUSTOM_FIELD, m.role(m.columnNamed("department_id")));
        assertEquals("id (id), parentId (manager), name (holder's first name), lastName (holder's last name),"
                + " position (title), image (photo), email (holder's e-mail), salary (cost), department_name"
                + " (department); 15 other columns kept as own fields.", m.describe());
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
    void theSalaryFillsTheCostOfEveryPosition() {
        Position king = result.chart().position(PositionId.of("100"));
        assertEquals(new BigDecimal("24000"), king.cost());
        assertEquals(0, new BigDecimal("17000").compareTo(result.chart().position(PositionId.of("101")).cost()));
        int salaries = 0;
        for (CsvRow r : table.rows()) {
            BigDecimal salary = new BigDecimal(r.field(table.header().indexOf("salary")));
            assertEquals(0, salary.compareTo(result.chart().position(PositionId.of(r.field(0))).cost()), r.field(0));
            salaries++;
        }
        assertEquals(107, salaries);
    }

    @Test
    void personalColumnsArePrivateFieldsNotNotes() {
        Map<String, FieldDefinition> byName = new HashMap<>();
        result.chart().fields().forEach(f -> byName.put(f.name(), f));
        for (String personal : List.of("E-mail", "Phone number", "Commission pct", "Job min salary", "Job max salary",
                "Department location street address", "Department location postal code")) {
            assertTrue(byName.get(personal).isPrivate(), personal);
        }
        for (String open : List.of("Hire date", "Job id", "Department id", "Location state",
                "Department location country name", "Image")) {
            assertFalse(byName.get(open).isPrivate(), open);
        }
        assertEquals(FieldType.DATE, byName.get("Hire date").type());
        assertEquals(FieldType.NUMBER, byName.get("Commission pct").type());
        assertEquals(FieldType.TEXT, byName.get("Phone number").type());
        assertEquals(FieldType.CHOICE, byName.get("Department location country name").type());
        Position king = result.chart().position(PositionId.of("100"));
        assertEquals("", king.notes(), "nothing of the extra columns lands in the notes");
        assertEquals(Optional.of("SKING"), king.fieldValues().get("email"));
        assertEquals(Optional.of("515.123.4567"), king.fieldValues().get(byName.get("Phone number").id()));
        assertEquals(Optional.of("2003-07-16"), king.fieldValues().get(byName.get("Hire date").id()));
        assertEquals(Optional.empty(), king.fieldValues().get(byName.get("Commission pct").id()), "an empty cell");
        Position russell = result.chart().position(PositionId.of("145"));
        assertEquals(Optional.of(new BigDecimal("0.4")), russell.fieldValues().get(byName.get("Commission pct").id()));
        for (Position p : result.chart().inTreeOrder()) {
            assertEquals("", p.notes(), p.id().value());
        }
    }

    @Test
    void remoteImagesAreNeverFetchedNorPhotosButKeptAsText() {
        Position king = result.chart().position(PositionId.of("100"));
        assertEquals("", king.photo());
        FieldDefinition image = result.chart().fields().stream().filter(f -> f.name().equals("Image")).findFirst()
                .orElseThrow();
        assertEquals(FieldType.TEXT, image.type());
        assertEquals(Optional.of("https://bumbeishvili.github.io/avatars/avatars/portrait12.png"),
                king.fieldValues().get(image.id()));
    }

    @Test
    void extraColumnsCanStillBeKeptInTheNotes() throws Exception {
        ImportResult notes = CsvImport.importTable(table, ColumnMapping.detect(table.header(),
                ColumnMapping.Extras.NOTES), ImportOptions.titled("HR sample"));
        String text = notes.chart().position(PositionId.of("100")).notes();
        assertTrue(text.startsWith("Phone number: 515.123.4567\nHire date: 2003-07-16T19:00:00.000Z\n"), text);
        assertFalse(text.contains("Commission pct"), "empty cells add no line: " + text);
        // The columns with a role of their own are read into the chart, not the notes.
        assertFalse(text.contains("SKING") || text.contains("24000") || text.contains("portrait12"), text);
        assertEquals(List.of("image", "email"), notes.chart().fields().stream().map(FieldDefinition::id).toList());
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
                ColumnMapping.Extras.FIELDS), ImportOptions.titled("HR sample").withFields(result.chart().fields()));
        assertEquals(List.of(), again.problems());
        // Without private values asked for, the file has no cost and no private field.
        assertEquals(result.chart().size(), again.chart().size());
        for (Position p : result.chart().inTreeOrder()) {
            FieldValues open = p.fieldValues();
            for (FieldDefinition f : result.chart().fields()) {
                open = f.isPrivate() ? open.without(f.id()) : open;
            }
            assertEquals(p.withCost(null).withFieldValues(open), again.chart().position(p.id()), p.id().value());
        }

        CsvTable full = CsvImport.read(CsvExport.toBytes(result.chart(), true), "hr-export.csv", null);
        ImportResult whole = CsvImport.importTable(full, ColumnMapping.detect(full.header(),
                ColumnMapping.Extras.FIELDS), ImportOptions.titled("HR sample").withFields(result.chart().fields()));
        assertEquals(List.of(), whole.problems());
        assertEquals(result.chart(), whole.chart());
    }

    private static long count(Chart chart, java.util.function.Predicate<Position> test) {
        long n = 0;
        for (Position p : chart.inTreeOrder()) {
            n += test.test(p) ? 1 : 0;
        }
        return n;
    }
}
