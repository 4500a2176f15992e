package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.ImportProblem.Kind;
import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What people put in the cells of an HR file, read into the chart: placeholders, numbers, status, photos, fields. */
class CellsImportTest {

    private static ImportResult importText(String text) throws Exception {
        return Csv.importText(text, ColumnMapping.Extras.FIELDS);
    }

    /** The problems of the cells: a small file without managers is also flat, which is not what these tests are about. */
    private static List<ImportProblem> cellProblems(ImportResult r) {
        return r.problems().stream().filter(p -> p.kind() != Kind.NO_REPORTING_LINES).toList();
    }

    private static Position p(ImportResult r, String id) {
        return r.chart().position(PositionId.of(id));
    }

    private static FieldDefinition field(Chart chart, String name) {
        return chart.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vacant", "VACANT", " vacancy ", "'Vacant'", "\"\"\"Vacant\"\"\"", "TBC", "t.b.d.",
            "To be recruited", "Vacant post"})
    void aVacancyPlaceholderLeavesThePositionVacant(String cell) throws Exception {
        ImportResult r = importText("id,name,title\n1," + cell + ",Head of Sales\n");
        assertTrue(p(r, "1").isVacant(), cell);
        assertEquals("", p(r, "1").holder());
        assertNull(p(r, "1").status());
        assertEquals(1, r.vacancies());
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/D", "n/d", "N/D'", "ND", "Not disclosed", "WITHHELD", "Redacted", "'n/d'"})
    void anUndisclosedPlaceholderIsAFilledPositionWithoutAName(String cell) throws Exception {
        ImportResult r = importText("id,name,title\n1," + cell + ",Head of Sales\n");
        Position p = p(r, "1");
        assertTrue(p.isHolderUndisclosed(), cell);
        assertFalse(p.isVacant());
        assertEquals("", p.holder());
        assertEquals(0, r.vacancies());
        assertEquals(1, r.undisclosed());
        assertEquals("Holders: 0 vacancies, 1 not disclosed; 0 positions closing.", r.holderSummary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Eliminated", "'Eliminated'", "post deleted", "Not in post"})
    void aRemovedPostIsClosingAndNobodysName(String cell) throws Exception {
        ImportResult r = importText("id,name,title\n1," + cell + ",Head of Sales\n");
        assertEquals(PositionStatus.CLOSING, p(r, "1").status());
        assertEquals("", p(r, "1").holder());
        assertEquals(1, r.closing());
        assertEquals(0, r.vacancies(), "a closing post is not a post to fill");
    }

    @Test
    void aPlaceholderIsNoNameForAManagerEither() throws Exception {
        ImportResult r = importText("id,manager,name,title\n1,,Vacant,CEO\n2,Vacant,Ana Diaz,CFO\n");
        assertNull(p(r, "2").reportsTo());
        assertEquals(Kind.MISSING_MANAGER, cellProblems(r).get(0).kind());
    }

    @Test
    void aStatusColumnReadsItsSynonymsAndReportsAnythingElse() throws Exception {
        ImportResult r = importText("id,title,status\n1,CEO,Active\n2,CFO,Planned\n3,COO,to be removed\n"
                + "4,CTO,on hold\n5,CIO,\n");
        assertNull(p(r, "1").status());
        assertEquals(PositionStatus.PLANNED, p(r, "2").status());
        assertEquals(PositionStatus.CLOSING, p(r, "3").status());
        assertNull(p(r, "4").status());
        assertNull(p(r, "5").status());
        assertEquals(List.of(new ImportProblem(5, "status", Kind.UNKNOWN_STATUS, false, "Row 5, column 'status':"
                + " 'on hold' is not a status (planned or closing); the position was imported without a status.")),
                cellProblems(r));
    }

    @Test
    void fteAndSalaryAreReadAsTypedAndBadCellsAreReportedWithRowColumnAndValue() throws Exception {
        ImportResult r = importText("id,title,FTE,Salary\n1,CEO,1.0,\"£54,705\"\n2,CFO,\"0,5\",\"1,234.50\"\n"
                + "3,COO,half,12k\n4,CTO,0,54705.0\n5,CIO,0.33333,\n");
        assertEquals(new BigDecimal("54705"), p(r, "1").cost());
        assertEquals(0, BigDecimal.ONE.compareTo(p(r, "1").fte()));
        assertEquals(new BigDecimal("0.5"), p(r, "2").fte());
        assertEquals(new BigDecimal("1234.5"), p(r, "2").cost());
        assertEquals(Position.DEFAULT_FTE, p(r, "3").fte());
        assertNull(p(r, "3").cost());
        assertEquals(Position.DEFAULT_FTE, p(r, "4").fte());
        assertEquals(new BigDecimal("54705"), p(r, "4").cost());
        assertEquals(new BigDecimal("0.3333"), p(r, "5").fte());
        assertEquals(List.of(
                "Row 4, column 'FTE': 'half' is not a number; the position was imported with 1 FTE.",
                "Row 4, column 'Salary': '12k' is not a number; the position was imported without a cost.",
                "Row 5, column 'FTE': the FTE must be more than 0 and at most 1,000, not 0; the position was imported"
                        + " with 1 FTE."), cellProblems(r).stream().map(ImportProblem::message).toList());
        assertEquals(List.of(), r.chart().fields(), "the salary is the cost, not a field");
    }

    @Test
    void aPayBandGivesTheMidpointTimesFteAndAZeroBandIsNotDisclosed() throws Exception {
        ImportResult r = importText("id,title,FTE,Actual Pay Floor (£),Actual Pay Ceiling (£)\n"
                + "1,CEO,1.0,140000,144999\n2,CFO,0.6,\"85,000\",\"89,999\"\n3,COO,1,0,0\n4,CTO,1,,90000\n"
                + "5,CIO,1,95000,90000\n");
        assertEquals(new BigDecimal("142499.5"), p(r, "1").cost());
        assertEquals(new BigDecimal("52499.7"), p(r, "2").cost());
        assertNull(p(r, "3").cost(), "0 to 0 is not disclosed, not free");
        assertEquals(new BigDecimal("90000"), p(r, "4").cost());
        assertEquals(new BigDecimal("92500"), p(r, "5").cost());
        assertEquals(List.of("Row 6, column 'Actual Pay Floor (£)': the pay floor is above the pay ceiling; the cost"
                + " was taken at the middle of the two all the same."),
                cellProblems(r).stream().map(ImportProblem::message).toList());
        // The band itself is kept too, privately.
        assertTrue(r.chart().fields().isEmpty() || r.chart().fields().stream().allMatch(FieldDefinition::isPrivate));
    }

    @Test
    void aLocalPhotoIsThePhotoAWebAddressIsKeptAsTextAndNeverFetched() throws Exception {
        ImportResult r = importText("id,title,photo\n1,CEO,photos\\ceo.jpg\n2,CFO,https://example.org/cfo.png\n"
                + "3,COO,//cdn.example.org/coo.png\n4,CTO,file:///home/a/cto.png\n");
        assertEquals("photos/ceo.jpg", p(r, "1").photo());
        assertEquals("", p(r, "2").photo());
        assertEquals("", p(r, "3").photo());
        assertEquals("file:///home/a/cto.png", p(r, "4").photo());
        FieldDefinition urls = field(r.chart(), "Photo");
        assertEquals(Optional.of("https://example.org/cfo.png"), p(r, "2").fieldValues().get(urls.id()));
        assertEquals(Optional.empty(), p(r, "1").fieldValues().get(urls.id()));
    }

    @Test
    void otherColumnsBecomeFieldsWithTypesReadFromTheirValues() throws Exception {
        ImportResult r = importText("id,title,Start,Born,Site,Points,Remark,Home phone,E-mail,Grade,Empty\n"
                + "1,CEO,2019-04-01,16/07/1970,Leeds,\"1,200\",Joined early,0113 496 0000,a@x.org,SCS3,\n"
                + "2,CFO,2020-01-15,25/12/1980,Leeds,n/a,Quiet,0113 496 0001,b@x.org,SCS2,\n"
                + "3,COO,,03/04/1990,York,7.5,Loud,,c@x.org,SCS2,\n"
                + "4,CTO,2021-06-30,01/02/2000,York,8,Late,,,SCS1,\n");
        Chart chart = r.chart();
        assertEquals(List.of(), cellProblems(r));
        assertEquals(FieldType.DATE, field(chart, "Start").type());
        assertEquals(FieldType.DATE, field(chart, "Born").type());
        assertTrue(field(chart, "Born").isPrivate(), "a birth date is personal");
        assertEquals(Optional.of("1990-04-03"), p(r, "3").fieldValues().get(field(chart, "Born").id()),
                "25/12 shows the day comes first");
        assertEquals(FieldType.CHOICE, field(chart, "Site").type());
        assertEquals(List.of("Leeds", "York"), field(chart, "Site").choices());
        assertEquals(FieldType.NUMBER, field(chart, "Points").type());
        assertEquals(Optional.of(new BigDecimal("1200")), p(r, "1").fieldValues().get("points"));
        assertEquals(Optional.empty(), p(r, "2").fieldValues().get("points"), "n/a is no value");
        assertEquals(FieldType.TEXT, field(chart, "Remark").type());
        assertFalse(field(chart, "Remark").isPrivate());
        assertTrue(field(chart, "Home phone").isPrivate());
        assertEquals("email", field(chart, "E-mail").id());
        assertTrue(field(chart, "E-mail").isPrivate());
        assertFalse(field(chart, "Grade").isPrivate());
        assertEquals(FieldType.TEXT, field(chart, "Empty").type());
        assertEquals("home-phone", field(chart, "Home phone").id());
        for (Position p : chart.inTreeOrder()) {
            assertEquals("", p.notes());
        }
    }

    @Test
    void aColumnOfEmailsOrPhonesIsPrivateWhateverItsName() throws Exception {
        ImportResult r = importText("id,title,Reach,Other\n1,CEO,+44 20 7946 0000,x\n2,CFO,ana@example.org,y\n");
        assertTrue(field(r.chart(), "Reach").isPrivate());
        assertFalse(field(r.chart(), "Other").isPrivate());
    }

    @Test
    void theUsersPrivacyChoiceWinsOverTheSuggestion() throws Exception {
        CsvTable table = Csv.read("id,title,Mobile,Office\n1,CEO,07700 900123,Leeds\n");
        ColumnMapping m = ColumnMapping.detect(table.header(), ColumnMapping.Extras.FIELDS);
        assertTrue(PersonalData.suggestsPrivate(table, m, 2));
        assertFalse(PersonalData.suggestsPrivate(table, m, 3));
        ImportResult r = CsvImport.importTable(table, m, ImportOptions.titled("t")
                .withPrivacy(java.util.Map.of(2, false, 3, true)));
        assertFalse(field(r.chart(), "Mobile").isPrivate());
        assertTrue(field(r.chart(), "Office").isPrivate());
    }

    @Test
    void aCellThatDoesNotFitAKnownFieldIsReportedAndLeftEmptyAPrivateOneUnquoted() throws Exception {
        CsvTable table = Csv.read("id,title,Points,Secret\n1,CEO,lots,abc\n");
        List<FieldDefinition> known = List.of(FieldDefinition.of("points", "Points", FieldType.NUMBER, false),
                FieldDefinition.of("secret", "Secret", FieldType.DATE, true));
        ImportResult r = CsvImport.importTable(table, ColumnMapping.detect(table.header(), ColumnMapping.Extras.FIELDS),
                ImportOptions.titled("t").withFields(known));
        assertEquals(known, r.chart().fields());
        assertEquals(List.of("Row 2, column 'Points': the value of 'Points' must be a number, not \"lots\"; it was left"
                        + " empty.",
                "Row 2, column 'Secret': the value of 'Secret' must be a date written yyyy-mm-dd, such as 2025-03-01;"
                        + " it was left empty."), cellProblems(r).stream().map(ImportProblem::message).toList());
        assertTrue(p(r, "1").fieldValues().isEmpty());
    }
}
