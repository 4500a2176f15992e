package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.ImportProblem.Kind;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The UK government organogram's senior files, as published (see the README beside them),
 * imported with no column named by hand: one top post, the id and manager columns found, the
 * top-post mark "XX" no problem, the two junk columns left out.
 */
class OrganogramImportTest {

    static Path fixture(String name) {
        try {
            return Path.of(OrganogramImportTest.class.getResource("organograms/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cabinet-office-2013-09-senior.csv", "uk-space-agency-2013-09-senior.csv"})
    void aSeniorFileImportsIntoOneTopPost(String name) throws Exception {
        ImportResult r = CsvImport.importFile(fixture(name), ImportOptions.titled(name));

        ColumnMapping m = r.mapping();
        assertEquals("Post Unique Reference", m.headerName(m.column(ColumnRole.ID).orElseThrow()));
        assertEquals("Reports to Senior Post", m.headerName(m.column(ColumnRole.MANAGER).orElseThrow()));
        Chart chart = r.chart();
        assertEquals(1, chart.roots().size(), "one top post");
        PositionId top = chart.roots().get(0);
        assertEquals(chart.size(), chart.subtree(top).size(), "every imported post is under the top post");
        assertFalse(r.isFlat());
        assertTrue(r.problems().stream().noneMatch(p -> p.kind() == Kind.MISSING_MANAGER
                || p.kind() == Kind.AMBIGUOUS_MANAGER || p.kind() == Kind.CYCLE), r.problems().toString());
        assertEquals(0, r.figures().unresolved());
        assertTrue(r.figures().levels() >= 3, r.figures().describe());
    }

    @Test
    void theCabinetOfficeTopPostIsMarkedXx() throws Exception {
        ImportResult r = CsvImport.importFile(fixture("cabinet-office-2013-09-senior.csv"),
                ImportOptions.titled("Cabinet Office"));
        assertEquals(List.of(PositionId.of("405")), r.chart().roots(), "the row whose manager is 'xx'");
        assertEquals(6, r.figures().levels());
    }

    @Test
    void theSpaceAgencyTopPostIsTheChiefExecutive() throws Exception {
        ImportResult r = CsvImport.importFile(fixture("uk-space-agency-2013-09-senior.csv"),
                ImportOptions.titled("UK Space Agency"));
        assertEquals(List.of(PositionId.of("1")), r.chart().roots());
        assertEquals("Chief Executive", r.chart().position(PositionId.of("1")).title());
        assertEquals(new ImportFigures(20, 20, 1, 3, 0, 0), r.figures(), "every post of the file is held");
        assertEquals(List.of(), r.problems());
    }

    @Test
    void theJunkColumnsAreLeftOutAndTheReportSaysWhyForEachChoice() throws Exception {
        ImportResult r = CsvImport.importFile(fixture("uk-space-agency-2013-09-senior.csv"),
                ImportOptions.titled("UK Space Agency"));
        ColumnMapping m = r.mapping();
        assertEquals(ColumnRole.IGNORED, m.role(0));
        assertEquals(ColumnRole.IGNORED, m.role(16));
        assertEquals(List.of(
                "Column 1 has no name and holds the row numbers 0, 1, 2, …; it was left out.",
                "'Post Unique Reference' holds the ids: its name says so, and its 20 values are all different.",
                "'Reports to Senior Post' holds the managers: its name says so, and 19 of its 19 values name another"
                        + " row by its id.",
                "Column 17 has no name and nothing in it but zeros; it was left out."), m.explanations());
        String notes = r.chart().position(PositionId.of("1")).notes();
        assertFalse(notes.contains("Column 1:") || notes.contains("Column 17:"), notes);
    }

    @Test
    void everyNameTheIssueListsIsKnown() {
        assertKnown(ColumnRole.ID, "Post Unique Reference", "Position ID", "Employee Number", "Worker ID",
                "Person Number");
        assertKnown(ColumnRole.MANAGER, "Reports to Senior Post", "Reporting Senior Post", "Supervisor",
                "Line Manager", "Manager Email", "Reports To (Email)", "Parent Position");
        assertKnown(ColumnRole.FTE, "FTE", "Number of Posts in FTE", "Headcount");
        assertKnown(ColumnRole.GRADE, "Grade", "Band", "Level", "Pay Grade");
        assertKnown(ColumnRole.DUTIES, "Job/Team Function", "Job Description", "Purpose");
        assertKnown(ColumnRole.EMAIL, "Contact E-mail", "Email");
    }

    private static void assertKnown(ColumnRole role, String... headers) {
        for (String h : headers) {
            ColumnMapping m = ColumnMapping.detect(List.of(h, "Title"), ColumnMapping.Extras.NOTES);
            assertEquals(role, m.role(0), h);
        }
    }

    @Test
    void everyRoleHasItsOwnStableKey() {
        Set<String> keys = new HashSet<>();
        for (ColumnRole role : ColumnRole.values()) {
            assertTrue(keys.add(role.key()), "a second role with the key " + role.key());
            assertEquals(role, ColumnRole.byKey(role.key()).orElseThrow());
            assertEquals(role, ColumnRole.byKey(" " + role.key().toUpperCase(java.util.Locale.ROOT)).orElseThrow());
        }
        assertEquals(List.of("id", "manager", "name", "first-name", "last-name", "title", "department", "tier",
                "duties", "notes", "fte", "grade", "cost", "pay-floor", "pay-ceiling", "email", "status", "photo",
                "field", "extra", "ignore"), java.util.Arrays.stream(ColumnRole.values()).map(ColumnRole::key).toList());
        assertTrue(ColumnRole.byKey("boss").isEmpty());
    }
}
