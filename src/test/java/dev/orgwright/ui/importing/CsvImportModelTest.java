package dev.orgwright.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.ColumnMapping;
import dev.orgwright.io.csv.ColumnRole;
import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.CsvRow;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.ImportResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import dialog's state without a toolkit: mapping changes, results that belong to a mapping, texts. */
class CsvImportModelTest {

    private static final String STAFF = "Code;Boss;Person;Job\n1;;Ana Costa;CEO\n2;1;Ola Nowak;Head of Sales\n"
            + "2;1;Bo Ek;CFO\n";

    private static CsvImportModel readModel(String text) throws Exception {
        CsvImportModel model = new CsvImportModel(Path.of("staff.csv"), ImportOptions.titled("staff"));
        model.tableRead(CsvImport.read(text.getBytes(StandardCharsets.UTF_8), "staff.csv", null));
        return model;
    }

    private static ImportResult importNow(CsvImportModel model) throws Exception {
        return CsvImport.importTable(model.table().orElseThrow(), model.mapping(), model.options());
    }

    @Test
    void theHeaderSuggestsTheMappingAndTheFileIsSummed() throws Exception {
        CsvImportModel model = readModel(STAFF);
        assertEquals(List.of(ColumnRole.CUSTOM_FIELD, ColumnRole.MANAGER, ColumnRole.FULL_NAME, ColumnRole.TITLE),
                model.mapping().roles());
        assertEquals("staff.csv: UTF-8, semicolon-separated, 3 rows below the header.", model.fileSummary());
        assertEquals("Checking every row…", model.status());
        assertFalse(model.canOpen());
    }

    @Test
    void theStatusSaysHowManyTiersCameFromTheReportingLines() throws Exception {
        CsvImportModel model = readModel("id,manager id,title\n1,,CEO\n2,1,Head of Sales\n3,2,Account Executive\n"
                + "4,2,Field Sales\n5,4,Account Executive\n");
        model.imported(model.mapping(), importNow(model));
        assertEquals("5 rows read, 5 imported, 0 refused; no problems. Tiers: 2 read from the job titles, 3 inferred"
                + " from the reporting lines. Holders: 5 vacancies, 0 not disclosed; 0 positions closing.",
                model.status());
    }

    @Test
    void choosingARoleDropsTheResultMadeWithTheOldMapping() throws Exception {
        CsvImportModel model = readModel(STAFF);
        ColumnMapping before = model.mapping();
        model.imported(before, importNow(model));
        assertTrue(model.canOpen());
        // Without an id column neither manager '1' is found: two rows and the flat chart are problems.
        assertEquals("3 rows read, 3 imported, 0 refused; 3 problems. The rows listed below need a look."
                + " Tiers: 3 read from the job titles, 0 inferred from the reporting lines.", model.status());

        assertTrue(model.setRole(0, ColumnRole.ID));
        assertFalse(model.setRole(0, ColumnRole.ID), "the same role again changes nothing");
        assertTrue(model.result().isEmpty());
        assertFalse(model.canOpen());

        model.imported(before, importNow(readModel(STAFF)));
        assertTrue(model.result().isEmpty(), "a result for the old mapping arrives late and is ignored");

        model.imported(model.mapping(), importNow(model));
        assertEquals(List.of("Row 4, column 'Code': the id '2' is already used by row 3; this row was imported as"
                + " '2~2', and managers named '2' are row 3. Give one of them another id in the file."),
                model.problems());
        assertEquals(3, model.result().orElseThrow().chart().size());
    }

    @Test
    void theFiguresAndReasonsBelongToTheCurrentMapping() throws Exception {
        CsvImportModel model = readModel("Ref,Job,Upline\nA,CEO,\nB,CFO,A\nC,Clerk,B\n");
        assertEquals(List.of(ColumnRole.ID, ColumnRole.TITLE, ColumnRole.MANAGER), model.mapping().roles(),
                "found from the values");
        assertEquals(2, model.reasons().size());
        assertEquals("", model.figures(), "nothing to count while the rows are checked");
        model.imported(model.mapping(), importNow(model));
        assertEquals("3 rows, 3 positions; 1 top position, 3 levels, 0 managers not found; 3 vacancies.", model.figures());

        model.setRole(2, ColumnRole.IGNORED);
        assertEquals("", model.figures());
        assertEquals(List.of(), model.reasons(), "after the user's choice the import's reasons no longer hold");
        model.imported(model.mapping(), importNow(model));
        assertEquals("3 rows, 3 positions; 3 top positions, 1 level, 0 managers not found; 3 vacancies.", model.figures());
    }

    @Test
    void aUniqueRoleMovesAndTheColumnThatHadItGoesToTheNotes() throws Exception {
        CsvImportModel model = readModel(STAFF);
        model.setRole(2, ColumnRole.TITLE);
        assertEquals(List.of(ColumnRole.CUSTOM_FIELD, ColumnRole.MANAGER, ColumnRole.TITLE, ColumnRole.EXTRA_NOTE),
                model.mapping().roles());
    }

    @Test
    void aFailureBelongsToItsMappingToo() throws Exception {
        CsvImportModel model = readModel(STAFF);
        ColumnMapping before = model.mapping();
        model.failed(before, ImportDialog.CANCELLED);
        assertEquals(ImportDialog.CANCELLED, model.status());
        model.setRole(0, ColumnRole.ID);
        assertEquals("Checking every row…", model.status());
        model.failed(before, "late");
        assertEquals("Checking every row…", model.status(), "a failure of an older mapping is ignored");
    }

    @Test
    void thePreviewIsTheFirstTwentyRows() throws Exception {
        StringBuilder text = new StringBuilder("id,title\n");
        for (int i = 1; i <= 30; i++) {
            text.append(i).append(",Clerk\n");
        }
        CsvImportModel model = readModel(text.toString());
        List<CsvRow> preview = model.preview();
        assertEquals(CsvImportModel.PREVIEW_ROWS, preview.size());
        assertEquals(2, preview.get(0).row(), "the header is row 1");
        assertEquals("20", preview.get(19).field(0));
    }

    @Test
    void anImportWhereNoRowCanBeImportedCannotBeOpened() throws Exception {
        CsvImportModel model = readModel("id,title\n,CEO\n");
        model.imported(model.mapping(), importNow(model));
        assertFalse(model.canOpen());
        assertTrue(model.status().endsWith("No row can be imported with this mapping."), model.status());
    }

    @Test
    void theTitleIsTheFileNameWithoutItsExtension() {
        assertEquals("HR export 2024", CsvImportModel.titleFor(Path.of("/tmp/HR export 2024.csv")));
        assertEquals("people", CsvImportModel.titleFor(Path.of("people")));
    }

    @Test
    void beforeTheFileIsReadThereIsNothingToMap() {
        CsvImportModel model = new CsvImportModel(Path.of("a.csv"), ImportOptions.titled("a"));
        assertEquals("Reading the file…", model.status());
        assertEquals(List.of(), model.preview());
        assertFalse(model.setRole(0, ColumnRole.ID));
        assertTrue(model.table().isEmpty());
    }

    @Test
    void privateColumnsAreSuggestedAndTheUserCanChangeThem() throws Exception {
        CsvImportModel model = readModel("id,title,Office,Salary,Mobile\n1,CEO,Leeds,90000,07700 900123\n"
                + "2,CFO,York,80000,07700 900456\n");
        assertEquals(List.of(false, false, false, true, true), List.of(model.isPrivate(0), model.isPrivate(1),
                model.isPrivate(2), model.isPrivate(3), model.isPrivate(4)));
        assertEquals("Private, in no export, print or presentation: Salary, Mobile.", model.privacySummary());
        assertFalse(model.canChoosePrivacy(3), "the salary is the cost: always private");
        assertFalse(model.setPrivate(3, false));
        model.imported(model.mapping(), importNow(model));
        assertTrue(model.result().isPresent());
        ImportOptions before = model.options();

        assertTrue(model.setPrivate(4, false));
        assertTrue(model.result().isEmpty(), "a result made with the old privacy is dropped");
        assertFalse(model.setPrivate(4, false), "the same choice again changes nothing");
        model.imported(model.mapping(), before, importNow(readModel("id,title\n1,CEO\n")));
        assertTrue(model.result().isEmpty(), "a late result for the old privacy is ignored");
        model.imported(model.mapping(), importNow(model));
        assertEquals(List.of("Office:false", "Mobile:false"), model.result().orElseThrow().chart().fields().stream()
                .map(f -> f.name() + ":" + f.isPrivate()).toList());
    }
}
