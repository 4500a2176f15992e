package dev.orgwright.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.ManagerArchetype;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import dev.orgwright.model.Templates;
import dev.orgwright.model.UnknownFields;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The figures of a small chart worked out by hand. */
class AnalyzerTest {

    private static Chart chart() throws Exception {
        return HandChart.chart();
    }


    private static PositionId id(String s) {
        return PositionId.of(s);
    }

    @Test
    void perPositionSpansLayersAndRollUps() throws Exception {
        Analysis a = Analyzer.withDefaultBands().analyze(chart());
        assertEquals(new PositionFigures(2, 1, 8, 1, new BigDecimal("8.5"), new BigDecimal("810000"), 2),
                a.of(id("ceo")));
        assertEquals(new PositionFigures(3, 0, 3, 2, new BigDecimal("3.5"), new BigDecimal("250000"), 1),
                a.of(id("cfo")));
        assertEquals(new PositionFigures(1, 0, 2, 2, new BigDecimal("3"), new BigDecimal("320000"), 1),
                a.of(id("cto")));
        assertEquals(new PositionFigures(0, 0, 0, 4, new BigDecimal("1"), new BigDecimal("70000"), 0),
                a.of(id("dev")));
    }

    @Test
    void chartFigures() throws Exception {
        Analysis a = Analyzer.withDefaultBands().analyze(chart());
        assertEquals(9, a.positions());
        assertEquals(7, a.filled());
        assertEquals(2, a.vacant());
        assertEquals(1, a.planned());
        assertEquals(1, a.closing());
        assertEquals(4, a.managers(), "ceo, cfo, cto and lead; the assistant does not make a manager");
        assertEquals(5, a.individualContributors());
        assertEquals(Optional.of(new BigDecimal("1.25")), a.contributorsPerManager());
        assertEquals(2, a.singleReportManagers(), "cto and lead");
        assertEquals(4, a.layers());
        assertEquals(List.of(1, 3, 4, 1), a.positionsPerLayer());
        assertEquals(Optional.of(new BigDecimal("1.75")), a.meanSpan(), "(2 + 3 + 1 + 1) / 4");
        assertEquals(Optional.of(new BigDecimal("1.5")), a.medianSpan(), "spans 1, 1, 2, 3");
        assertEquals(List.of(2, 2, 0, 0, 0, 0), a.spanBands().stream().map(Analysis.BandCount::managers).toList());
        assertEquals(List.of("1", "2-3", "4-7", "8-12", "13-16", "17+"),
                a.spanBands().stream().map(b -> b.band().label()).toList());
        assertEquals(new BigDecimal("8.5"), a.fte());
        assertEquals(new BigDecimal("810000"), a.cost().setScale(0));
        assertEquals(8, a.costKnown());
    }

    @Test
    void managersPerArchetypeAndThoseOutsideTheirRange() throws Exception {
        Chart c = chart();
        for (Edit e : List.of(Edits.setArchetype(PositionId.of("cfo"), ManagerArchetype.PLAYER_COACH),
                Edits.setArchetype(PositionId.of("ceo"), ManagerArchetype.COACH),
                Edits.setArchetype(PositionId.of("lead"), ManagerArchetype.SUPERVISOR),
                Edits.setArchetype(PositionId.of("dev"), ManagerArchetype.COACH))) {
            c = e.apply(c);
        }
        Analysis a = Analyzer.withDefaultBands().analyze(c);
        assertEquals(List.of(
                        new Analysis.ArchetypeCount(ManagerArchetype.PLAYER_COACH, 3, 5, 1, 0),
                        new Analysis.ArchetypeCount(ManagerArchetype.COACH, 6, 7, 2, 1),
                        new Analysis.ArchetypeCount(ManagerArchetype.SUPERVISOR, 8, 10, 1, 1),
                        new Analysis.ArchetypeCount(ManagerArchetype.FACILITATOR, 11, 15, 0, 0),
                        new Analysis.ArchetypeCount(ManagerArchetype.COORDINATOR, 15, Integer.MAX_VALUE, 0, 0)),
                a.archetypes(), "the ceo's 2 are outside 6-7; dev has no reports: given, never outside");
        assertEquals("15+", a.archetypes().get(4).range());
        Chart overridden = Edits.setSettings(c.settings().with("targets.archetype.supervisor", java.util.Map.of("min", 1, "max", 2)))
                .apply(c);
        Analysis.ArchetypeCount supervisors = Analyzer.withDefaultBands().update(a, overridden).archetypes().get(2);
        assertEquals(new Analysis.ArchetypeCount(ManagerArchetype.SUPERVISOR, 1, 2, 1, 0), supervisors,
                "the chart's own range counts");
    }

    @Test
    void groupsByTierDepartmentAndLayer() throws Exception {
        Analysis a = Analyzer.withDefaultBands().analyze(chart());
        assertEquals(List.of(
                new GroupFigures(Templates.SENIOR, 3, 0, new BigDecimal("3"), new BigDecimal("510000"), 3),
                new GroupFigures(Templates.EXECUTIVE, 4, 1, new BigDecimal("3.5"), new BigDecimal("190000"), 3),
                new GroupFigures("", 2, 1, new BigDecimal("2"), new BigDecimal("110000"), 2)), a.byTier());
        assertEquals(List.of("Finance", "Tech", "Board"), a.byDepartment().stream().map(GroupFigures::key).toList());
        assertEquals(new GroupFigures("Finance", 4, 1, new BigDecimal("3.5"), new BigDecimal("250000"), 3),
                a.byDepartment().get(0));
        assertEquals(List.of(1, 3, 4, 1), a.byLayer().stream().map(GroupFigures::positions).toList());
        assertEquals(4, a.positionsIn(3, Templates.EXECUTIVE));
        assertEquals(1, a.positionsIn(2, ""), "the assistant has no tier");
        assertEquals(0, a.positionsIn(9, ""));
        assertEquals(List.of(id("cfo"), id("ceo"), id("cto")), a.widestSpans(3));
        assertEquals(List.of(id("cto"), id("lead"), id("ceo")), a.narrowestSpans(3));
    }

    @Test
    void anEmptyChartHasNoSpans() throws Exception {
        Analysis a = Analyzer.withDefaultBands().analyze(Chart.builder().title("Empty")
                .tiers(Templates.leadershipTeam()).build());
        assertEquals(0, a.positions());
        assertEquals(0, a.layers());
        assertEquals(Optional.empty(), a.meanSpan());
        assertEquals(Optional.empty(), a.medianSpan());
        assertEquals(Optional.empty(), a.contributorsPerManager());
    }

    @Test
    void anUpdateAfterAMoveChangesTheLayersOfTheTeamAndTheRollUpsOnBothSides() throws Exception {
        Analyzer analyzer = Analyzer.withDefaultBands();
        Chart before = chart();
        Chart after = Edits.move(id("lead"), id("cfo"), -1).apply(before);
        Analysis updated = analyzer.update(analyzer.analyze(before), after);
        assertEquals(3, updated.of(id("lead")).layer());
        assertEquals(4, updated.of(id("dev")).layer());
        assertEquals(0, updated.of(id("cto")).span());
        assertEquals(4, updated.of(id("cfo")).span());
        assertEquals(new BigDecimal("5.5"), updated.of(id("cfo")).fteTotal());
        assertEquals(List.of(1, 3, 4, 1), updated.positionsPerLayer());
        assertEquals(1, updated.singleReportManagers(), "the lead; the cto now leads no one");
    }

    @Test
    void spanBandsFromTheirStarts() throws Exception {
        assertEquals(SpanBand.DEFAULTS, SpanBand.fromStarts(List.of(1, 2, 4, 8, 13, 17)));
        assertEquals("5+", SpanBand.fromStarts(List.of(1, 5)).get(1).label());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SpanBand.fromStarts(List.of(2, 5)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SpanBand.fromStarts(List.of(1, 5, 5)));
    }
}
