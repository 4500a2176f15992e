package dev.orgwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubtreesTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId COO = PositionId.of("coo");
    private static final PositionId OPS = PositionId.of("ops");
    private static final PositionId CFO = PositionId.of("cfo");

    private static Chart chart() throws InvalidChartException {
        return Chart.builder().title("T").tiers(Templates.leadershipTeam())
                .add(Position.of("ceo", "Chief Executive Officer", Templates.SENIOR))
                .add(Position.of("coo", "Chief Operating Officer", Templates.SENIOR).withReportsTo(CEO))
                .add(Position.of("ops", "Head of Operations", Templates.EXECUTIVE).withReportsTo(COO)
                        .withDottedLines(List.of(CFO)).withHolder("Lukas"))
                .add(Position.of("cfo", "Chief Financial Officer", Templates.SENIOR).withReportsTo(CEO))
                .build();
    }

    @Test
    void aCopyIsTheSubtreeWithItsRootMadeTopLevel() throws Exception {
        Chart copy = Subtrees.copy(chart(), COO);

        assertEquals(List.of(COO), copy.roots());
        assertEquals(2, copy.size());
        assertEquals(COO, copy.position(OPS).reportsTo());
        assertEquals(chart().tiers(), copy.tiers());
        assertTrue(copy.position(OPS).dottedLines().isEmpty(), "a dotted line leaving the subtree has no target in the copy");
    }

    @Test
    void pastingUnderAnotherManagerRenamesIdsTheChartAlreadyUses() throws Exception {
        Chart chart = chart();
        Chart copy = Subtrees.copy(chart, COO);

        Chart pasted = Subtrees.paste(copy, CFO).apply(chart);

        assertEquals(chart.size() + 2, pasted.size());
        PositionId coo2 = PositionId.of("coo-2");
        PositionId ops2 = PositionId.of("ops-2");
        assertEquals(CFO, pasted.position(coo2).reportsTo());
        assertEquals(coo2, pasted.position(ops2).reportsTo());
        assertEquals("Lukas", pasted.position(ops2).holder());
        assertEquals(chart.childrenOf(COO), pasted.childrenOf(COO), "the original team is untouched");
    }

    @Test
    void pastingIntoAnEmptyChartKeepsIdsAndDropsUnknownTiers() throws Exception {
        Chart copy = Subtrees.copy(chart(), COO);
        Chart target = Chart.empty("Other", List.of(Tier.of("staff", "Staff", 1, List.of(), List.of())));

        Chart pasted = Subtrees.paste(copy, null).apply(target);

        assertEquals(List.of(COO), pasted.roots());
        assertNull(pasted.position(COO).tierId(), "the chart has no Senior Management tier");
        assertEquals(COO, pasted.position(OPS).reportsTo());
    }

    @Test
    void dottedLinesInsideThePastedTeamFollowTheRenaming() throws Exception {
        Chart chart = Edits.addDottedLine(OPS, COO).apply(Edits.removeDottedLine(OPS, CFO).apply(chart()));
        Chart copy = Subtrees.copy(chart, COO);

        Chart pasted = Subtrees.paste(copy, CEO).apply(chart);

        assertEquals(List.of(PositionId.of("coo-2")), pasted.position(PositionId.of("ops-2")).dottedLines());
    }

    @Test
    void pastingUnderARemovedManagerIsRefused() throws Exception {
        Chart chart = chart();
        Chart copy = Subtrees.copy(chart, COO);
        Edit paste = Subtrees.paste(copy, CFO);
        Chart without = Edits.removeWithSubtree(CFO).apply(chart);

        assertThrows(EditRefusedException.class, () -> paste.apply(without));
        assertTrue(paste.label(chart).startsWith("Paste 'Chief Operating Officer' under 'Chief Financial Officer'"));
    }
}
