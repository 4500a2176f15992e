package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Cabinet Office's senior organogram of September 2013, as published: placeholders in the
 * Name column, pay bands of 0 to 0, FTE below 1, contact details, a repeated id. The id and
 * manager columns are named here; finding them is the column detection's job. Every expected
 * figure is counted from the file itself, not copied from the importer.
 */
class OrganogramCellsTest {

    private static CsvTable table;
    private static ImportResult result;
    /** The id each data row was imported under, in row order. */
    private static List<PositionId> idOfRow;

    static Path organogram() {
        try {
            return Path.of(OrganogramCellsTest.class.getResource("organograms/cabinet-office-2013-09-senior.csv").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void importIt() throws Exception {
        table = CsvImport.read(organogram());
        ColumnMapping m = ColumnMapping.detect(table.header(), ColumnMapping.Extras.FIELDS);
        m = m.withRole(m.columnNamed("Post Unique Reference"), ColumnRole.ID)
                .withRole(m.columnNamed("Reports to Senior Post"), ColumnRole.MANAGER);
        result = CsvImport.importTable(table, m, ImportOptions.titled("Cabinet Office"));
        idOfRow = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int idColumn = column("Post Unique Reference");
        for (CsvRow r : table.rows()) {
            String id = r.field(idColumn).strip();
            idOfRow.add(PositionId.of(seen.add(id) ? id : id + "~2"));
        }
    }

    private static int column(String header) {
        return table.header().indexOf(header);
    }

    private static String nameKey(CsvRow r) {
        return r.field(column("Name")).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    @Test
    void everySeniorRowIsKeptTheRepeatedIdUnderANewOne() {
        assertEquals(278, table.rows().size());
        assertEquals(table.rows().size(), result.imported());
        assertEquals(table.rows().size(), result.chart().size());
        assertEquals(0, result.refused());
        assertEquals(new HashSet<>(idOfRow).size(), idOfRow.size());
        assertTrue(idOfRow.contains(PositionId.of("270~2")), "the file repeats id 270");
        for (PositionId id : idOfRow) {
            assertTrue(result.chart().contains(id), id.value());
        }
        assertTrue(result.problems().stream().anyMatch(p -> p.kind() == ImportProblem.Kind.DUPLICATE_ID
                && p.message().contains("imported as '270~2'")), result.problems().toString());
    }

    @Test
    void vacanciesClosingAndUndisclosedAreCountedAsTheFileSays() {
        int vacant = 0;
        int undisclosed = 0;
        int closing = 0;
        for (CsvRow r : table.rows()) {
            switch (nameKey(r)) {
                case "vacant" -> vacant++;
                case "nd" -> undisclosed++;
                case "eliminated" -> closing++;
                default -> { }
            }
        }
        assertTrue(vacant > 0 && undisclosed > 0 && closing > 0);
        assertEquals(vacant, result.vacancies());
        assertEquals(undisclosed, result.undisclosed());
        assertEquals(closing, result.closing());
        assertEquals("Holders: " + vacant + " vacancies, " + undisclosed + " not disclosed; " + closing
                + " positions closing.", result.holderSummary());
        for (int i = 0; i < table.rows().size(); i++) {
            CsvRow r = table.rows().get(i);
            Position p = result.chart().position(idOfRow.get(i));
            String key = nameKey(r);
            assertEquals(key.equals("nd"), p.isHolderUndisclosed(), r.row() + ": " + key);
            assertEquals(key.equals("eliminated") ? PositionStatus.CLOSING : null, p.status(), r.row() + ": " + key);
            assertEquals(key.equals("vacant") || key.equals("eliminated"), p.isVacant(), r.row() + ": " + key);
            if (Set.of("nd", "vacant", "eliminated").contains(key)) {
                assertEquals("", p.holder(), "a placeholder is never a name");
            } else {
                assertEquals(r.field(column("Name")).strip(), p.holder());
            }
        }
    }

    @Test
    void fteComesFromTheFteColumnAndCostIsTheBandMidpointTimesFte() {
        int zeroBands = 0;
        int costed = 0;
        for (int i = 0; i < table.rows().size(); i++) {
            CsvRow r = table.rows().get(i);
            Position p = result.chart().position(idOfRow.get(i));
            BigDecimal fte = new BigDecimal(r.field(column("FTE")).strip());
            assertEquals(0, fte.compareTo(p.fte()), r.row() + ": FTE");
            BigDecimal floor = new BigDecimal(r.field(column("Actual Pay Floor (£)")).strip());
            BigDecimal ceiling = new BigDecimal(r.field(column("Actual Pay Ceiling (£)")).strip());
            if (floor.signum() == 0 && ceiling.signum() == 0) {
                zeroBands++;
                assertNull(p.cost(), r.row() + ": a band of 0 to 0 is not disclosed, not free");
            } else {
                costed++;
                BigDecimal expected = floor.add(ceiling).multiply(fte).divide(BigDecimal.valueOf(2), 2,
                        RoundingMode.HALF_UP);
                assertNotNull(p.cost(), r.row() + ": cost");
                assertEquals(0, expected.compareTo(p.cost()), r.row() + ": " + expected + " vs " + p.cost());
            }
        }
        assertTrue(zeroBands > 100 && costed > 50, zeroBands + " / " + costed);
        int partTime = 0;
        for (Position p : result.chart().inTreeOrder()) {
            partTime += p.fte().compareTo(BigDecimal.ONE) < 0 ? 1 : 0;
        }
        assertTrue(partTime > 0, "some posts are part-time");
    }

    @Test
    void contactDetailsAndPayArePrivateFieldsTheGradeIsNot() {
        Map<String, FieldDefinition> byName = new HashMap<>();
        result.chart().fields().forEach(f -> byName.put(f.name(), f));
        for (String personal : List.of("Contact Phone", "E-mail", "Salary Cost of Reports (£)")) {
            assertTrue(byName.get(personal).isPrivate(), personal);
        }
        for (String open : List.of("Grade", "Parent Department", "Organisation", "Professional/Occupational Group")) {
            assertFalse(byName.get(open).isPrivate(), open);
        }
        Chart chart = result.chart();
        FieldDefinition email = byName.get("E-mail");
        Position first = chart.position(idOfRow.get(0));
        assertEquals(table.rows().get(0).field(column("Contact E-mail")).strip(),
                first.fieldValues().get(email.id()).orElseThrow());
        for (Position p : chart.inTreeOrder()) {
            assertFalse(p.notes().contains("@"), "no contact detail in the notes: " + p.notes());
        }
    }
}
