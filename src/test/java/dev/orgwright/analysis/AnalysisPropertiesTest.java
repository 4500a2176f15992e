package dev.orgwright.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import dev.orgwright.rules.RandomEdits;
import dev.orgwright.rules.RandomEdits.EditRecipe;
import dev.orgwright.rules.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Roll-ups equal sums worked out the slow way, and an updated analysis equals one made from scratch. */
class AnalysisPropertiesTest {

    @Provide
    Arbitrary<Chart> charts() {
        return RandomEdits.charts(40);
    }

    @Provide
    Arbitrary<List<EditRecipe>> edits() {
        return RandomEdits.sequences(12);
    }

    @Property(tries = 150)
    void rollUpsAreTheSumsOfEverythingBelow(@ForAll("charts") Chart chart) {
        Analysis a = Analyzer.withDefaultBands().analyze(chart);
        for (Position p : chart.positionsById().values()) {
            List<PositionId> team = chart.subtree(p.id());
            PositionFigures f = a.of(p.id());
            assertEquals(team.size() - 1, f.below());
            assertEquals(chart.chainOfCommand(p.id()).size() + 1, f.layer());
            assertEquals(0, team.stream().map(id -> chart.position(id).fte()).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .compareTo(f.fteTotal()));
            assertEquals(team.stream().skip(1).filter(id -> chart.position(id).isVacant()).count(), f.vacanciesBelow());
            assertEquals(chart.childrenOf(p.id()).stream().filter(r -> !chart.position(r).assistant()).count(),
                    f.span());
        }
        assertEquals(chart.size(), a.byLayer().stream().mapToInt(GroupFigures::positions).sum());
        assertEquals(chart.size(), a.byTier().stream().mapToInt(GroupFigures::positions).sum());
        assertEquals(a.managers(), a.spanBands().stream().mapToInt(Analysis.BandCount::managers).sum());
        for (Analysis.ArchetypeCount c : a.archetypes()) {
            List<Position> given = chart.positionsById().values().stream().filter(p -> p.archetype() == c.archetype())
                    .toList();
            assertEquals(given.size(), c.positions());
            assertEquals(given.stream().filter(p -> a.of(p.id()).isManager()
                    && !c.archetype().fits(a.of(p.id()).span(), chart.settings())).count(), c.outside());
        }
    }

    @Property(tries = 150)
    void anUpdatedAnalysisEqualsOneMadeFromScratch(@ForAll("charts") Chart start,
                                                  @ForAll("edits") List<EditRecipe> recipes) {
        Analyzer analyzer = Analyzer.withDefaultBands();
        Validator validator = Validator.withDefaultRules();
        Chart chart = start;
        Analysis analysis = analyzer.analyze(chart);
        for (EditRecipe r : recipes) {
            Edit edit = r.c() % 4 == 0 ? figureEdit(chart, r) : RandomEdits.plan(chart, validator.validate(chart), r);
            try {
                chart = edit.apply(chart);
            } catch (EditRefusedException refused) {
                continue;
            }
            analysis = analyzer.update(analysis, chart);
            assertSame(analyzer.analyze(chart), analysis);
        }
    }

    /** FTE, cost and status edits, which the rule edits do not make. */
    private static Edit figureEdit(Chart chart, EditRecipe r) {
        List<PositionId> all = new ArrayList<>(chart.positionsById().keySet());
        if (all.isEmpty()) {
            return Edits.setChartTitle(chart.title());
        }
        all.sort(java.util.Comparator.comparing(PositionId::value));
        PositionId target = all.get(r.a() % all.size());
        return switch (r.b() % 4) {
            case 0 -> Edits.setFte(target, new BigDecimal(1 + r.a() % 7).divide(BigDecimal.valueOf(2)));
            case 1 -> Edits.setCost(target, r.a() % 5 == 0 ? null : BigDecimal.valueOf(r.a() * 10L));
            case 2 -> Edits.setArchetype(target, r.a() % 6 == 5 ? null
                    : dev.orgwright.model.ManagerArchetype.values()[r.a() % 5]);
            default -> Edits.setStatus(target, r.a() % 3 == 0 ? null : PositionStatus.values()[r.a() % 2]);
        };
    }

    private static void assertSame(Analysis expected, Analysis actual) {
        for (Position p : expected.chart().positionsById().values()) {
            PositionFigures e = expected.of(p.id());
            PositionFigures a = actual.of(p.id());
            assertEquals(e.span(), a.span(), p.id().value());
            assertEquals(e.layer(), a.layer(), p.id().value());
            assertEquals(e.below(), a.below(), p.id().value());
            assertEquals(0, e.fteTotal().compareTo(a.fteTotal()), p.id().value());
            assertEquals(0, e.costTotal().compareTo(a.costTotal()), p.id().value());
            assertEquals(e.vacanciesBelow(), a.vacanciesBelow(), p.id().value());
        }
        assertEquals(expected.positions(), actual.positions());
        assertEquals(expected.filled(), actual.filled());
        assertEquals(expected.planned(), actual.planned());
        assertEquals(expected.closing(), actual.closing());
        assertEquals(expected.managers(), actual.managers());
        assertEquals(expected.singleReportManagers(), actual.singleReportManagers());
        assertEquals(expected.positionsPerLayer(), actual.positionsPerLayer());
        assertEquals(expected.meanSpan(), actual.meanSpan());
        assertEquals(expected.medianSpan(), actual.medianSpan());
        assertEquals(expected.spanBands(), actual.spanBands());
        assertEquals(0, expected.fte().compareTo(actual.fte()));
        assertEquals(0, expected.cost().compareTo(actual.cost()));
        assertEquals(expected.byTier(), actual.byTier());
        assertEquals(expected.byDepartment(), actual.byDepartment());
        assertEquals(expected.byLayer(), actual.byLayer());
        assertEquals(expected.archetypes(), actual.archetypes());
        for (int layer = 1; layer <= expected.layers(); layer++) {
            for (String tier : List.of(dev.orgwright.model.Templates.SENIOR, dev.orgwright.model.Templates.EXECUTIVE,
                    dev.orgwright.model.Templates.STAFF, "")) {
                assertEquals(expected.positionsIn(layer, tier), actual.positionsIn(layer, tier), layer + " " + tier);
            }
        }
    }
}
