package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tiers on import: from the title first, then from where the position sits. */
class TierInferenceTest {

    private static String tier(ImportResult r, String id) {
        return r.chart().position(PositionId.of(id)).tierId();
    }

    @Test
    void theTitleDecidesFirst() throws Exception {
        ImportResult r = Csv.importText("""
                id,manager id,title
                1,,Chief Executive Officer
                2,1,Head of Finance
                3,2,Accountant
                4,2,Payroll Team Lead
                5,4,Bookkeeper
                """);
        assertEquals(List.of(Templates.SENIOR, Templates.EXECUTIVE, Templates.STAFF, Templates.EXECUTIVE,
                Templates.STAFF), List.of(tier(r, "1"), tier(r, "2"), tier(r, "3"), tier(r, "4"), tier(r, "5")));
        assertEquals(new ImportResult.InferredTiers(true, 5, 0), r.inferred());
        assertEquals("Tiers: 5 read from the job titles, 0 inferred from the reporting lines.", r.tierSummary());
    }

    @Test
    void aLeafUnderAnExecutiveIsStaffAndAManagerBelowTheExecutiveTierIsExecutive() throws Exception {
        ImportResult r = Csv.importText("""
                id,manager id,title
                1,,CEO
                2,1,Head of Sales
                3,2,Account Executive
                4,2,Key Accounts
                5,4,Account Executive
                6,5,Account Executive
                7,1,Deputy
                8,7,Payroll
                """);
        assertEquals(Templates.STAFF, tier(r, "3"), "no reports, under an executive");
        assertEquals(Templates.EXECUTIVE, tier(r, "4"), "manages, under an executive");
        assertEquals(Templates.EXECUTIVE, tier(r, "5"), "manages, under a manager inferred as executive");
        assertEquals(Templates.STAFF, tier(r, "6"), "no reports, under a manager inferred as executive");
        assertEquals(Templates.EXECUTIVE, tier(r, "7"), "manages, directly under Senior Management");
        assertEquals(Templates.STAFF, tier(r, "8"), "no reports, under a manager inferred as executive");
        assertEquals(new ImportResult.InferredTiers(true, 2, 6), r.inferred());
        assertEquals("Tiers: 2 read from the job titles, 6 inferred from the reporting lines.", r.tierSummary());
    }

    @Test
    void whereTheReportingLinesSayNothingCertainThePositionKeepsNoTier() throws Exception {
        ImportResult r = Csv.importText("""
                id,manager id,title
                1,,Founder
                2,1,Board Advisor
                3,,Partner
                4,3,Helper
                5,,Volunteer
                6,1,Programmer
                7,6,Apprentice
                8,7,Intern
                """);
        assertNull(tier(r, "2"), "a leaf directly under Senior Management may be an assistant or an advisor");
        assertNull(tier(r, "3"), "a top position whose title reads as nothing");
        assertNull(tier(r, "4"), "under a manager in no tier");
        assertNull(tier(r, "5"), "a lone top position");
        assertEquals(Templates.STAFF, tier(r, "6"));
        assertNull(tier(r, "7"), "a manager under Staff would be an executive reporting to Staff");
        assertNull(tier(r, "8"), "under a manager in no tier");
        assertEquals(new ImportResult.InferredTiers(true, 2, 0), r.inferred());
        assertEquals("Tiers: 2 read from the job titles, 0 inferred from the reporting lines, 6 left without a tier"
                + " (give each one in the chart).", r.tierSummary());
    }

    @Test
    void aLeafUnderStaffIsStaff() throws Exception {
        ImportResult r = Csv.importText("id,manager id,title\n1,,Head of IT\n2,1,Lead Programmer\n3,2,Apprentice\n");
        assertEquals(Templates.STAFF, tier(r, "3"));
    }

    @Test
    void aTierColumnIsTakenAsWrittenAndNothingIsInferred() throws Exception {
        ImportResult r = Csv.importText("""
                id,manager id,title,tier
                1,,CEO,senior
                2,1,Head of Sales,
                3,1,Accountant,executive
                """);
        assertNull(tier(r, "2"), "an empty tier cell means no tier");
        assertEquals(Templates.EXECUTIVE, tier(r, "3"), "the column wins over the title");
        assertEquals(ImportResult.InferredTiers.NONE, r.inferred());
        assertEquals("", r.tierSummary());
    }

    @Test
    void aChartWithItsOwnTiersKeepsThemAndGetsNoStaffTier() throws Exception {
        List<Tier> two = List.of(Templates.leadershipTeam().get(0), Templates.leadershipTeam().get(1));
        CsvTable table = Csv.read("id,manager id,title\n1,,CEO\n2,1,Head of Sales\n3,2,Accountant\n4,2,Key Accounts\n"
                + "5,4,Sales Representative\n");
        ImportResult r = CsvImport.importTable(table, ColumnMapping.detect(table.header(), ColumnMapping.Extras.NOTES),
                new ImportOptions("Two tiers", two));
        Chart chart = r.chart();
        assertEquals(two, chart.tiers());
        assertNull(tier(r, "3"), "'Accountant' reads as no tier of these two");
        assertEquals(Templates.EXECUTIVE, tier(r, "4"), "the executive rule needs only the Executive tier");
        assertNull(tier(r, "5"), "no Staff tier to put a leaf in");
        assertEquals(new ImportResult.InferredTiers(true, 2, 1), r.inferred());
    }
}
