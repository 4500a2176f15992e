package dev.orgwright.model;

import static dev.orgwright.model.ChartFixtures.build;
import static dev.orgwright.model.ChartFixtures.chainPositions;
import static dev.orgwright.model.ChartFixtures.id;
import static dev.orgwright.model.ChartFixtures.ids;
import static dev.orgwright.model.ChartFixtures.root;
import static dev.orgwright.model.ChartFixtures.treeOrder;
import static dev.orgwright.model.ChartFixtures.under;
import static dev.orgwright.model.Templates.EXECUTIVE;
import static dev.orgwright.model.Templates.SENIOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartBuilderTest {

    // ---- a whole chart ----

    @Test
    void keepsRootsAndSiblingsInTheOrderTheyWereAdded() {
        // Children are added before and after their siblings' own reports, and out of id order,
        // so neither insertion into a hash map nor sorting by id could pass this by accident.
        Chart chart = build(List.of(
                root("zeta", "Zeta Holdings CEO", SENIOR),
                under("zeta", "z-cfo", "CFO", SENIOR),
                root("alpha", "Alpha CEO", SENIOR),
                under("zeta", "z-cto", "CTO", SENIOR),
                under("z-cfo", "z-fin", "Head of Finance", EXECUTIVE),
                under("zeta", "z-coo", "COO", SENIOR),
                root("mid", "Advisor", null)));

        assertEquals(ids("zeta", "alpha", "mid"), chart.roots());
        assertEquals(ids("z-cfo", "z-cto", "z-coo"), chart.childrenOf(id("zeta")));
        assertEquals(ids("z-fin"), chart.childrenOf(id("z-cfo")));
        assertEquals(List.of(), chart.childrenOf(id("alpha")));
        assertEquals(ids("zeta", "z-cfo", "z-fin", "z-cto", "z-coo", "alpha", "mid"), treeOrder(chart));
    }

    @Test
    void keepsTitleTiersAndDottedLines() throws InvalidChartException {
        Chart chart = Chart.builder().title("Acme 2025")
                .addAll(ChartFixtures.leadershipPositions()).build();

        assertEquals("Acme 2025", chart.title());
        assertEquals(9, chart.size());
        assertEquals(Templates.leadershipTeam(), chart.tiers());
        assertEquals(java.util.Set.of(id("it")), chart.dottedReportsOf(id("cfo")));
        assertEquals(java.util.Set.of(), chart.dottedReportsOf(id("cto")));
        assertEquals(ids("cto", "ceo"), chart.chainOfCommand(id("it")));
    }

    @Test
    void ordersTiersByRankWhateverOrderTheyCameIn() throws InvalidChartException {
        Tier staff = Tier.of("staff", "Staff", 3, List.of(), List.of());
        Tier board = Tier.of("board", "Board", 1, List.of(), List.of());
        Tier execs = Tier.of("execs", "Executives", 2, List.of(), List.of());

        Chart chart = Chart.builder().tiers(List.of(staff, board, execs)).build();

        assertEquals(List.of(board, execs, staff), chart.tiers());
    }

    @Test
    void anEmptyChartIsWhole() throws InvalidChartException {
        Chart chart = Chart.builder().build();
        assertEquals(0, chart.size());
        assertEquals(List.of(), chart.roots());
        assertEquals("Untitled chart", chart.title());
    }

    // ---- one problem each ----

    @Test
    void refusesTwoPositionsWithOneId() {
        ChartProblem problem = onlyProblem(List.of(
                root("ceo", "CEO", SENIOR),
                root("ceo", "Chief Executive", SENIOR)));

        assertEquals(id("ceo"), problem.positionId());
        assertEquals("Two positions have the id 'ceo'.", problem.message());
    }

    @Test
    void refusesAPositionInATierTheChartDoesNotDefine() {
        ChartProblem problem = onlyProblem(List.of(root("ceo", "CEO", "board")));

        assertEquals(id("ceo"), problem.positionId());
        assertEquals("Position 'ceo' ('CEO') is in tier 'board', which the chart does not define.",
                problem.message());
    }

    @Test
    void refusesAManagerThatIsNotInTheChart() {
        ChartProblem problem = onlyProblem(List.of(
                root("ceo", "CEO", SENIOR),
                under("cfoo", "fin", "Head of Finance", EXECUTIVE)));

        assertEquals(id("fin"), problem.positionId());
        assertEquals("Position 'fin' ('Head of Finance') reports to 'cfoo', which is not in the chart.",
                problem.message());
    }

    @Test
    void refusesADottedLineToAPositionThatIsNotInTheChart() {
        ChartProblem problem = onlyProblem(List.of(
                root("ceo", "CEO", SENIOR),
                under("ceo", "it", "Head of IT", EXECUTIVE).withDottedLines(ids("cfo"))));

        assertEquals(id("it"), problem.positionId());
        assertEquals("Position 'it' ('Head of IT') has a dotted line to 'cfo', which is not in the chart.",
                problem.message());
    }

    @Test
    void refusesADottedLineToItself() {
        ChartProblem problem = onlyProblem(List.of(
                root("ceo", "CEO", SENIOR).withDottedLines(ids("ceo"))));

        assertEquals(id("ceo"), problem.positionId());
        assertEquals("Position 'ceo' ('CEO') has a dotted line to itself.", problem.message());
    }

    @Test
    void refusesAPositionThatReportsToItself() {
        ChartProblem problem = onlyProblem(List.of(
                root("ceo", "CEO", SENIOR),
                under("coo", "coo", "COO", SENIOR)));

        assertEquals(id("coo"), problem.positionId());
        assertEquals("Position 'coo' ('COO') reports to itself.", problem.message());
    }

    @Test
    void refusesACycleOfThreeAndNamesEveryMember() {
        ChartProblem problem = onlyProblem(List.of(
                root("ceo", "CEO", SENIOR),
                under("c", "a", "A", SENIOR),
                under("a", "b", "B", SENIOR),
                under("b", "c", "C", SENIOR)));

        // Where the walk enters the circle depends on the data order; the message must name
        // all three and say what to do.
        String message = problem.message();
        assertTrue(message.startsWith("Positions report to each other in a circle: "), message);
        assertTrue(message.contains("'a'") && message.contains("'b'") && message.contains("'c'"), message);
        assertTrue(message.endsWith("One of them must report elsewhere."), message);
        assertTrue(List.of(id("a"), id("b"), id("c")).contains(problem.positionId()));
    }

    @Test
    void findsACycleAtTheEndOfAChainOfAHundredThousandWithoutOverflowingTheStack() {
        // p0 <- p1 <- ... <- p99999, then p0 reports to p99997: the walk up from p99999 goes
        // through 100,000 positions before it meets itself; a recursive check would blow the stack.
        List<Position> chain = new ArrayList<>(chainPositions(100_000));
        chain.set(0, chain.get(0).withReportsTo(id("p99997")));
        // Turn it around so the long walk starts at the bottom, far from the cycle's entry.
        java.util.Collections.reverse(chain);

        ChartProblem problem = onlyProblem(chain);

        assertTrue(problem.message().startsWith("Positions report to each other in a circle: "),
                problem.message());
        // The circle holds p0..p99997 (99,998 positions); the message shows six and counts the rest.
        assertTrue(problem.message().contains("(99,992 more)"), problem.message());
    }

    @Test
    void findsASmallCycleHiddenBelowAHundredThousandPositions() {
        // The top three of a 100,000 chain report to each other: p0 -> p2 -> p1 -> p0.
        List<Position> chain = new ArrayList<>(chainPositions(100_000));
        chain.set(0, chain.get(0).withReportsTo(id("p2")));
        java.util.Collections.reverse(chain);

        ChartProblem problem = onlyProblem(chain);

        String message = problem.message();
        assertTrue(message.contains("'p0'") && message.contains("'p1'") && message.contains("'p2'"), message);
        assertTrue(!message.contains("more)"), message);
    }

    @Test
    void refusesTwoTiersWithOneId() {
        ChartProblem problem = onlyProblem(List.of(
                Tier.of("mgmt", "Management", 1, List.of(), List.of()),
                Tier.of("mgmt", "Middle Management", 2, List.of(), List.of())));

        assertEquals(null, problem.positionId());
        assertEquals("Two tiers have the id 'mgmt'.", problem.message());
    }

    @Test
    void refusesTwoTiersWithOneRank() {
        ChartProblem problem = onlyProblem(List.of(
                Tier.of("board", "Board", 1, List.of(), List.of()),
                Tier.of("senior", "Senior Management", 1, List.of(), List.of())));

        assertEquals("Tiers 'Board' and 'Senior Management' both have rank 1; each tier needs its own rank.",
                problem.message());
    }

    @Test
    void refusesAResponsibilityIdUsedInTwoTiers() {
        ChartProblem problem = onlyProblem(List.of(
                Tier.of("board", "Board", 1, List.of(), List.of(Responsibility.of("budgets", "Approve budgets"))),
                Tier.of("senior", "Senior Management", 2, List.of(),
                        List.of(Responsibility.of("budgets", "Review budgets")))));

        assertEquals("The responsibility id 'budgets' is used twice (in tiers 'Board' and 'Senior Management').",
                problem.message());
    }

    @Test
    void refusesAResponsibilityIdUsedTwiceInOneTier() {
        ChartProblem problem = onlyProblem(List.of(
                Tier.of("board", "Board", 1, List.of(),
                        List.of(Responsibility.of("budgets", "Approve budgets"),
                                Responsibility.of("budgets", "Review budgets")))));

        assertEquals("The responsibility id 'budgets' is used twice (in tiers 'Board' and 'Board').",
                problem.message());
    }

    // ---- many problems ----

    @Test
    void listsEveryProblemInTheOrderOfTheData() {
        InvalidChartException e = assertThrows(InvalidChartException.class, () -> Chart.builder()
                .tiers(List.of(Tier.of("board", "Board", 1, List.of(), List.of()),
                        Tier.of("staff", "Staff", 1, List.of(), List.of())))
                .add(root("ceo", "CEO", "board"))
                .add(root("ceo", "CEO again", "board"))
                .add(under("ceo", "cfo", "CFO", "senior"))
                .add(under("nobody", "fin", "Head of Finance", "staff"))
                .add(under("ceo", "it", "Head of IT", "staff").withDottedLines(ids("ghost")))
                .build());

        List<String> messages = e.problems().stream().map(ChartProblem::message).toList();
        assertEquals(List.of(
                "Tiers 'Board' and 'Staff' both have rank 1; each tier needs its own rank.",
                "Two positions have the id 'ceo'.",
                "Position 'cfo' ('CFO') is in tier 'senior', which the chart does not define.",
                "Position 'fin' ('Head of Finance') reports to 'nobody', which is not in the chart.",
                "Position 'it' ('Head of IT') has a dotted line to 'ghost', which is not in the chart."),
                messages);
        assertEquals(messages.get(0) + " (and 4 more problems)", e.getMessage());
    }

    @Test
    void listsACycleBesideAManagerThatIsNotInTheChart() {
        // A user fixing a file wants every fault at once, not one reload per fault.
        InvalidChartException e = assertThrows(InvalidChartException.class, () -> Chart.builder()
                .add(root("ceo", "CEO", SENIOR))
                .add(under("nobody", "fin", "Head of Finance", EXECUTIVE))
                .add(under("b", "a", "A", SENIOR))
                .add(under("a", "b", "B", SENIOR))
                .build());

        List<String> messages = e.problems().stream().map(ChartProblem::message).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertEquals("Position 'fin' ('Head of Finance') reports to 'nobody', which is not in the chart.",
                messages.get(0));
        assertTrue(messages.get(1).startsWith("Positions report to each other in a circle: "), messages.get(1));
    }

    @Test
    void aSingleProblemIsTheWholeMessage() {
        InvalidChartException e = assertThrows(InvalidChartException.class,
                () -> Chart.builder().add(root("ceo", "CEO", "board")).build());
        assertEquals(e.problems().get(0).message(), e.getMessage());
    }

    private static ChartProblem onlyProblem(List<?> positionsOrTiers) {
        ChartBuilder builder = Chart.builder();
        if (positionsOrTiers.get(0) instanceof Tier) {
            builder.tiers(positionsOrTiers.stream().map(Tier.class::cast).toList());
        } else {
            positionsOrTiers.forEach(p -> builder.add((Position) p));
        }
        InvalidChartException e = assertThrows(InvalidChartException.class, builder::build);
        assertEquals(1, e.problems().size(), () -> "expected one problem, got " + e.problems());
        return e.problems().get(0);
    }
}
