package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of a second file attached under the posts of the first, one position for several people each. */
class StaffRowsTest {

    private static final String SENIOR = "id,manager,title\nceo,,Chief Executive\nops,ceo,Director of Operations\n"
            + "Fin-1,ceo,Director of Finance\n";

    private static Chart senior() throws ChartFormatException {
        return Csv.importText(SENIOR).chart();
    }

    private static StaffRows.Result attach(String staff) throws ChartFormatException {
        CsvTable table = Csv.read(staff);
        return StaffRows.attach(senior(), "senior.csv", table,
                ColumnMapping.detect(table.header(), ColumnMapping.Extras.NOTES));
    }

    @Test
    void aRowBecomesAPoolUnderItsPostWithTheCostAtTheMiddleOfTheBandTimesTheFte() throws Exception {
        StaffRows.Result result = attach("Reporting Senior Post,Grade,Payscale Minimum (£),Payscale Maximum (£),"
                + "Generic Job Title,Number of Posts in FTE,Unit\n"
                + "ops,EO,\"£24,000\",\"26,000.50\",Tax Officer,12.5,Revenue\n"
                + "FIN-1,HEO,30000,34000,Accountant,2,\n");

        assertEquals(List.of(), result.problems());
        Position pool = result.chart().position(PositionId.of("staff-2"));
        assertEquals("Tax Officer", pool.title());
        assertEquals(PositionId.of("ops"), pool.reportsTo());
        assertEquals(new BigDecimal("12.5"), pool.fte());
        assertEquals(0, new BigDecimal("312503.13").compareTo(pool.cost()), pool.cost().toPlainString());
        assertEquals("Revenue", pool.department());
        assertEquals("Grade: EO", pool.notes());
        // A post named in another case is still found; the position keeps its post's department when the row has none.
        Position accountants = result.chart().position(PositionId.of("staff-3"));
        assertEquals(PositionId.of("Fin-1"), accountants.reportsTo());
        assertEquals(0, new BigDecimal("64000").compareTo(accountants.cost()));
        assertEquals(new BigDecimal("14.5"), result.fte());
        assertEquals(2, result.attached());
        assertEquals(java.util.Map.of(PositionId.of("staff-2"), "EO", PositionId.of("staff-3"), "HEO"), result.grades());
    }

    @Test
    void aRowWhosePostIsUnknownIsReportedWithItsRowAndValueAndNothingElseIsLost() throws Exception {
        StaffRows.Result result = attach("Reporting Senior Post,Generic Job Title,Number of Posts in FTE\n"
                + "ops,Clerk,3\n"
                + "999,Analyst,4\n"
                + ",Porter,1\n");

        assertEquals(3, result.rowsRead());
        assertEquals(1, result.attached());
        assertEquals(2, result.refused());
        assertEquals(List.of(
                "Row 3, column 'Reporting Senior Post': the post '999' is not in senior.csv; the row ('Analyst', 4 FTE)"
                        + " was not attached. Put the id of a post of senior.csv in this cell.",
                "Row 4, column 'Reporting Senior Post': no post is named; the row ('Porter', 1 FTE) was not attached."
                        + " Put the id of a post of senior.csv in this cell."),
                result.problems().stream().map(ImportProblem::message).toList());
        assertTrue(result.problems().stream().allMatch(ImportProblem::refused));
        assertEquals(3 + 1, result.chart().size());
        assertEquals("3 rows read, 1 attached under their posts (3 FTE), 2 not attached; 2 problems.", result.summary());
    }

    @Test
    void anFteThatIsNotANumberIsTakenAsOneAndAnFteOfZeroStandsForNoOne() throws Exception {
        StaffRows.Result result = attach("manager,title,headcount,pay floor,pay ceiling\n"
                + "ops,Clerk,several,20000,22000\n"
                + "ops,Ghost,0,20000,22000\n"
                + "ops,Temp,0.33333,0,0\n"
                + "ops,Guard,2,n/a,\n");

        assertEquals(List.of(
                "Row 2, column 'headcount': 'several' is not a number; the row was attached as 1 FTE.",
                "Row 3, column 'headcount': the row stands for 0 FTE, that is for no one; it was not attached.",
                "Row 5, column 'pay floor': the pay band is not a number; the position was attached without a cost."),
                result.problems().stream().map(ImportProblem::message).toList());
        assertEquals(BigDecimal.ONE, result.chart().position(PositionId.of("staff-2")).fte());
        assertFalse(result.chart().contains(PositionId.of("staff-3")));
        Position temp = result.chart().position(PositionId.of("staff-4"));
        assertEquals(new BigDecimal("0.3333"), temp.fte());
        assertNull(temp.cost(), "a band of 0 to 0 is not disclosed, not free");
        assertNull(result.chart().position(PositionId.of("staff-5")).cost());
    }

    @Test
    void idsNeverClashWithThePostsOfTheFirstFile() throws Exception {
        CsvTable seniorTable = Csv.read("id,manager,title\nstaff-2,,Chief Executive\n");
        Chart chart = CsvImport.importTable(seniorTable, ColumnMapping.detect(seniorTable.header(),
                ColumnMapping.Extras.NOTES), ImportOptions.titled("t")).chart();
        CsvTable staff = Csv.read("manager,title,fte\nstaff-2,Clerk,2\n");

        Chart after = StaffRows.attach(chart, "senior.csv", staff,
                ColumnMapping.detect(staff.header(), ColumnMapping.Extras.NOTES)).chart();

        assertEquals("Clerk", after.position(PositionId.of("staff-2-2")).title());
        assertEquals(PositionId.of("staff-2"), after.position(PositionId.of("staff-2-2")).reportsTo());
    }

    @Test
    void aFileWithoutAnFteColumnIsRefusedWithASentenceNamingItsColumns() {
        ChartFormatException e = assertThrows(ChartFormatException.class,
                () -> attach("manager,title,people\nops,Clerk,3\n"));
        assertEquals("test.csv, line 1: No column holds how many people each row stands for: none of the column names"
                + " 'manager', 'title', 'people' reads as one (Number of Posts in FTE, FTE, headcount). Rename that"
                + " column and import again.", e.getMessage());
    }
}
