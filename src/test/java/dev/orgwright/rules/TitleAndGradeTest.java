package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import dev.orgwright.model.TierEdits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pay grade that a tier lists places a position in that tier, whatever its title reads as. */
class TitleAndGradeTest {

    @Test
    void aGradeTheTierListsSettlesTheTierAndTheTitleDoesNotOverruleIt() throws Exception {
        Chart chart = Chart.builder().title("Grades").tiers(Templates.leadershipTeam()).addAll(List.of(
                new Position(PositionId.of("dd"), "Chief Operating Officer", "Ana", Templates.EXECUTIVE, List.of(), null,
                        List.of(), "", "", false, null),
                new Position(PositionId.of("vp"), "Vice President", "Bo", Templates.EXECUTIVE, List.of(),
                        PositionId.of("dd"), List.of(), "", "", false, null))).build();
        assertEquals(List.of("dd", "vp"), flagged(chart), "both titles read as senior");

        chart = TierEdits.setGrades(Templates.EXECUTIVE, List.of("SCS1")).apply(chart);
        chart = CustomFieldEdits.define(FieldDefinition.of("grade", "Grade", FieldType.TEXT, false)).apply(chart);
        chart = CustomFieldEdits.setValue(PositionId.of("dd"), "grade", "scs1").apply(chart);
        assertEquals(List.of("vp"), flagged(chart), "the COO's grade is one Executive Management lists");
    }

    private static List<String> flagged(Chart chart) {
        return RuleFixtures.findings(chart, "title-tier-mismatch").stream()
                .map(f -> f.position().orElseThrow().value()).sorted().toList();
    }
}
