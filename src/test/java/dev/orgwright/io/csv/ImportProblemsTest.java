package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.ImportProblem.Kind;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of problem row: its spreadsheet row number, its sentence, and what became of the rest. */
class ImportProblemsTest {

    private static PositionId id(String v) {
        return PositionId.of(v);
    }

    /**
     * The one problem of a row. Many files here are flat (no manager column, or no manager found),
     * which is a problem of the whole file, tested in {@code ColumnDetectionTest}; it is left aside.
     */
    private static ImportProblem only(ImportResult r) {
        List<ImportProblem> rows = r.problems().stream().filter(p -> p.kind() != Kind.NO_REPORTING_LINES).toList();
        assertEquals(1, rows.size(), r.problems().toString());
        return rows.get(0);
    }

    @Test
    void blankRowsAreSkippedAndCounted() throws Exception {
        ImportResult r = Csv.importText("id,manager id,title\n1,,CEO\n\n,,\n2,1,CFO\n");
        assertEquals(List.of(
                new ImportProblem(3, null, Kind.BLANK_ROW, true, "Row 3 is blank; it was skipped."),
                new ImportProblem(4, null, Kind.BLANK_ROW, true, "Row 4 is blank; it was skipped.")), r.problems());
        assertEquals(4, r.rowsRead());
        assertEquals(2, r.imported());
        assertEquals(2, r.refused());
        assertEquals(List.of(id("2")), r.chart().childrenOf(id("1")));
    }

    @Test
    void aMissingIdRefusesTheRow() throws Exception {
        ImportProblem p = only(Csv.importText("id,title\n1,CEO\n  ,CFO\n3,COO\n"));
        assertEquals(new ImportProblem(3, "id", Kind.MISSING_ID, true, "Row 3, column 'id': the id is empty; the row"
                + " was not imported. Give the position an id that no other row has."), p);
    }

    @Test
    void aRepeatedIdKeepsTheLaterRowUnderANewIdAndReportsNameTheFirst() throws Exception {
        ImportResult r = Csv.importText("Employee ID,Manager ID,Title\n7,,CEO\n8,7,CFO\n7,7,COO\n7~2,7,CTO\n"
                + "9,7,CIO\n7,9,CMO\n");
        List<ImportProblem> problems = r.problems();
        assertEquals("Row 4, column 'Employee ID': the id '7' is already used by row 2; this row was imported as"
                + " '7~3', and managers named '7' are row 2. Give one of them another id in the file.",
                problems.get(0).message());
        assertEquals(Kind.DUPLICATE_ID, problems.get(0).kind());
        assertFalse(problems.get(0).refused());
        // "7~2" is a row of its own, so the repeats skip it.
        assertEquals("Row 7, column 'Employee ID': the id '7' is already used by row 2; this row was imported as"
                + " '7~4', and managers named '7' are row 2. Give one of them another id in the file.",
                problems.get(1).message());
        assertEquals(2, problems.size());
        assertEquals("CEO", r.chart().position(id("7")).title());
        assertEquals("COO", r.chart().position(id("7~3")).title());
        assertEquals("CTO", r.chart().position(id("7~2")).title());
        assertEquals("CMO", r.chart().position(id("7~4")).title());
        // Reports that name 7 report to the first row; the repeated row keeps its own manager.
        for (String report : List.of("8", "7~3", "7~2", "9")) {
            assertEquals(id("7"), r.chart().position(id(report)).reportsTo(), report);
        }
        assertEquals(id("9"), r.chart().position(id("7~4")).reportsTo());
        assertEquals("6 rows read, 6 imported, 0 refused; 2 problems.", r.summary());
    }

    @Test
    void aManagerThatDoesNotExistMakesARootAndIsReported() throws Exception {
        ImportResult r = Csv.importText("id,parentId,name,title\n1,,Ana Costa,CEO\n2,99,Ola Nowak,Programmer\n");
        ImportProblem p = only(r);
        assertEquals(new ImportProblem(3, "parentId", Kind.MISSING_MANAGER, false, "Row 3, column 'parentId': the"
                + " manager '99' is neither an id nor a person's name in this file; position '2' (Programmer,"
                + " Ola Nowak) was imported as a top position."), p);
        assertEquals(List.of(id("1"), id("2")), r.chart().roots());
        assertEquals(2, r.imported());
    }

    @Test
    void aManagerWhoseRowWasRefusedIsNamedAsSuch() throws Exception {
        ImportResult r = Csv.importText("id,manager id,title\n1,,CEO,extra\n2,1,CFO\n");
        assertEquals(List.of(
                "Row 2 has 4 fields where the header has 3, so its values cannot be matched to the columns; the"
                        + " row was not imported. A value that contains a comma needs quotes around it.",
                "Row 3, column 'manager id': the manager '1' is the id on row 2, which was not imported;"
                        + " position '2' (CFO) was imported as a top position."),
                r.problems().stream().map(ImportProblem::message).toList());
        assertEquals(List.of(Kind.WRONG_FIELD_COUNT, Kind.MISSING_MANAGER),
                r.problems().stream().map(ImportProblem::kind).toList());
    }

    @Test
    void tooFewFieldsAreReadAsEmptyAndReported() throws Exception {
        ImportResult r = Csv.importText("id,manager id,title,department\n1,,CEO,Board\n2,1,CFO\n");
        assertEquals(new ImportProblem(3, null, Kind.WRONG_FIELD_COUNT, false, "Row 3 has 3 fields where the header"
                + " has 4; the missing ones at the end were read as empty."), only(r));
        assertEquals(2, r.imported());
        assertEquals("", r.chart().position(id("2")).department());
    }

    @Test
    void aCycleIsBrokenAtItsFirstRow() throws Exception {
        ImportResult r = Csv.importText("id,manager id,title\nceo,,CEO\na,c,Head of A\nb,a,Head of B\nc,b,Head of C\n"
                + "d,c,Analyst\n");
        assertEquals(new ImportProblem(3, "manager id", Kind.CYCLE, false, "Row 3, column 'manager id': positions"
                + " 'a' → 'c' → 'b' → 'a' report to each other in a circle; position 'a' (Head of A) was imported"
                + " as a top position to break it. Choose its manager in the chart."), only(r));
        Chart chart = r.chart();
        assertEquals(List.of(id("ceo"), id("a")), chart.roots());
        assertEquals(List.of(id("c"), id("b"), id("a")), chart.chainOfCommand(id("d")));
        assertEquals(5, r.imported());
    }

    @Test
    void aPositionThatManagesItselfBesideAMarkedTopPostIsARoot() throws Exception {
        ImportProblem p = only(Csv.importText("id,manager id,title\n1,,Chair\n2,2,CEO\n"));
        assertEquals("Row 3, column 'manager id': position '2' (CEO) is its own manager; it was imported as a top"
                + " position.", p.message());
        assertEquals(Kind.CYCLE, p.kind());
    }

    @Test
    void anUnknownTierIsReportedAndLeftEmpty() throws Exception {
        ImportResult r = Csv.importText("id,title,tier\n1,CEO,senior management\n2,Head of Sales,EXECUTIVE\n"
                + "3,Chair,Board\n4,Chief Financial Officer,\n");
        assertEquals(new ImportProblem(4, "tier", Kind.UNKNOWN_TIER, false, "Row 4, column 'tier': 'Board' is not a"
                + " tier of this chart (Senior Management, Executive Management, Staff); the position was imported"
                + " without a tier."), only(r));
        assertEquals(Templates.SENIOR, r.chart().position(id("1")).tierId());
        assertEquals(Templates.EXECUTIVE, r.chart().position(id("2")).tierId());
        assertNull(r.chart().position(id("3")).tierId());
        assertNull(r.chart().position(id("4")).tierId(), "an empty tier cell means no tier, not a guess");
    }

    @Test
    void anUnclosedQuoteRefusesItsRowAndSaysWhere() throws Exception {
        ImportResult r = Csv.importText("id,title,notes\n1,CEO,\"fine\"\n2,CFO,\"never closed\n3,COO,x\n");
        assertEquals(new ImportProblem(3, "notes", Kind.UNCLOSED_QUOTE, true, "Row 3, column 'notes': a quote opens"
                + " a value that is never closed, so the rest of the file was read as part of this row; the row was"
                + " not imported. Close the quote (a quote inside a quoted value is written twice: \"\")."), only(r));
        assertEquals(1, r.imported());
    }

    @Test
    void anEmptyTitleGetsAPlaceholderAndIsReported() throws Exception {
        ImportResult r = Csv.importText("id,title\n1,\n");
        assertEquals(new ImportProblem(2, "title", Kind.MISSING_TITLE, false, "Row 2, column 'title': the title is"
                + " empty; the position was imported as 'Untitled position'."), only(r));
        assertEquals("Untitled position", r.chart().position(id("1")).title());
    }

    @Test
    void problemRowNumbersCountAQuotedMultiLineValueAsOneRow() throws Exception {
        ImportResult r = Csv.importText("id,title,notes\n1,CEO,\"a\nb\nc\"\n2,CFO,\n2,COO,\n");
        assertEquals(4, only(r).row(), "row 4 as a spreadsheet shows it, though it is line 6 of the file");
        assertTrue(only(r).message().startsWith("Row 4, column 'id': the id '2' is already used by row 3;"));
    }

    @Test
    void managerByNameWhenNoIdMatches() throws Exception {
        ImportResult r = Csv.importText("Employee,Job Title,Reports To\nAna Costa,CEO,\nOla Nowak,CFO,ana  costa\n"
                + "Kim Park,Accountant,Ola Nowak\n");
        assertEquals(List.of(), r.problems());
        Chart chart = r.chart();
        assertEquals(List.of(id("row-2")), chart.roots());
        assertEquals(List.of(id("row-3"), id("row-2")), chart.chainOfCommand(id("row-4")));
        assertEquals("Kim Park", chart.position(id("row-4")).holder());
    }

    @Test
    void anIdWinsOverANameAndASharedNameIsAmbiguous() throws Exception {
        ImportResult r = Csv.importText("id,manager,name,title\n"
                + "Sam,,Ana Costa,CEO\n"
                + "2,Sam,Sam,CFO\n"
                + "3,Sam,Sam,COO\n"
                + "4,Sam Berg,Kim Park,Analyst\n"
                + "5,Sam Berg,Lee Park,Analyst\n"
                + "6,x,Sam Berg,Clerk\n"
                + "7,x,Sam Berg,Clerk\n");
        Chart chart = r.chart();
        assertEquals(id("Sam"), chart.position(id("2")).reportsTo(), "the id 'Sam' wins over the people named Sam");
        // Four of six managers not found: more than a fifth, so the whole file gets a problem too.
        assertEquals(List.of(Kind.NO_REPORTING_LINES, Kind.AMBIGUOUS_MANAGER, Kind.AMBIGUOUS_MANAGER,
                Kind.MISSING_MANAGER, Kind.MISSING_MANAGER), r.problems().stream().map(ImportProblem::kind).toList());
        assertEquals("Row 5, column 'manager': the manager 'Sam Berg' is the name of 2 people (rows 7 and 8);"
                + " position '4' (Analyst, Kim Park) was imported as a top position. Put the manager's id in this"
                + " cell instead.", r.problems().get(1).message());
        assertTrue(chart.position(id("4")).isRoot());
    }

    @Test
    void dutiesAreSplitOnSemicolonsAndBars() throws Exception {
        ImportResult r = Csv.importText("id,title,duties\n1,Head of Sales,\"Runs the weekly meeting; Meets the"
                + " targets | Coaches the team;;\"\n");
        assertEquals(List.of(Duty.of("Runs the weekly meeting"), Duty.of("Meets the targets"),
                Duty.of("Coaches the team")), r.chart().position(id("1")).duties());
    }

    @Test
    void progressIsToldAndTheCountsAddUp() throws Exception {
        CsvTable table = Csv.read("id,title\n1,A\n2,B\n\n");
        List<String> seen = new java.util.ArrayList<>();
        ImportResult r = CsvImport.importTable(table, ColumnMapping.detect(table.header(), ColumnMapping.Extras.NOTES),
                ImportOptions.titled("x"), (done, total) -> seen.add(done + "/" + total));
        assertEquals(List.of("0/3", "3/3"), seen, "the empty line before the end is a blank row");
        assertEquals(3, r.rowsRead());
        assertEquals(2, r.imported());
        assertEquals(1, r.refused());
    }

    @Test
    void anInterruptedImportIsCancelled() throws Exception {
        CsvTable table = Csv.read("id,title\n1,A\n");
        Thread.currentThread().interrupt();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                    () -> CsvImport.importTable(table, ColumnMapping.detect(table.header(),
                            ColumnMapping.Extras.NOTES), ImportOptions.titled("x")));
        } finally {
            Thread.interrupted();
        }
    }
}
