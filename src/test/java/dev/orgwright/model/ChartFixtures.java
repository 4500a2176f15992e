package dev.orgwright.model;

import static dev.orgwright.model.Templates.EXECUTIVE;
import static dev.orgwright.model.Templates.SENIOR;

import java.util.ArrayList;
import java.util.List;

/**
 * Small charts and positions shared by the model tests, so each test reads as the org it
 * describes rather than as a pile of constructor calls.
 */
final class ChartFixtures {

    private ChartFixtures() {
    }

    static PositionId id(String value) {
        return PositionId.of(value);
    }

    static List<PositionId> ids(String... values) {
        return java.util.Arrays.stream(values).map(PositionId::of).toList();
    }

    /** A root position. */
    static Position root(String id, String title, String tierId) {
        return Position.of(id, title, tierId);
    }

    /** A position reporting to {@code manager}. */
    static Position under(String manager, String id, String title, String tierId) {
        return Position.of(id, title, tierId).withReportsTo(PositionId.of(manager));
    }

    /**
     * A small leadership team:
     * <pre>
     * ceo (CEO)
     * ├── cfo (CFO)
     * │   └── fin (Head of Finance)
     * ├── cto (CTO)
     * │   ├── eng (Head of Engineering)
     * │   └── it  (Head of IT)         - - dotted line to cfo
     * └── coo (COO)
     *     └── ops (Head of Operations)
     * board (Board Observer)            a second root
     * </pre>
     */
    static List<Position> leadershipPositions() {
        return List.of(
                root("ceo", "CEO", SENIOR),
                under("ceo", "cfo", "CFO", SENIOR),
                under("cfo", "fin", "Head of Finance", EXECUTIVE),
                under("ceo", "cto", "CTO", SENIOR),
                under("cto", "eng", "Head of Engineering", EXECUTIVE),
                under("cto", "it", "Head of IT", EXECUTIVE).withDottedLines(List.of(id("cfo"))),
                under("ceo", "coo", "COO", SENIOR),
                under("coo", "ops", "Head of Operations", EXECUTIVE)
                        .withDuties(List.of(Duty.linked("Run daily operations", "operations"),
                                Duty.of("Hit the quarterly targets"))),
                root("board", "Board Observer", null));
    }

    static Chart leadershipTeam() {
        return build(leadershipPositions());
    }

    /** A chart of the given positions with the default tiers; fails the test if it is not whole. */
    static Chart build(List<Position> positions) {
        try {
            return Chart.builder().title("Acme").addAll(positions).build();
        } catch (InvalidChartException e) {
            throw new AssertionError("fixture chart should be whole: " + e.problems(), e);
        }
    }

    /** p0 at the top, each next position reporting to the one before: a chain {@code length} deep. */
    static List<Position> chainPositions(int length) {
        List<Position> out = new ArrayList<>(length);
        out.add(Position.of("p0", "Level 0", EXECUTIVE));
        for (int i = 1; i < length; i++) {
            out.add(Position.of("p" + i, "Level " + i, EXECUTIVE).withReportsTo(PositionId.of("p" + (i - 1))));
        }
        return out;
    }

    /** The ids of every position in tree order. */
    static List<PositionId> treeOrder(Chart chart) {
        List<PositionId> out = new ArrayList<>();
        chart.inTreeOrder().forEach(p -> out.add(p.id()));
        return out;
    }

    /**
     * Fails unless {@code chart} still is the untouched leadership team: the edits under test must
     * leave the chart they were applied to exactly as it was. Chart.equals leaves out the
     * derived dotted-line index, so that is compared on its own.
     */
    static void assertUnchangedLeadershipTeam(Chart chart) {
        Chart fresh = leadershipTeam();
        org.junit.jupiter.api.Assertions.assertEquals(fresh, chart, "the original chart changed");
        org.junit.jupiter.api.Assertions.assertEquals(treeOrder(fresh), treeOrder(chart));
        for (Position p : fresh.inTreeOrder()) {
            org.junit.jupiter.api.Assertions.assertEquals(fresh.dottedReportsOf(p.id()),
                    chart.dottedReportsOf(p.id()), "dotted reports of " + p.id());
        }
    }

    /** Applies {@code edit}, expecting a refusal, and returns its message. */
    static String refusal(Edit edit, Chart chart) {
        return org.junit.jupiter.api.Assertions.assertThrows(EditRefusedException.class,
                () -> edit.apply(chart)).getMessage();
    }
}
