package dev.orgwright.rules;

import static dev.orgwright.rules.RuleFixtures.EXECUTIVE_TIER;
import static dev.orgwright.rules.RuleFixtures.SENIOR_TIER;
import static dev.orgwright.rules.RuleFixtures.chart;
import static dev.orgwright.rules.RuleFixtures.id;
import static dev.orgwright.rules.RuleFixtures.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsComparisonTest {

    private final Validator validator = Validator.withDefaultRules();

    private static List<String> rulesAt(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "@" + f.positionId()).sorted().toList();
    }

    @Test
    void aProposalThatPutsAHeadUnderASeniorFixesTheReportingLineFindingAndCanIntroduceAnother() {
        // Current: the CFO reports to a head of department (a lower tier): manager-lower-tier.
        Chart current = chart(pos("ceo", "CEO", SENIOR_TIER, null), pos("ops", "Head of Operations", EXECUTIVE_TIER, "ceo"),
                pos("cfo", "CFO", SENIOR_TIER, "ops"));
        // Proposal: the CFO reports to the CEO; the head of operations is moved into Senior Management by mistake.
        Chart proposal = chart(pos("ceo", "CEO", SENIOR_TIER, null), pos("ops", "Head of Operations", SENIOR_TIER, "ceo"),
                pos("cfo", "CFO", SENIOR_TIER, "ceo"));

        FindingsComparison c = FindingsComparison.between(validator.validate(current), validator.validate(proposal));

        assertTrue(rulesAt(c.fixed()).contains("manager-lower-tier@cfo"), c.fixed().toString());
        assertTrue(rulesAt(c.introduced()).contains("title-tier-mismatch@ops"), c.introduced().toString());
        assertTrue(c.fixed().stream().noneMatch(f -> c.introduced().stream().anyMatch(g ->
                g.ruleId().equals(f.ruleId()) && g.message().equals(f.message()))));
    }

    @Test
    void equalChartsNeitherFixNorIntroduceAndARetitleKeepsAFindingOnTheSamePosition() {
        Chart current = chart(pos("ceo", "CEO", SENIOR_TIER, null), pos("cfo", "CFO", SENIOR_TIER, "ceo"));
        assertTrue(FindingsComparison.between(validator.validate(current), validator.validate(current)).isEmpty());

        // Both versions have no-duties findings on cfo; only the title in the message differs.
        Chart retitled = chart(pos("ceo", "CEO", SENIOR_TIER, null), pos("cfo", "Chief Financial Officer", SENIOR_TIER, "ceo"));
        FindingsComparison c = FindingsComparison.between(validator.validate(current), validator.validate(retitled));
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void findingsOfAReKeyedPositionAreMatchedThroughItsNewId() {
        Chart current = chart(pos("ceo", "CEO", SENIOR_TIER, null), pos("cfo", "CFO", SENIOR_TIER, "ceo"));
        Chart rekeyed = chart(pos("ceo", "CEO", SENIOR_TIER, null), pos("finance", "CFO", SENIOR_TIER, "ceo"));

        FindingsComparison byId = FindingsComparison.between(validator.validate(current), validator.validate(rekeyed));
        FindingsComparison matched = FindingsComparison.between(validator.validate(current), validator.validate(rekeyed),
                p -> p.equals(id("cfo")) ? PositionId.of("finance") : p);

        assertEquals(rulesAt(byId.fixed()).size(), rulesAt(byId.introduced()).size());
        assertTrue(!byId.fixed().isEmpty());
        assertTrue(matched.isEmpty(), matched.toString());
    }
}
