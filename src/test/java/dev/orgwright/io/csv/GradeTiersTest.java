package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import dev.orgwright.model.TierEdits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grades to tiers: a tier's own grades first, then the user's choice, then the structure. */
class GradeTiersTest {

    /**
     * A chief executive (E1), two directors (E2, once spelled e2), heads under them (M1), clerks
     * (C) below, and a lone consultant (X) outside the tree.
     */
    private static final String FILE = "id,manager,title,grade\n"
            + "ceo,,Chief Executive,E1\n"
            + "d1,ceo,Director of Sales,E2\n"
            + "d2,ceo,Director of Finance,e2\n"
            + "h1,d1,Head of North,M1\n"
            + "h2,d1,Head of South,M1\n"
            + "h3,d2,Head of Audit,M1\n"
            + "c1,h1,Clerk,C\n"
            + "c2,h2,Clerk,C\n"
            + "c3,h3,Clerk,C\n"
            + "x,,Consultant,X\n";

    private static ImportResult imported() throws Exception {
        return Csv.importText(FILE);
    }

    private static Map<String, String> tiersOf(List<GradeTiers.Choice> choices) {
        Map<String, String> out = new HashMap<>();
        choices.forEach(c -> out.put(c.grade(), c.tierId()));
        return out;
    }

    @Test
    void theStructurePlacesTheTopTheManagersAndTheRest() throws Exception {
        ImportResult result = imported();
        GradeTiers grades = GradeTiers.of(result.chart(), PairsAndGrades.gradesOf(result));

        assertEquals(List.of(
                new GradeTiers.Grade("E1", 1, GradeTiers.Placement.TOP),
                new GradeTiers.Grade("E2", 2, GradeTiers.Placement.TOP),
                new GradeTiers.Grade("M1", 3, GradeTiers.Placement.MANAGERS),
                new GradeTiers.Grade("C", 3, GradeTiers.Placement.REST),
                // A lone top position says nothing of levels, and manages no one.
                new GradeTiers.Grade("X", 1, GradeTiers.Placement.REST)), grades.grades());
    }

    @Test
    void aTiersOwnGradesComeFirstThenTheUsersChoiceThenTheStructure() throws Exception {
        ImportResult result = imported();
        GradeTiers grades = GradeTiers.of(result.chart(), PairsAndGrades.gradesOf(result));
        List<Tier> tiers = TierEdits.setGrades(Templates.EXECUTIVE, List.of("E2")).apply(result.chart()).tiers();

        List<GradeTiers.Choice> choices = grades.choose(tiers, Map.of("m1", Templates.STAFF, "C", "no-such-tier"));

        assertEquals(new GradeTiers.Choice("E2", Templates.EXECUTIVE, GradeTiers.Source.CHART, GradeTiers.Placement.TOP),
                choices.get(1));
        assertEquals(new GradeTiers.Choice("M1", Templates.STAFF, GradeTiers.Source.CHOSEN,
                GradeTiers.Placement.MANAGERS), choices.get(2));
        assertEquals(new GradeTiers.Choice("C", Templates.STAFF, GradeTiers.Source.STRUCTURE, GradeTiers.Placement.REST),
                choices.get(3));
        assertEquals(Templates.SENIOR, choices.get(0).tierId());
    }

    @Test
    void applyingPutsEachGradedPositionInItsTierAndTheTiersRememberTheGrades() throws Exception {
        ImportResult result = imported();
        Chart chart = result.chart();
        GradeTiers grades = GradeTiers.of(chart, PairsAndGrades.gradesOf(result));
        List<Tier> tiers = TierEdits.setGrades(Templates.EXECUTIVE, List.of("E2")).apply(chart).tiers();
        Chart withGrades = TierEdits.setGrades(Templates.EXECUTIVE, List.of("E2")).apply(chart);

        Chart after = grades.apply(withGrades, grades.choose(tiers, Map.of()));

        assertEquals(Templates.SENIOR, after.position(PositionId.of("ceo")).tierId());
        assertEquals(Templates.EXECUTIVE, after.position(PositionId.of("d2")).tierId(), "e2 is E2, ignoring case");
        assertEquals(Templates.EXECUTIVE, after.position(PositionId.of("h3")).tierId());
        assertEquals(Templates.STAFF, after.position(PositionId.of("c3")).tierId());
        assertEquals(List.of("E1"), after.tier(Templates.SENIOR).orElseThrow().grades());
        assertEquals(List.of("E2", "M1"), after.tier(Templates.EXECUTIVE).orElseThrow().grades());
        assertEquals(List.of("C", "X"), after.tier(Templates.STAFF).orElseThrow().grades());
        assertEquals(List.of("E1 → Senior Management (1 position; at the top)",
                "E2 → Executive Management (2 positions; listed by the tier)",
                "M1 → Executive Management (3 positions; managers)",
                "C → Staff (3 positions; the rest)",
                "X → Staff (1 position; the rest)"), grades.describe(grades.choose(tiers, Map.of()), after.tiers()));
    }

    @Test
    void aSinglePostAboveEveryoneCountsAsTheTopLevel() throws Exception {
        ImportResult result = Csv.importText("id,manager,title,grade\noffice,,Board Office,B\nceo,office,Chief,E1\n"
                + "d1,ceo,Director,E2\nd2,ceo,Director,E2\nc1,d1,Clerk,C\n");
        GradeTiers grades = GradeTiers.of(result.chart(), PairsAndGrades.gradesOf(result));

        assertEquals(List.of(GradeTiers.Placement.TOP, GradeTiers.Placement.TOP, GradeTiers.Placement.MANAGERS,
                GradeTiers.Placement.REST), grades.grades().stream().map(GradeTiers.Grade::placement).toList());
    }

    @Test
    void aChartWithOtherTiersUsesItsHighestTheOneBelowAndItsLowest() {
        List<Tier> tiers = List.of(Tier.of("board", "Board", 1, List.of(), List.of()),
                Tier.of("leads", "Leads", 2, List.of(), List.of()), Tier.of("crew", "Crew", 3, List.of(), List.of()));
        assertEquals("board", GradeTiers.proposedTier(tiers, GradeTiers.Placement.TOP));
        assertEquals("leads", GradeTiers.proposedTier(tiers, GradeTiers.Placement.MANAGERS));
        assertEquals("crew", GradeTiers.proposedTier(tiers, GradeTiers.Placement.REST));
        assertEquals(null, GradeTiers.proposedTier(List.of(), GradeTiers.Placement.TOP));
    }

    @Test
    void aFileWithATierColumnSetsNoTierFromItsGrades() throws Exception {
        CsvTable table = Csv.read("id,manager,title,grade,tier\na,,Boss,G1,staff\nb,a,Clerk,G1,staff\n");
        ImportResult result = CsvImport.importTable(table, ColumnMapping.detect(table.header(),
                ColumnMapping.Extras.NOTES), ImportOptions.titled("t"));

        PairsAndGrades.Outcome outcome = PairsAndGrades.finish(result, null, null, Map.of());

        assertEquals(List.of(), outcome.choices());
        assertEquals(Templates.STAFF, outcome.chart().position(PositionId.of("a")).tierId());
        assertEquals(result.chart(), outcome.chart());
    }
}
