package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.ImportProblem.Kind;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Columns found by their values when the names leave them open, managers found by id, name or
 * e-mail, the top-post marks, junk columns, and the problem of a flat chart.
 */
class ColumnDetectionTest {

    private static PositionId id(String v) {
        return PositionId.of(v);
    }

    /** Imports {@code text} as the import does by default: names first, then the values. */
    static ImportResult importDetected(String text) throws Exception {
        CsvTable table = Csv.read(text);
        return CsvImport.importTable(table, ColumnMapping.detect(table, ColumnMapping.Extras.NOTES),
                ImportOptions.titled("Test"));
    }

    private static List<Kind> kinds(ImportResult r) {
        return r.problems().stream().map(ImportProblem::kind).toList();
    }

    @Test
    void unknownHeadersAreReadFromTheirValuesAndTheReasonIsGiven() throws Exception {
        ImportResult r = importDetected("Ref,Person,Job,Reports,Dept\nA1,Ana Costa,CEO,XX,Board\n"
                + "B2,Bo Ek,CFO,A1,Finance\nC3,Kim Park,Clerk,B2,Finance\nD4,Li Wu,Clerk,B2,Finance\n");

        ColumnMapping m = r.mapping();
        assertEquals(ColumnRole.ID, m.role(0));
        assertEquals(ColumnRole.MANAGER, m.role(3));
        assertEquals(List.of(
                "'Ref' holds the ids: no column is named as one, but its 4 values are all different and the manager"
                        + " column names them.",
                "'Reports' holds the managers: no column is named as one, but 3 of its 3 values name another row"
                        + " by its id."), m.explanations());
        assertEquals(List.of(), r.problems());
        Chart chart = r.chart();
        assertEquals(List.of(id("A1")), chart.roots());
        assertEquals(List.of(id("B2"), id("A1")), chart.chainOfCommand(id("D4")));
    }

    @Test
    void theCandidatesNotChosenKeepWhatTheExtrasSay() throws Exception {
        CsvTable table = Csv.read("Code,Ref,Job,Upline\nx1,A,CEO,\nx2,B,CFO,A\nx3,C,Clerk,B\n");
        ColumnMapping m = ColumnMapping.detect(table, ColumnMapping.Extras.IGNORE);
        assertEquals(List.of(ColumnRole.IGNORED, ColumnRole.ID, ColumnRole.TITLE, ColumnRole.MANAGER), m.roles(),
                "Code was tried as the id and stays ignored");
    }

    @Test
    void managerCandidatesAreRankedAndTheNextBestIsNamed() throws Exception {
        // 'Upline' names three of three rows, 'Buddy' two of three: Upline wins.
        ImportResult r = importDetected("id,title,Buddy,Upline\n1,CEO,,\n2,CFO,3,1\n3,COO,9,1\n4,Clerk,2,2\n");

        assertEquals(ColumnRole.MANAGER, r.mapping().role(3));
        assertEquals(ColumnRole.EXTRA_NOTE, r.mapping().role(2));
        assertEquals("'Upline' holds the managers: no column is named as one, but 3 of its 3 values name another"
                + " row by its id (next best: 'Buddy', 2 of 3).", r.mapping().explanations().get(1));
        assertEquals(id("2"), r.chart().position(id("4")).reportsTo());
    }

    @Test
    void aColumnOfNamesIsTheManagerColumnWithoutAnyId() throws Exception {
        ImportResult r = importDetected("Person,Job,Upline\nAna Costa,CEO,\nBo Ek,CFO,'Ana Costa'\n"
                + "Kim Park,Clerk, bo  EK \n");

        assertEquals(ColumnRole.MANAGER, r.mapping().role(2));
        assertTrue(r.mapping().column(ColumnRole.ID).isEmpty(), "no column is unique and id-like");
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(id("row-3"), id("row-2")), r.chart().chainOfCommand(id("row-4")));
    }

    @Test
    void managersGivenByEmailConnect() throws Exception {
        ImportResult r = importDetected("Employee ID,Name,Title,Manager Email,Email\n"
                + "1,Ana Costa,CEO,,ana@example.com\n"
                + "2,Bo Ek,CFO,ANA@example.com,bo@example.com\n"
                + "3,Kim Park,Clerk,\"bo@example.com \",kim@example.com\n"
                + "4,Li Wu,Clerk,'bo@example.com',li@example.com\n");

        assertEquals(ColumnRole.MANAGER, r.mapping().role(3));
        assertEquals(ColumnRole.EMAIL, r.mapping().role(4));
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(id("1")), r.chart().roots());
        assertEquals(id("2"), r.chart().position(id("4")).reportsTo());
        assertTrue(r.mapping().explanations().contains("'Manager Email' holds the managers: its name says so, and"
                + " 3 of its 3 values name another row by its e-mail."), r.mapping().explanations().toString());
    }

    @Test
    void managersAreFoundByIdThenNameThenEmailWhateverTheCaseAndQuotes() throws Exception {
        ImportResult r = importDetected("id,manager,name,email,title\n"
                + "A1,,Ana Costa,ana@example.com,CEO\n"
                + "b2,' a1 ',Bo Ek,bo@example.com,CFO\n"
                + "c3,B2,Kim Park,kim@example.com,Head of Sales\n"
                + "d4,KIM PARK,Li Wu,li@example.com,Clerk\n"
                + "e5,\"Li@Example.com\",Ed Moe,ed@example.com,Clerk\n");

        assertEquals(List.of(), r.problems());
        Chart chart = r.chart();
        assertEquals(List.of(id("d4"), id("c3"), id("b2"), id("A1")), chart.chainOfCommand(id("e5")));
    }

    @Test
    void aSharedEmailIsAmbiguousAndListsItsRows() throws Exception {
        ImportResult r = importDetected("id,manager,name,email,title\n1,,Ana Costa,office@example.com,CEO\n"
                + "2,1,Bo Ek,office@example.com,CFO\n3,office@example.com,Kim Park,kim@example.com,Clerk\n");

        ImportProblem p = r.problems().stream().filter(x -> x.kind() == Kind.AMBIGUOUS_MANAGER).findFirst()
                .orElseThrow();
        assertEquals("Row 4, column 'manager': the manager 'office@example.com' is the e-mail of 2 people (rows 2"
                + " and 3); position '3' (Clerk, Kim Park) was imported as a top position. Put the manager's id in"
                + " this cell instead.", p.message());
    }

    @Test
    void topPostMarksAreNoProblem() throws Exception {
        for (String mark : List.of("", "XX", "xx", "none", "None", "n/a", "N/A", "-", "0", " 'XX' ")) {
            ImportResult r = importDetected("id,manager,title\n1,\"" + mark + "\",CEO\n2,1,CFO\n3,1,COO\n");
            assertEquals(List.of(), r.problems(), "the mark '" + mark + "'");
            assertEquals(List.of(id("1")), r.chart().roots(), "the mark '" + mark + "'");
        }
    }

    @Test
    void aMarkThatIsAlsoAnIdNamesThatRow() throws Exception {
        ImportResult zero = importDetected("id,manager,title\n0,,CEO\n1,0,CFO\n2,0,COO\n");
        assertEquals(id("0"), zero.chart().position(id("1")).reportsTo(), "0 is the CEO's id here");

        ImportResult none = importDetected("id,manager,title\nnone,,CEO\n1,NONE,CFO\n");
        assertEquals(id("none"), none.chart().position(id("1")).reportsTo());
        assertEquals(List.of(), none.problems());
    }

    @Test
    void aPostNamingItselfIsTheTopPostWhenNoOtherIsMarked() throws Exception {
        ImportResult r = importDetected("id,manager,title\n7,7,CEO\n8,7,CFO\n9,8,Accountant\n");
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(id("7")), r.chart().roots());
    }

    @Test
    void otherSelfReferencesAreReported() throws Exception {
        ImportResult two = importDetected("id,manager,title\n7,7,CEO\n8,8,CFO\n9,7,Accountant\n");
        assertEquals(List.of(Kind.CYCLE, Kind.CYCLE), kinds(two));
        assertTrue(two.problems().get(1).message().contains("position '8' (CFO) is its own manager"));

        ImportResult beside = importDetected("id,manager,title\n1,XX,Chair\n7,7,CEO\n9,1,Accountant\n");
        assertEquals(List.of(Kind.CYCLE), kinds(beside));
    }

    @Test
    void anUnnamedColumnOfRowNumbersAndAnEmptyOneAreLeftOutAndSaidSo() throws Exception {
        ImportResult r = importDetected(",id,title,,manager\n0,10,CEO,,\n1,11,CFO,0,10\n2,12,COO,,10\n");

        ColumnMapping m = r.mapping();
        assertEquals(ColumnRole.IGNORED, m.role(0));
        assertEquals(ColumnRole.IGNORED, m.role(3));
        assertEquals("Column 1 has no name and holds the row numbers 0, 1, 2, …; it was left out.",
                m.explanations().get(0));
        assertEquals("Column 4 has no name and nothing in it but zeros; it was left out.", m.explanations().get(2));
        assertEquals("", r.chart().position(id("11")).notes(), "nothing of the junk columns in the notes");
        assertEquals(List.of(id("10")), r.chart().roots());
    }

    @Test
    void namedOrFilledColumnsAreNotJunk() throws Exception {
        ColumnMapping m = importDetected("No.,id,title,\n1,a,CEO,x\n2,b,CFO,\n3,c,COO,\n").mapping();
        assertEquals(ColumnRole.EXTRA_NOTE, m.role(0), "a named column of row numbers is kept");
        assertEquals(ColumnRole.EXTRA_NOTE, m.role(3), "an unnamed column with something in it is kept");
    }

    @Test
    void theUsersChoiceStaysAndKeepsNoReason() throws Exception {
        CsvTable table = Csv.read("Ref,Job,Reports\nA1,CEO,\nB2,CFO,A1\n");
        ColumnMapping named = ColumnMapping.detect(table.header(), ColumnMapping.Extras.NOTES)
                .withRole(2, ColumnRole.IGNORED);
        ColumnMapping m = ColumnDetection.complete(table, named, Set.of(2));
        assertEquals(ColumnRole.IGNORED, m.role(2), "the user ignored Reports: it is not taken as the manager");
        assertTrue(m.column(ColumnRole.MANAGER).isEmpty());

        ColumnMapping changed = ColumnMapping.detect(table, ColumnMapping.Extras.NOTES).withRole(0, ColumnRole.NOTES);
        assertFalse(changed.explanations().stream().anyMatch(s -> s.contains("holds the ids")));
    }

    @Test
    void aFlatFileOfSeveralRowsIsAProblemThatNamesTheLikelyColumns() throws Exception {
        // The user made 'Dept' the manager column; 'Upline' is where the managers are.
        CsvTable table = Csv.read("id,title,Dept,Upline\n1,CEO,Board,\n2,CFO,Finance,1\n3,Clerk,Finance,2\n");
        ColumnMapping wrong = ColumnMapping.detect(table.header(), ColumnMapping.Extras.NOTES)
                .withRole(2, ColumnRole.MANAGER);
        ImportResult r = CsvImport.importTable(table, wrong, ImportOptions.titled("Test"));

        assertTrue(r.isFlat());
        ImportProblem flat = r.problems().get(0);
        assertEquals(new ImportProblem(1, "Dept", Kind.NO_REPORTING_LINES, false, "No position reports to another:"
                + " none of the values in 'Dept' is the id, full name or e-mail of another row. The managers may be"
                + " in 'Upline' (2 of 2 values name another row by its id); choose the column with --map"
                + " manager=COLUMN on the command line, or as the manager column in the import dialog."), flat);
        assertEquals(3, r.imported(), "the chart is still made");
    }

    @Test
    void aFileWithoutAnyManagerColumnIsAProblemButOneRowIsNot() throws Exception {
        ImportResult flat = importDetected("id,title\n1,CEO\n2,CFO\n");
        assertEquals(List.of(Kind.NO_REPORTING_LINES), kinds(flat));
        assertTrue(flat.problems().get(0).message().startsWith("No position reports to another: none of the 2 rows"
                + " has a manager, because no column was found to hold the managers."));

        assertEquals(List.of(), importDetected("id,title\n1,CEO\n").problems());
    }

    @Test
    void moreThanAFifthOfTheManagersNotFoundIsAProblem() throws Exception {
        String head = "id,manager,title\n1,,CEO\n2,1,A\n3,1,B\n4,1,C\n5,1,D\n";
        ImportResult oneInFive = importDetected(head + "6,99,E\n");
        assertFalse(oneInFive.isFlat(), "1 of 5 is a fifth, not more");
        ImportResult twoInSix = importDetected(head + "6,99,E\n7,98,F\n");
        assertTrue(twoInSix.isFlat());
        assertTrue(twoInSix.problems().get(0).message().startsWith("2 of the 6 managers named in 'manager' are not"
                + " found"), twoInSix.problems().get(0).message());
    }

    @Test
    void theFiguresCountTopsLevelsAndManagersNotFound() throws Exception {
        ImportResult r = importDetected("id,manager,title\n1,,CEO\n2,1,CFO\n3,2,Accountant\n4,99,Clerk\n");
        assertEquals(new ImportFigures(4, 4, 2, 3, 1, 4), r.figures());
        assertEquals("4 rows, 4 positions; 2 top positions, 3 levels, 1 manager not found; 4 vacancies.", r.figures().describe());
    }
}
