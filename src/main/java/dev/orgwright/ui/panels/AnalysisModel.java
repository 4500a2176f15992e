package dev.orgwright.ui.panels;

import dev.orgwright.analysis.Analysis;
import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.analysis.Analyzer;
import dev.orgwright.analysis.GroupFigures;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import dev.orgwright.rules.Targets;
import dev.orgwright.ui.fx.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the analysis window shows, without the toolkit: the analysis of the chart as it is now,
 * brought up to date after each edit for what the edit touched, and the series its charts draw.
 * Made only while the window is open, so a chart nobody analyses costs nothing.
 */
public final class AnalysisModel {

    /** One bar: a label and a value. */
    public record Bar(String label, double value) {
    }

    /** One entry of the widest or narrowest spans. */
    public record ManagerSpan(PositionId id, String text) {
    }

    private final Analyzer analyzer = Analyzer.withDefaultBands();
    private Analysis analysis;

    public AnalysisModel(Chart chart) {
        analysis = analyzer.analyze(chart);
    }

    /** Brings the analysis up to date with {@code chart}, reusing what the edits left alone. */
    public void update(Chart chart) {
        analysis = analyzer.update(analysis, chart);
    }

    public Analysis analysis() {
        return analysis;
    }

    /** The headline figures, one line each ("Positions: 107 (2 vacant)"). */
    public List<String> headlines() {
        Analysis a = analysis;
        List<String> out = new ArrayList<>();
        out.add(Texts.t("panels.analysisModel.positionsFilledVacant", a.positions(), a.filled(), a.vacant(), (a.planned() > 0 ? Texts.t("panels.analysisModel.planned", a.planned()) : ""),
                (a.closing() > 0 ? Texts.t("panels.analysisModel.closing", a.closing()) : "")));
        out.add(Texts.t("panels.analysisModel.managersIndividualContributors", a.managers(), a.individualContributors(), a.contributorsPerManager().map(r -> Texts.t("panels.analysisModel.perManager", number(r))).orElse("")));
        out.add(Texts.t("panels.analysisModel.layersSpansMeanMedian", a.layers(), a.meanSpan().map(AnalysisModel::number).orElse("–"), a.medianSpan().map(AnalysisModel::number).orElse("–"), a.singleReportManagers()));
        out.add(Texts.t("panels.analysisModel.fte", number(a.fte()), (a.costKnown() == 0 ? "" : Texts.t("panels.analysisModel.cost", money(a.cost()))
                + (a.costKnown() == a.positions() ? "" : Texts.t("panels.analysisModel.costKnown", a.costKnown(), a.positions())))));
        List<String> archetypes = new ArrayList<>();
        for (Analysis.ArchetypeCount c : a.archetypes()) {
            if (c.positions() > 0) {
                archetypes.add(Texts.t("analysis.panel.archetype", Texts.t("analysis.archetype." + c.archetype().key()),
                        c.positions(), c.outside(), c.range()));
            }
        }
        if (!archetypes.isEmpty()) {
            out.add(Texts.t("analysis.panel.archetypes", String.join(" · ", archetypes)));
        }
        return out;
    }

    /** Managers per span band. */
    public List<Bar> spanHistogram() {
        return analysis.spanBands().stream().map(b -> new Bar(b.band().label(), b.managers())).toList();
    }

    /**
     * Positions per layer and tier: for each tier (and "No tier") the count in each layer, so
     * the layers can be drawn as a pyramid of stacked bars.
     */
    public Map<String, List<Bar>> layerPyramid() {
        Chart chart = analysis.chart();
        List<Map.Entry<String, String>> tiers = new ArrayList<>();
        for (Tier t : chart.tiers()) {
            tiers.add(Map.entry(t.id(), t.name()));
        }
        tiers.add(Map.entry("", Texts.t("panels.analysisModel.noTier")));
        Map<String, List<Bar>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> tier : tiers) {
            boolean any = false;
            List<Bar> bars = new ArrayList<>();
            for (int layer = 1; layer <= analysis.layers(); layer++) {
                int n = analysis.positionsIn(layer, tier.getKey());
                bars.add(new Bar(Texts.t("panels.analysisModel.layer", layer), n));
                any |= n > 0;
            }
            if (any) {
                out.put(tier.getValue(), bars);
            }
        }
        return out;
    }

    /** Head count per tier (or department), as bars, in the order of {@link Analysis#byTier()}. */
    public List<Bar> headCount(AnalysisTables.By by) {
        return groups(by).stream().map(g -> new Bar(groupName(by, g), g.positions())).toList();
    }

    /** FTE per tier (or department). */
    public List<Bar> fte(AnalysisTables.By by) {
        return groups(by).stream().map(g -> new Bar(groupName(by, g), g.fte().doubleValue())).toList();
    }

    /** Cost per tier (or department); empty when no position has a cost. */
    public List<Bar> cost(AnalysisTables.By by) {
        if (analysis.costKnown() == 0) {
            return List.of();
        }
        return groups(by).stream().map(g -> new Bar(groupName(by, g), g.cost().doubleValue())).toList();
    }

    /** A group's budget beside what its positions cost. */
    public record Budget(String group, double budget, double cost) {
    }

    /**
     * The budgets the chart sets for tiers (or departments) in {@code settings.targets.budget},
     * each beside the cost of its positions; empty when it sets none.
     */
    public List<Budget> budgets(AnalysisTables.By by) {
        boolean departments = by == AnalysisTables.By.DEPARTMENT;
        Map<String, BigDecimal> budgets = Targets.budgets(analysis.chart().settings(), departments ? "department" : "tier");
        List<Budget> out = new ArrayList<>();
        budgets.forEach((key, budget) -> {
            BigDecimal cost = groups(by).stream().filter(g -> g.key().equals(key)).findFirst()
                    .map(GroupFigures::cost).orElse(BigDecimal.ZERO);
            String name = departments ? key : analysis.chart().tier(key).map(Tier::name).orElse(key);
            out.add(new Budget(name, budget.doubleValue(), cost.doubleValue()));
        });
        return out;
    }

    private List<GroupFigures> groups(AnalysisTables.By by) {
        return by == AnalysisTables.By.DEPARTMENT ? analysis.byDepartment() : analysis.byTier();
    }

    private String groupName(AnalysisTables.By by, GroupFigures g) {
        if (g.key().isEmpty()) {
            return by == AnalysisTables.By.DEPARTMENT ? Texts.t("panels.analysisModel.noDepartment") : Texts.t("panels.analysisModel.noTier");
        }
        return by == AnalysisTables.By.DEPARTMENT ? g.key()
                : analysis.chart().tier(g.key()).map(Tier::name).orElse(g.key());
    }

    /** The managers with the widest ({@code widest}) or narrowest spans, at most ten. */
    public List<ManagerSpan> extremes(boolean widest) {
        List<PositionId> ids = widest ? analysis.widestSpans(10) : analysis.narrowestSpans(10);
        return ids.stream().map(id -> {
            Position p = analysis.chart().position(id);
            int span = analysis.of(id).span();
            return new ManagerSpan(id, span + " · " + p.title() + (p.holder().isBlank() ? "" : " (" + p.holder() + ")"));
        }).toList();
    }

    private static String number(BigDecimal n) {
        return Texts.number(n);
    }

    private String money(BigDecimal n) {
        return Texts.money(n, analysis.chart().settings().currency());
    }
}
